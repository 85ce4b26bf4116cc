package fr.cpro.support.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.cpro.base.FileSizes;
import fr.cpro.support.AttachmentReceiver;
import fr.cpro.support.ReceivedFile;
import fr.cpro.support.SupportException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One optional file of up to 6 Go, for a ticket or a reply. Vaadin's Upload sends the raw file
 * body; the handler streams it through {@link AttachmentReceiver} into a temporary file of the
 * storage folder, never into memory. The browser shows the progress bar and the cancel button;
 * the size limit is checked in the browser first and again on the server while streaming.
 */
class AttachmentField extends Composite<Div> {

    final Upload upload = new Upload();
    final Paragraph status = new Paragraph();
    private final AttachmentReceiver receiver;
    private final FileSizes sizes;
    /** What to run once the transfer under way ends: the form's sending, or its reset on failure. */
    private Runnable whenReceived;
    private Runnable whenFailed;
    private final List<Runnable> changeListeners = new ArrayList<>();
    private ReceivedFile file;
    private boolean clientUploading;
    private int serverUploads;
    /** The browser started a transfer whose server-side result has not reached the UI yet. */
    private boolean resultPending;
    private int polls;

    AttachmentField(AttachmentReceiver receiver, FileSizes sizes, String label) {
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

        upload.setUploadHandler(new Handler());
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        // setMaxFileSize takes an int (2 Gio at most): the browser-side limit of 6 Go goes in as a JS number.
        upload.getElement().setProperty("maxFileSize", (double) receiver.maxBytes());
        upload.setI18n(i18n());
        upload.getElement().addEventListener("upload-start", e -> {
            clientUploading = true;
            resultPending = true;
            setStatus("support.upload.in-progress", false);
            changed();
        });
        upload.getElement().addEventListener("upload-abort", e -> uploadStopped());
        upload.getElement().addEventListener("upload-error", e -> uploadStopped());
        upload.getElement().addEventListener("upload-success", e -> {
            clientUploading = false;
            awaitResult();
        });
        upload.addFileRejectedListener(e -> setStatus(e.getErrorMessage(), true));
        upload.addFileRemovedListener(e -> {
            receiver.discard(file);
            file = null;
            status.setText("");
            changed();
        });
        content.add(caption, hint, upload, status);
        addDetachListener(e -> receiver.discard(file));
    }

    /** The file ready to send, if any. */
    Optional<ReceivedFile> value() {
        return Optional.ofNullable(file);
    }

    /** Whether a transfer is under way (sending must wait for it). */
    boolean isUploading() {
        return clientUploading || serverUploads > 0 || resultPending;
    }

    /** Whether the user chose a file or is sending one: leaving would lose it. */
    boolean hasContent() {
        return file != null || isUploading();
    }

    /**
     * Sending never outruns the upload: runs {@code send} now when no transfer is under way,
     * otherwise once the file has arrived; if that transfer fails, {@code failed} runs instead.
     *
     * @return whether {@code send} ran now (if not, the form shows that it waits)
     */
    boolean sendWhenReady(Runnable send, Runnable failed) {
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
    void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    /** The file was sent with a message: forget it without deleting (it is in storage now). */
    void sent() {
        file = null;
        upload.clearFileList();
        status.setText("");
        changed();
    }

    /** After a failed send: keep the file if it still exists, otherwise ask for it again. */
    void keepIfAvailable() {
        if (file != null && !receiver.isStillAvailable(file)) {
            file = null;
            upload.clearFileList();
            setStatus("support.upload.failed", true);
        }
    }

    /**
     * Without server push, what the upload handler did in ui.access reaches the browser with the next
     * round trip. When the browser's "upload-success" comes before that result, poll briefly for it.
     */
    private void awaitResult() {
        if (!resultPending) {
            return;
        }
        UI ui = UI.getCurrent();
        polls = 0;
        ui.setPollInterval(250);
        var registration = new com.vaadin.flow.shared.Registration[1];
        registration[0] = ui.addPollListener(e -> {
            if (!resultPending || ++polls > 40) {
                resultPending = false;
                ui.setPollInterval(-1);
                registration[0].remove();
            }
        });
    }

    private void resultArrived() {
        serverUploads--;
        resultPending = false;
        changed();
    }

    private void uploadStopped() {
        clientUploading = false;
        resultPending = false;
        changed();
        if (file == null && serverUploads == 0) {
            transferEnded(false);
        }
    }

    private void setStatus(String keyOrText, boolean error, Object... params) {
        status.setText(keyOrText.startsWith("support.") ? getTranslation(keyOrText, params) : keyOrText);
        status.getElement().getClassList().set("cpro-attachment__status--error", error);
    }

    private UploadI18N i18n() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add-files.one")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop-files.one")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(getTranslation("upload.error.too-many"))
                .setFileIsTooBig(getTranslation("upload.error.too-big", sizes.format(receiver.maxBytes())))
                .setIncorrectFileType(getTranslation("upload.error.incorrect-type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(getTranslation("upload.uploading.status.connecting"))
                        .setStalled(getTranslation("upload.uploading.status.stalled"))
                        .setProcessing(getTranslation("upload.uploading.status.processing"))
                        .setHeld(getTranslation("upload.uploading.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("upload.uploading.remaining-time.prefix"))
                        .setUnknown(getTranslation("upload.uploading.remaining-time.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("upload.uploading.error.server-unavailable"))
                        .setUnexpectedServerError(getTranslation("upload.uploading.error.unexpected-server-error"))
                        .setForbidden(getTranslation("upload.uploading.error.forbidden"))
                        .setFileTooLarge(getTranslation("upload.uploading.error.file-too-large"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(getTranslation("upload.file.retry"))
                .setStart(getTranslation("upload.file.start"))
                .setRemove(getTranslation("upload.file.remove")));
        i18n.setUnits(List.of("o", "Ko", "Mo", "Go", "To"));
        return i18n;
    }

    /** Runs on the upload request's thread, outside the session lock: the UI is touched in ui.access only. */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            ui.access(() -> serverUploads++);
            try {
                ReceivedFile received = receiver.receive(event.getInputStream(), event.getFileName(),
                        event.getFileSize(), bytes -> { });
                ui.access(() -> {
                    resultArrived();
                    receiver.discard(file);
                    file = received;
                    setStatus("support.upload.received", false, received.name(), sizes.format(received.size()));
                    transferEnded(true);
                });
            } catch (SupportException e) {
                ui.access(() -> {
                    resultArrived();
                    setStatus(e.messageKey(), true, e.params());
                    transferEnded(false);
                });
                throw new IOException("upload refused: " + e.messageKey(), e);
            } catch (IOException | RuntimeException e) {
                ui.access(() -> {
                    resultArrived();
                    setStatus("support.upload.failed", true);
                    transferEnded(false);
                });
                throw e;
            }
        }
    }
}
