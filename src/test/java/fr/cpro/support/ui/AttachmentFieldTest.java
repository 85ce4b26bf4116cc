package fr.cpro.support.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import fr.cpro.CproTest;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import tools.jackson.databind.node.JsonNodeFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The upload's two sides in every order they can arrive in: the browser's events (each its own
 * round trip) and the server's upload request (another thread, its UI update queued with ui.access).
 * "Fichier prêt" must be reached whatever the order, and only from what the server received.
 */
@CproTest
@WithUserDetails("0759999L")
class AttachmentFieldTest extends SpringBrowserlessTest {

    private static final String READY = "Fichier prêt à être envoyé : note.pdf (";

    /** A browser event about transfer {@code number}, as the page's script numbers them. */
    private static void browser(AttachmentField field, String type, long number) {
        var element = field.upload.getElement();
        var data = JsonNodeFactory.instance.objectNode()
                .put("element.files.some(file => file.uploading)", false)
                .put("event.detail.file.cproTransfer", number);
        element.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(element, type, data));
    }

    /** The server receives transfer {@code number}; its ui.access stays queued until the next round trip. */
    private static void server(AttachmentField field, long number, byte[] body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader(AttachmentField.TRANSFER_HEADER)).thenReturn(Long.toString(number));
        when(request.getInputStream()).thenReturn(stream(body));
        field.handler.handleUploadRequest(new UploadEvent(request, mock(VaadinResponse.class),
                VaadinSession.getCurrent(), "note.pdf", body.length, "application/pdf",
                field.upload.getElement(), null));
    }

    /** What the session does when its lock is next released: runs the ui.access tasks queued meanwhile. */
    private static void queuedAccessRuns() {
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private static ServletInputStream stream(byte[] body) {
        var in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) { }
        };
    }

    private static byte[] pdf() {
        return "%PDF-1.7\nune note\n".getBytes(StandardCharsets.US_ASCII);
    }

    private NewTicketView form() {
        NewTicketView view = navigate(NewTicketView.class);
        test(view.category).selectItem("Abonnement");
        test(view.subject).setValue("Bon de commande");
        test(view.message).setValue("Le bon de commande est joint.");
        return view;
    }

    @Test
    void theFileStoredBeforeTheBrowserSaysItStartedIsReadyAndStaysReady() throws IOException {
        NewTicketView view = form();
        server(view.attachment, 1, pdf());
        queuedAccessRuns();
        assertThat(view.attachment.status.getText()).startsWith(READY);

        // The browser's "upload-start" and "upload-success" come after: nothing goes back to "en cours".
        browser(view.attachment, "upload-start", 1);
        assertThat(view.attachment.status.getText()).startsWith(READY);
        assertThat(view.attachment.isUploading()).isFalse();
        browser(view.attachment, "upload-success", 1);
        assertThat(view.attachment.status.getText()).startsWith(READY);
        assertThat(view.attachment.value()).hasValueSatisfying(f -> assertThat(f.size()).isEqualTo(pdf().length));
    }

    @Test
    void theBrowsersSuccessBeforeTheQueuedUiUpdateFindsTheFileAndSendsAWaitingTicket() throws IOException {
        NewTicketView view = form();
        browser(view.attachment, "upload-start", 1);
        assertThat(view.attachment.status.getText()).isEqualTo("Téléversement en cours…");
        test(view.send).click();
        assertThat(view.send.getText()).isEqualTo("Envoi dès la fin du téléversement…");

        // Stored, its ui.access still queued behind this round trip, when the browser's success arrives.
        server(view.attachment, 1, pdf());
        browser(view.attachment, "upload-success", 1);
        assertThat(view.result.isVisible()).as("sent with its file, in this very round trip").isTrue();
        queuedAccessRuns();
        assertThat(view.result.getElement().getTextRecursively()).containsPattern("CPRO-\\d{4}-\\d{6}");
    }

    @Test
    void aTransferBrokenOnTheServerBeforeTheBrowsersErrorLetsTheFormSendAgain() {
        NewTicketView view = form();
        browser(view.attachment, "upload-start", 1);
        test(view.send).click();
        assertThat(view.send.isEnabled()).isFalse();
        // The connection breaks while the server reads the body.
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getHeader(AttachmentField.TRANSFER_HEADER)).thenReturn("1");
        assertThatThrownBy(() -> {
            when(request.getInputStream()).thenThrow(new IOException("connection reset"));
            view.attachment.handler.handleUploadRequest(new UploadEvent(request, mock(VaadinResponse.class),
                    VaadinSession.getCurrent(), "note.pdf", 10, "application/pdf", view.attachment.upload.getElement(), null));
        }).isInstanceOf(RuntimeException.class);
        browser(view.attachment, "upload-error", 1);
        queuedAccessRuns();
        assertThat(view.attachment.status.getText()).isEqualTo("Le téléversement du fichier a été interrompu. Vous pouvez le relancer.");
        assertThat(view.attachment.isUploading()).isFalse();
        assertThat(view.send.isEnabled()).as("the user may send again").isTrue();
        assertThat(view.attachment.value()).isEmpty();
    }

    @Test
    void aCancelledTransferStaysCancelledEvenIfTheServerHadAlreadyStoredIt() throws IOException {
        NewTicketView view = form();
        browser(view.attachment, "upload-start", 1);
        server(view.attachment, 1, pdf());
        browser(view.attachment, "upload-abort", 1);
        queuedAccessRuns();
        assertThat(view.attachment.value()).as("the user cancelled it").isEmpty();
        assertThat(view.attachment.isUploading()).isFalse();
        assertThat(view.attachment.status.getText()).isEmpty();

        // The next file, numbered on, is received as usual.
        browser(view.attachment, "upload-start", 2);
        server(view.attachment, 2, pdf());
        queuedAccessRuns();
        browser(view.attachment, "upload-success", 2);
        assertThat(view.attachment.status.getText()).startsWith(READY);
    }
}
