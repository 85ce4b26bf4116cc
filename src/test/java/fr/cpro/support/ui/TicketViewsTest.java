package fr.cpro.support.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import fr.cpro.CproTest;
import fr.cpro.base.ui.NotFoundView;
import fr.cpro.home.ui.HomeView;
import fr.cpro.support.TicketService;
import fr.cpro.support.TicketStatus;
import fr.cpro.support.SupportCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The school's ticket screens, driven as a user would, without a browser. */
@CproTest
@WithUserDetails("0759999L")
class TicketViewsTest extends SpringBrowserlessTest {

    @Autowired TicketService tickets;
    @Autowired JdbcTemplate jdbc;
    @Autowired fr.cpro.support.TeamTicketService team;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    private long ticketCount() {
        return jdbc.queryForObject("select count(*) from ticket", Long.class);
    }

    @Test
    void comingFromACategoryPreselectsIt() {
        UI.getCurrent().navigate(NewTicketView.class, com.vaadin.flow.router.QueryParameters.of("categorie", "ABONNEMENT"));
        NewTicketView view = (NewTicketView) getCurrentView();
        assertThat(view.category.getValue()).isEqualTo(SupportCategory.ABONNEMENT);
    }

    @Test
    void missingFieldsAreNamedInFrenchAndNothingIsSent() {
        NewTicketView view = navigate(NewTicketView.class);
        long before = ticketCount();
        test(view.message).setValue("Mon texte\nsur deux lignes");
        test(view.send).click();
        assertThat(view.category.isInvalid()).isTrue();
        assertThat(view.category.getErrorMessage()).contains("catégorie");
        assertThat(view.subject.isInvalid()).isTrue();
        assertThat(view.message.getValue()).as("nothing typed is lost").isEqualTo("Mon texte\nsur deux lignes");
        assertThat(ticketCount()).isEqualTo(before);
    }

    /** What the browser's Upload element tells the server, as a DOM event. */
    private static void uploadEvent(NewTicketView view, String type) {
        var element = view.attachment.upload.getElement();
        // The Upload itself reads whether other files are still on their way.
        var data = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("element.files.some(file => file.uploading)", false)
                .put("event.detail.file.cproTransfer", 1);
        element.getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(element, type, data));
    }

    @Test
    void sendingWaitsForTheUploadInProgressAndAFailedUploadLetsTheUserSendAgain() {
        NewTicketView view = navigate(NewTicketView.class);
        long before = ticketCount();
        test(view.category).selectItem("Abonnement");
        test(view.subject).setValue("Bon de commande");
        test(view.message).setValue("Le bon de commande est joint.");

        uploadEvent(view, "upload-start");
        test(view.send).click();
        assertThat(view.send.isEnabled()).as("waiting for the file").isFalse();
        assertThat(view.send.getText()).isEqualTo(view.getTranslation("support.upload.waiting"));
        assertThat(ticketCount()).as("nothing sent before the file is there").isEqualTo(before);

        uploadEvent(view, "upload-abort");
        assertThat(view.send.isEnabled()).as("the user may send again").isTrue();
        assertThat(ticketCount()).isEqualTo(before);
        assertThat(view.message.getValue()).as("nothing typed is lost").isEqualTo("Le bon de commande est joint.");
    }

    @Test
    void sendingShowsTheReferenceAndTheDeadlineAndSendsOneTicket() {
        NewTicketView view = navigate(NewTicketView.class);
        long before = ticketCount();
        test(view.category).selectItem("Utilisation de l'application");
        test(view.subject).setValue("Export impossible");
        test(view.message).setValue("Bonjour,\nl'export PDF échoue.");
        assertThat(view.hasUnsavedChanges()).isTrue();
        test(view.send).click();

        assertThat(ticketCount()).isEqualTo(before + 1);
        String text = view.result.getElement().getTextRecursively();
        assertThat(text).containsPattern("Référence : CPRO-\\d{4}-\\d{6}").contains("Réponse au plus tard le ");
        assertThat(text).containsPattern("(lundi|mardi|mercredi|jeudi|vendredi) \\d{1,2} \\S+ \\d{4} à \\d{1,2} h \\d{2}");
        assertThat(view.form.isVisible()).isFalse();
        assertThat(view.hasUnsavedChanges()).as("sent: leaving asks nothing").isFalse();

        // A second click (the browser disables the button, but a replayed event must not send twice).
        view.send.setEnabled(true);
        view.send.click();
        assertThat(ticketCount()).isEqualTo(before + 1);
    }

    @Test
    void leavingTheFormWithTypedTextAsksFirst() {
        NewTicketView view = navigate(NewTicketView.class);
        test(view.subject).setValue("Question");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(find(ConfirmDialog.class).exists()).isTrue();
    }

    @Test
    void theListShowsTheSchoolsTicketsAndFiltersThem() {
        // The test database lives across runs: a word of its own makes the search exact.
        String word = "Zéphyr" + Long.toString(System.nanoTime(), 36);
        tickets.create(new fr.cpro.support.NewTicket(SupportCategory.COMPTE_UTILISATEUR, "Mot de passe perdu " + word,
                "Bonjour"), null);
        TicketListView view = navigate(TicketListView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).as("newest activity first").isEqualTo("Mot de passe perdu " + word);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Compte utilisateur");

        test(view.search).setValue(word.replace("é", "e").toLowerCase());
        assertThat(test(view.grid).size()).as("accents and case ignored").isEqualTo(1);
        test(view.status).selectItem("Résolu");
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.grid.getEmptyStateText()).contains("critères");
    }

    @Test
    void theTicketPageShowsTheHistoryAndResolvesAndReopens() {
        var created = tickets.create(new fr.cpro.support.NewTicket(SupportCategory.ABONNEMENT, "Renouvellement",
                "Première ligne\nDeuxième ligne"), null);
        TicketView view = navigate("assistance/tickets/" + created.reference(), TicketView.class);
        assertThat(view.title.getText()).isEqualTo(created.reference() + " · Renouvellement");
        assertThat(view.history.getElement().getTextRecursively()).contains("Camille MARTIN", "Première ligne\nDeuxième ligne");
        assertThat(view.summary.getElement().getTextRecursively()).contains("Nouveau", "Abonnement");
        // The diploma the school works in is recorded with the ticket and shown to both sides.
        String diploma = tickets.get(created.reference()).diplomaLabel();
        assertThat(diploma).isNotBlank();
        assertThat(view.summary.getElement().getTextRecursively()).contains(diploma);

        test(view.resolve).click();
        assertThat(tickets.get(created.reference()).status()).isEqualTo(TicketStatus.RESOLU);
        assertThat(view.reopen.isVisible()).isTrue();
        assertThat(view.reply.reopens.isVisible()).isTrue();
        test(view.reopen).click();
        assertThat(tickets.get(created.reference()).status()).isEqualTo(TicketStatus.EN_COURS);

        test(view.reply.message).setValue("Merci, voici la précision.");
        test(view.reply.send).click();
        assertThat(view.history.getElement().getTextRecursively()).contains("Merci, voici la précision.");
        assertThat(find(Notification.class).exists()).isTrue();
    }

    @Test
    void whileTheTeamWaitsForTheSchoolTheSchoolSeesItsClockIsPausedThenTheNewDeadline() {
        var created = tickets.create(new fr.cpro.support.NewTicket(SupportCategory.UTILISATION, "Export bloqué",
                "L'export ne part pas."), null);
        TicketView view = navigate("assistance/tickets/" + created.reference(), TicketView.class);
        assertThat(view.summary.getElement().getTextRecursively()).contains("Réponse au plus tard le")
                .doesNotContain("Délai suspendu");

        var agent = (fr.cpro.security.CproPrincipal) users.loadUserByUsername("agent@cpro.demo");
        fr.cpro.security.RunAs.user(agent, () -> team.reply(created.reference(), "Pouvez-vous préciser ?", false, null, null));
        view = navigate("assistance/tickets/" + created.reference(), TicketView.class);
        assertThat(view.summary.getElement().getTextRecursively())
                .contains("En attente de votre réponse", "Délai suspendu : nous attendons votre réponse")
                .doesNotContain("Réponse au plus tard le");

        view = navigate("assistance/tickets/" + created.reference(), TicketView.class);
        test(view.reply.message).setValue("Voici la précision.");
        test(view.reply.send).click();
        var due = tickets.get(created.reference()).dueAt();
        assertThat(due).isNotNull();
        assertThat(view.summary.getElement().getTextRecursively()).contains("Réponse au plus tard le")
                .doesNotContain("Délai suspendu");
    }

    @Test
    void anUnknownReferenceIsAPageThatDoesNotExist() {
        NotFoundView view = navigate("assistance/tickets/CPRO-1999-000001", NotFoundView.class);
        assertThat(view.getElement().getTextRecursively()).contains("Page introuvable");
        assertThat(find(Anchor.class).all()).noneMatch(a -> a.getHref().contains("pieces-jointes"));
    }
}
