package fr.cpro.helpdesk.directory.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;
import fr.cpro.CproTest;
import fr.cpro.helpdesk.directory.DirectoryCsv;
import fr.cpro.helpdesk.directory.DirectoryCsv.School;
import fr.cpro.home.ModuleCatalogue;
import fr.cpro.mail.TestMailbox;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** "Import de l'annuaire" driven as a supervisor would, without a browser: upload, preview, filter, confirm, send. */
@CproTest
@WithUserDetails("superviseur@cpro.demo")
class DirectoryImportViewTest extends SpringBrowserlessTest {

    @Autowired TestMailbox mailbox;
    @Autowired ModuleCatalogue catalogue;

    /** The upload request reaches the view's handler; its ui.access runs when the session lock is next released. */
    private static void upload(DirectoryImportView view, String fileName, byte[] body) throws IOException {
        VaadinRequest request = mock(VaadinRequest.class);
        var in = new ByteArrayInputStream(body);
        when(request.getInputStream()).thenReturn(new ServletInputStream() {
            @Override public int read() { return in.read(); }
            @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
            @Override public boolean isFinished() { return in.available() == 0; }
            @Override public boolean isReady() { return true; }
            @Override public void setReadListener(ReadListener listener) { }
        });
        view.handler.handleUploadRequest(new UploadEvent(request, mock(VaadinResponse.class), VaadinSession.getCurrent(),
                fileName, body.length, "text/csv", view.upload.getElement(), null));
        VaadinSession session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
    }

    private String notifications() {
        return String.join(" | ", find(Notification.class).all().stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively()).toList());
    }

    private ConfirmDialog openedConfirm() {
        roundTrip();
        return find(ConfirmDialog.class).all().stream().filter(ConfirmDialog::isOpened).reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void aSupervisorPreviewsFiltersConfirmsAndSendsOneActivationLink() throws IOException {
        assertThat(catalogue.all()).as("a tile on Accueil")
                .anySatisfy(m -> assertThat(m.route()).isEqualTo("helpdesk/import"));
        List<School> schools = new ArrayList<>(DirectoryCsv.lycees(3));
        schools.add(new School(DirectoryCsv.freshUai(), "Collège Jean Moulin", "Collège", "Melun", "Créteil",
                "ce.college.vue@ac-creteil.fr", false));
        schools.add(School.lycee(DirectoryCsv.freshUai()).withMail("pas-une-adresse"));

        DirectoryImportView view = navigate(DirectoryImportView.class);
        assertThat(view.preview.isVisible()).isFalse();
        upload(view, "annuaire-test.csv", DirectoryCsv.bytes(schools));

        PreviewPanel preview = view.preview;
        assertThat(preview.isVisible()).isTrue();
        assertThat(preview.title.getText()).isEqualTo("Aperçu de annuaire-test.csv : 5 lignes");
        assertThat(preview.counts.getElement().getTextRecursively()).contains("5 lignes retenues par le filtre sur 5.",
                "À créer : 4", "À mettre à jour : 0", "Inchangés : 0", "Refusés : 1");
        assertThat(test(preview.grid).size()).isEqualTo(5);
        assertThat(test(preview.grid).getCellText(4, 7)).isEqualTo("Refusé");
        assertThat(test(preview.grid).getCellText(4, 8)).isEqualTo("Adresse de la boîte mail invalide.");
        assertThat(test(preview.grid).getCellText(3, 2)).isEqualTo("Collège Jean Moulin");

        test(preview.vocationalOnly).click();
        assertThat(preview.counts.getElement().getTextRecursively()).contains("4 lignes retenues par le filtre sur 5.",
                "À créer : 3", "Refusés : 1");
        assertThat(test(preview.grid).size()).isEqualTo(4);
        test(preview.outcome).selectItem("Refusé");
        assertThat(test(preview.grid).size()).isEqualTo(1);
        assertThat(preview.confirm.getText()).isEqualTo("Importer : 3 à créer, 0 à mettre à jour");

        test(preview.confirm).click();
        var confirm = openedConfirm();
        assertThat(test(confirm).getText()).startsWith("3 établissements seront créés");
        test(confirm).confirm();
        assertThat(notifications()).contains("Import terminé : 3 créés, 0 mis à jour, 0 inchangés, 1 refusés.");
        assertThat(preview.confirm.isVisible()).isFalse();
        assertThat(mailbox.to(schools.get(0).mail())).as("no mail sent by the import").isEmpty();

        ActivationPanel activation = view.activation;
        assertThat(activation.isVisible()).isTrue();
        assertThat(test(activation.grid).size()).isEqualTo(3);
        assertThat(activation.send.isEnabled()).isFalse();
        test(activation.grid).select(1);
        assertThat(activation.send.getText()).isEqualTo("Envoyer le lien d'activation aux 1 établissements sélectionnés");
        test(activation.send).click();
        test(openedConfirm()).confirm();
        assertThat(notifications()).contains("Lien d'activation envoyé à 1 établissements.");
        assertThat(mailbox.to(schools.get(1).mail())).hasSize(1);
        assertThat(mailbox.to(schools.get(0).mail())).isEmpty();
        assertThat(test(activation.grid).getCellText(1, 4)).as("when the link went").isNotEqualTo("Jamais");
        assertThat(test(activation.grid).getCellText(0, 4)).isEqualTo("Jamais");

        // The same file again: nothing to create any more.
        upload(view, "annuaire-test.csv", DirectoryCsv.bytes(schools));
        assertThat(view.activation.isVisible()).isFalse();
        assertThat(preview.counts.getElement().getTextRecursively()).contains("À créer : 1", "Inchangés : 3",
                "Refusés : 1");
    }

    @Test
    void aFileWithoutItsMailColumnIsRefusedNamingIt() throws IOException {
        DirectoryImportView view = navigate(DirectoryImportView.class);
        var columns = DirectoryCsv.COLUMNS.stream().filter(c -> !c.equals("Mail")).toList();
        upload(view, "sans-mail.csv", DirectoryCsv.csv(columns, DirectoryCsv.lycees(1)).getBytes(StandardCharsets.UTF_8));
        assertThat(view.error.isVisible()).isTrue();
        assertThat(view.error.getText()).isEqualTo("Fichier refusé : la colonne Mail manque.");
        assertThat(view.preview.isVisible()).isFalse();
    }
}
