package fr.cpro.support.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.cpro.base.ui.FrenchUpload;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.cpro.base.FileSizes;
import fr.cpro.support.AttachmentReceiver;
import fr.cpro.support.ReceivedFile;
import fr.cpro.support.SupportException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One optional file of up to 6 Go, for a ticket or a reply. Vaadin's Upload sends the raw file
 * body; the handler streams it through {@link AttachmentReceiver} into a temporary file of the
 * storage folder, never into memory. The browser shows the progress bar and the cancel button;
 * the size limit is checked in the browser first and again on the server while streaming.
 *
 * <p>Two sides tell of each transfer, in no fixed order: the browser (its "upload-start",
 * "upload-success", "upload-error", "upload-abort" events, each in its own round trip, queued behind
 * any other) and the server's upload request, which runs on another thread outside the session lock.
 * A file of a few KiB is often stored before the browser's "upload-start" has even reached the
 * server. So the browser numbers each transfer (a request header and a property of the file, set in
 * "upload-request"), the handler leaves its outcome under that number in {@link #outcomes} before it
 * answers the request, and the UI settles a transfer from that outcome only: whichever comes first,
 * the handler's {@code ui.access} or the browser's end event (which cannot come before the answer),
 * finds it there. "Fichier prêt" therefore never depends on a later round trip, a poll or push.
 */
public class AttachmentField extends Composite<Div> {

    private static final Logger log = LoggerFactory.getLogger(AttachmentField.class);

    /** The request header and file property carrying the transfer's number. */
    static final String TRANSFER_HEADER = "X-Cpro-Transfer";
    private static final String TRANSFER_NUMBER = "event.detail.file.cproTransfer";
    /**
     * Each attach after the first starts the browser's numbering past this gap, so that a transfer
     * begun by an earlier browser element (whose events will never come) is recognised as stale.
     */
    private static final long ATTACH_GAP = 1L << 20;
    /** Installed once per browser element; {@code $0} is where its numbering starts. */
    private static final String NUMBER_TRANSFERS = """
            this.cproLastTransfer = $0;
            if (!this.cproNumbersTransfers) {
              this.cproNumbersTransfers = true;
              this.addEventListener('upload-request', e => {
                e.detail.file.cproTransfer = ++this.cproLastTransfer;
                e.detail.xhr.setRequestHeader('%s', String(e.detail.file.cproTransfer));
              });
            }""".formatted(TRANSFER_HEADER);

    private enum Phase { EMPTY, UPLOADING, READY, FAILED }

    /** What the server made of a transfer: a file ready to send, or the reason it was refused. */
    private sealed interface Outcome {
        record Received(ReceivedFile file) implements Outcome { }
        record Refused(String messageKey, Object[] params) implements Outcome { }
    }

    final Upload upload = new Upload();
    final UploadHandler handler = new Handler();
    final Paragraph status = new Paragraph();
    private final AttachmentReceiver receiver;
    private final FileSizes sizes;
    /** Written by upload requests, read and removed in the UI: the server's word on each transfer. */
    private final Map<Long, Outcome> outcomes = new ConcurrentHashMap<>();
    /** What to run once the transfer under way ends: the form's sending, or its reset on failure. */
    private Runnable whenReceived;
    private Runnable whenFailed;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private ReceivedFile file;
    /** The newest transfer either side has told of, and where it stands. */
    private long current;
    private Phase phase = Phase.EMPTY;
    /** Transfers up to this number were ended by the browser (cancelled, failed) or belong to an old element. */
    private long closed;
    private boolean attachedBefore;

    public AttachmentField(AttachmentReceiver receiver, FileSizes sizes, String label) {
        this.receiver = receiver;
        this.sizes = sizes;
        var content = getContent();
        content.addClassName("cpro-attachment");
        var caption = new Paragraph(label);
        caption.addClassName("cpro-attachment__label");
        var hint = new Paragraph(getTranslation("support.upload.hint", sizes.format(receiver.maxBytes())));
        hint.addClassName("cpro-attachment__hint");
        status.addClassName("cpro-attachment__status");
        status.getElement().setAttribute("aria-live", "polite");

        upload.setUploadHandler(handler);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        // setMaxFileSize takes an int (2 Gio at most): the browser-side limit of 6 Go goes in as a JS number.
        upload.getElement().setProperty("maxFileSize", (double) receiver.maxBytes());
        upload.setI18n(i18n());
        upload.getElement().addEventListener("upload-start", e -> started(transfer(e)))
                .addEventData(TRANSFER_NUMBER);
        upload.getElement().addEventListener("upload-success", e -> settle(transfer(e)))
                .addEventData(TRANSFER_NUMBER);
        upload.getElement().addEventListener("upload-error", e -> stopped(transfer(e), false))
                .addEventData(TRANSFER_NUMBER);
        upload.getElement().addEventListener("upload-abort", e -> stopped(transfer(e), true))
                .addEventData(TRANSFER_NUMBER);
        upload.addFileRejectedListener(e -> setStatus(e.getErrorMessage(), true));
        upload.addFileRemovedListener(e -> removed());
        content.add(caption, hint, upload, status);
        addAttachListener(e -> {
            if (attachedBefore) {
                current = (current / ATTACH_GAP + 1) * ATTACH_GAP;
                closed = current;
            }
            attachedBefore = true;
            upload.getElement().executeJs(NUMBER_TRANSFERS, current);
        });
        addDetachListener(e -> {
            receiver.discard(file);
            file = null;
            phase = Phase.EMPTY;
            outcomes.keySet().forEach(this::discardOutcome);
        });
    }

    /** The file ready to send, if any. */
    public Optional<ReceivedFile> value() {
        return Optional.ofNullable(file);
    }

    /** Whether a transfer is under way (sending must wait for it). */
    boolean isUploading() {
        return phase == Phase.UPLOADING;
    }

    /** Whether the user chose a file or is sending one: leaving would lose it. */
    public boolean hasContent() {
        return file != null || isUploading();
    }

    /**
     * Sending never outruns the upload: runs {@code send} now when no transfer is under way,
     * otherwise once the file has arrived; if that transfer fails, {@code failed} runs instead.
     *
     * @return whether {@code send} ran now (if not, the form shows that it waits)
     */
    public boolean sendWhenReady(Runnable send, Runnable failed) {
        if (!isUploading()) {
            send.run();
            return true;
        }
        whenReceived = send;
        whenFailed = failed;
        return false;
    }

    private void transferEnded(boolean received) {
        Runnable next = received ? whenReceived : whenFailed;
        whenReceived = null;
        whenFailed = null;
        if (next != null) {
            next.run();
        }
    }

    /** Told when a transfer starts or ends, or the file is removed. */
    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** The file was sent with a message: forget it without deleting (it is in storage now). */
    public void sent() {
        file = null;
        phase = Phase.EMPTY;
        upload.clearFileList();
        status.setText("");
        changed();
    }

    /** After a failed send: keep the file if it still exists, otherwise ask for it again. */
    public void keepIfAvailable() {
        if (file != null && !receiver.isStillAvailable(file)) {
            file = null;
            phase = Phase.FAILED;
            upload.clearFileList();
            setStatus("support.upload.failed", true);
        }
    }

    /** The browser's number of the transfer an event is about; -1 (stale, ignored) if it has none. */
    private static long transfer(DomEvent event) {
        var number = event.getEventData().get(TRANSFER_NUMBER);
        return number != null && number.isNumber() ? number.asLong() : -1;
    }

    /** The browser started transfer {@code number}; unless the server's outcome is already in, it is under way. */
    private void started(long number) {
        if (number <= closed) {
            return;
        }
        if (number > current) {
            current = number;
            phase = Phase.UPLOADING;
            setStatus("support.upload.in-progress", false);
            changed();
        }
        settle(number);
    }

    /**
     * Applies the server's outcome of a transfer if it is in and not applied yet; called by the
     * handler (through ui.access) and on the browser's end events, whichever comes first.
     */
    private void settle(long number) {
        Outcome outcome = outcomes.remove(number);
        if (outcome == null) {
            return;
        }
        if (number <= closed || number < current || !isAttached()) {
            discard(outcome);
            return;
        }
        current = number;
        switch (outcome) {
            case Outcome.Received received -> {
                receiver.discard(file);
                file = received.file();
                phase = Phase.READY;
                setStatus("support.upload.received", false, file.name(), sizes.format(file.size()));
                changed();
                transferEnded(true);
            }
            case Outcome.Refused refused -> {
                phase = Phase.FAILED;
                setStatus(refused.messageKey(), true, refused.params());
                changed();
                transferEnded(false);
            }
        }
    }

    /**
     * The browser gave transfer {@code number} up: cancelled by the user, or failed (refused by the
     * server, or the connection broke). The browser's view wins: a file the server kept anyway is
     * dropped, never sent; the server's reason for a refusal, when it has one, is the message shown.
     */
    private void stopped(long number, boolean cancelled) {
        Outcome outcome = outcomes.remove(number);
        if (outcome instanceof Outcome.Received received) {
            receiver.discard(received.file());
        }
        if (number < current || number <= closed) {
            return;
        }
        boolean refusalShown = number == current && phase == Phase.FAILED;
        current = number;
        closed = number;
        if (phase == Phase.READY) {
            receiver.discard(file);
            file = null;
        }
        phase = cancelled ? Phase.EMPTY : Phase.FAILED;
        if (cancelled) {
            status.setText("");
        } else if (outcome instanceof Outcome.Refused refused) {
            setStatus(refused.messageKey(), true, refused.params());
        } else if (!refusalShown) {
            setStatus("support.upload.failed", true);
        }
        changed();
        transferEnded(false);
    }

    private void removed() {
        receiver.discard(file);
        file = null;
        if (phase != Phase.UPLOADING) {
            phase = Phase.EMPTY;
        }
        status.setText("");
        changed();
    }

    private void discardOutcome(long number) {
        Outcome outcome = outcomes.remove(number);
        if (outcome != null) {
            discard(outcome);
        }
    }

    private void discard(Outcome outcome) {
        if (outcome instanceof Outcome.Received received) {
            receiver.discard(received.file());
        }
    }

    private void setStatus(String keyOrText, boolean error, Object... params) {
        status.setText(keyOrText.startsWith("support.") ? getTranslation(keyOrText, params) : keyOrText);
        status.getElement().getClassList().set("cpro-attachment__status--error", error);
    }

    private UploadI18N i18n() {
        return FrenchUpload.texts(this, sizes.format(receiver.maxBytes()));
    }

    /**
     * Runs on the upload request's thread, outside the session lock. Its outcome is stored before the
     * request is answered, so the browser's end event always finds it; ui.access applies it at once
     * when the browser's event is late or lost (an inert upload behind a modal dialog).
     */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            long number = number(event.getRequest().getHeader(TRANSFER_HEADER));
            if (number < 0) {
                log.warn("Upload without the {} header: its file will be dropped", TRANSFER_HEADER);
            }
            UI ui = event.getUI();
            try {
                ReceivedFile received = receiver.receive(event.getInputStream(), event.getFileName(),
                        event.getFileSize(), bytes -> { });
                tell(ui, number, new Outcome.Received(received));
            } catch (SupportException e) {
                tell(ui, number, new Outcome.Refused(e.messageKey(), e.params()));
                throw new IOException("upload refused: " + e.messageKey(), e);
            } catch (IOException | RuntimeException e) {
                tell(ui, number, new Outcome.Refused("support.upload.failed", new Object[0]));
                throw e;
            }
        }

        private void tell(UI ui, long number, Outcome outcome) {
            outcomes.put(number, outcome);
            try {
                ui.access(() -> settle(number));
            } catch (UIDetachedException e) {
                // The page is gone: nobody will send this file.
                discardOutcome(number);
            }
        }

        /** A request without the browser's number (not sent by this field's page) settles nothing. */
        private static long number(String header) {
            try {
                return header == null ? -1 : Long.parseLong(header);
            } catch (NumberFormatException e) {
                return -1;
            }
        }
    }
}
