package fr.cpro.helpdesk.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.component.upload.UploadI18N;
import fr.cpro.base.ui.FrenchUpload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import fr.cpro.base.FileSizes;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.helpdesk.directory.DirectoryImportException;
import fr.cpro.helpdesk.directory.DirectoryImportModules;
import fr.cpro.helpdesk.directory.DirectoryImportService;
import fr.cpro.helpdesk.directory.PreviewSummary;
import fr.cpro.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * "Import de l'annuaire": the agent uploads the directory's CSV; it is streamed to a temporary file, read
 * into a preview stored in the database, and the file deleted. The preview (filters, counts, lines) and then
 * the activation links are panels of their own. Agents and supervisors: the support team creates schools by
 * hand too, this is the same act for many at once; the service checks the role again.
 */
@Route(value = DirectoryImportModules.ROUTE, layout = MainLayout.class)
@RolesAllowed({AppRoles.AGENT, AppRoles.SUPERVISEUR})
public class DirectoryImportView extends Main implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DirectoryImportView.class);

    final Upload upload = new Upload();
    final UploadHandler handler = new Handler();
    /** Why the last file was refused. */
    final Paragraph error = new Paragraph();
    final PreviewPanel preview;
    final ActivationPanel activation;
    private final DirectoryImportService service;
    private final FileSizes sizes;

    DirectoryImportView(DirectoryImportService service, FileSizes sizes, FrenchDates dates) {
        this.service = service;
        this.sizes = sizes;
        addClassNames("cpro-page", "cpro-directory-import");
        activation = new ActivationPanel(service, dates);
        preview = new PreviewPanel(service, activation::show);
        add(new H1(getTranslation("helpdesk.import.title")), new Paragraph(getTranslation("helpdesk.import.intro")),
                new Paragraph(getTranslation("helpdesk.import.columns", String.join(", ", columns()))));

        upload.setUploadHandler(handler);
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.getElement().setProperty("maxFileSize", (double) DirectoryImportService.MAX_FILE_BYTES);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        // No server push here: the browser's end-of-upload event is the round trip that brings the
        // preview (or the refusal) queued by the upload's thread.
        upload.getElement().addEventListener("upload-success", e -> { });
        upload.getElement().addEventListener("upload-error", e -> { });
        error.addClassName("cpro-form-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(upload, error, preview, activation);
    }

    private static List<String> columns() {
        return List.of("Identifiant_de_l_etablissement", "Nom_etablissement", "Type_etablissement", "Nom_commune",
                "Libelle_academie", "Mail", "Voie_professionnelle");
    }

    /** A preview is ready (on the upload's thread, or in a test): show it. */
    void previewed(PreviewSummary summary) {
        error.setVisible(false);
        activation.hide();
        preview.show(summary);
    }

    void refused(DirectoryImportException e) {
        preview.setVisible(false);
        activation.hide();
        showError(getTranslation(e.messageKey(), e.params()));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        upload.clearFileList();
    }

    /** Upload's French texts, with the import's own: one CSV file, read once it has arrived. */
    private UploadI18N i18n() {
        var i18n = FrenchUpload.texts(this, sizes.format(DirectoryImportService.MAX_FILE_BYTES));
        i18n.getAddFiles().setOne(getTranslation("helpdesk.import.upload.add"));
        i18n.getError().setTooManyFiles(getTranslation("helpdesk.import.upload.too-many"))
                .setIncorrectFileType(getTranslation("helpdesk.import.upload.type"));
        i18n.getUploading().getStatus().setProcessing(getTranslation("helpdesk.import.upload.processing"));
        i18n.getUploading().getError().setUnexpectedServerError(getTranslation("helpdesk.import.upload.refused"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpdesk.import.title") + " · " + getTranslation("app.name");
    }

    /**
     * Runs on the upload request's thread, outside the session lock, as the signed-in agent: streams the body
     * to a temporary file (never to memory), reads the preview from it, deletes it, then shows the outcome.
     */
    private final class Handler implements UploadHandler {

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            Path file = Files.createTempFile("cpro-annuaire-", ".csv");
            try {
                try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(file)) {
                    if (copy(in, out) > DirectoryImportService.MAX_FILE_BYTES) {
                        throw new DirectoryImportException("helpdesk.import.error.too-big",
                                sizes.format(DirectoryImportService.MAX_FILE_BYTES));
                    }
                }
                PreviewSummary summary;
                try (InputStream in = Files.newInputStream(file)) {
                    summary = service.preview(in, event.getFileName());
                }
                tell(ui, view -> view.previewed(summary));
            } catch (DirectoryImportException e) {
                tell(ui, view -> view.refused(e));
            } catch (IOException | RuntimeException e) {
                log.warn("Directory upload failed", e);
                tell(ui, view -> view.refused(new DirectoryImportException("helpdesk.import.error.failed")));
                throw e;
            } finally {
                Files.deleteIfExists(file);
            }
        }

        /** Copies at most one byte past the limit, so a too large body is not written out in full. */
        private static long copy(InputStream in, OutputStream out) throws IOException {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) >= 0) {
                total += read;
                if (total > DirectoryImportService.MAX_FILE_BYTES) {
                    return total;
                }
                out.write(buffer, 0, read);
            }
            return total;
        }

        private void tell(UI ui, Consumer<DirectoryImportView> change) {
            try {
                ui.access(() -> change.accept(DirectoryImportView.this));
            } catch (UIDetachedException e) {
                // The page was closed meanwhile: the preview stays in the database until it expires.
            }
        }
    }
}
