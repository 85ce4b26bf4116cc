package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.CproTest;
import fr.cpro.helpdesk.TicketPresence;
import fr.cpro.home.ui.HomeView;
import fr.cpro.security.CproPrincipal;
import fr.cpro.support.NewTicket;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.QueueRow;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TeamTicketService;
import fr.cpro.support.TicketService;
import fr.cpro.support.TicketStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The agents' screens, driven as an agent would, without a browser. */
@CproTest
@WithUserDetails("agent@cpro.demo")
class HelpdeskViewsTest extends SpringBrowserlessTest {

    @Autowired TicketService tickets;
    @Autowired TeamTicketService team;
    @Autowired UserDetailsService users;
    @Autowired TicketPresence presence;
    @Autowired fr.cpro.establishment.TestSchools schools;

    private final String tag = "h" + Long.toString(System.nanoTime(), 36);

    /** Runs something as another user (the school, another agent), then comes back to the agent. */
    private <T> T as(String login, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var principal = (CproPrincipal) users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    private String schoolSends(String subject) {
        return as("0759999L", () -> tickets.create(new NewTicket(SupportCategory.ABONNEMENT, subject,
                "Bonjour, question " + tag), null).reference());
    }

    @Test
    void anAgentLandsOnAccueilWithTheQueueTileAndTheBannerHasNoSchoolEntries() {
        navigate(HomeView.class);
        var links = find(RouterLink.class).all().stream().map(RouterLink::getHref).toList();
        assertThat(links).contains("helpdesk").doesNotContain("assistance", "changer-de-diplome");
        String text = String.join(" | ", find(RouterLink.class).all().stream().map(l -> l.getElement().getTextRecursively()).toList());
        assertThat(text).contains("File d'attente", "Alex DURAND").doesNotContain("Assistance", "Changer de diplôme");
    }

    @Test
    void theQueueReadsItsFiltersFromTheAddressAndPutsChangesBackIntoIt() {
        String ref = schoolSends("Licences " + tag);
        HelpdeskRoutes.go("helpdesk?assigne=UNASSIGNED&q=" + tag);
        QueueView view = (QueueView) getCurrentView();
        assertThat(view.filters.assignee.getValue().kind()).isEqualTo(QueueFilter.Assignee.UNASSIGNED);
        assertThat(view.filters.text.getValue()).isEqualTo(tag);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).reference()).isEqualTo(ref);
        assertThat(view.views.getElement().getTextRecursively()).contains("Non assignés (", "Mes tickets (", "En retard (", "Tous (");

        test(view.filters.category).selectItem("Abonnement");
        String address = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(address).startsWith("helpdesk?").contains("categorie=ABONNEMENT", "assigne=UNASSIGNED", "q=" + tag);

        // A reference typed whole opens that ticket.
        HelpdeskRoutes.go("helpdesk?q=" + ref);
        var workspace = (TicketWorkspaceView) getCurrentView();
        assertThat(workspace.title.getText()).startsWith(ref);
    }

    @Test
    void bulkAssignmentFromTheQueue() {
        String first = schoolSends("Premier " + tag);
        String second = schoolSends("Second " + tag);
        HelpdeskRoutes.go("helpdesk?q=" + tag);
        QueueView view = (QueueView) getCurrentView();
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        view.grid.asMultiSelect().select(grid.getRow(0), grid.getRow(1));
        assertThat(view.bulk.getContent().isVisible()).isTrue();
        test(view.bulk.agent).selectItem("Alex DURAND");
        test(view.bulk.assign).click();
        assertThat(team.workspace(first).assigneeName()).isEqualTo("Alex DURAND");
        assertThat(team.workspace(second).ticket().status()).isEqualTo(TicketStatus.EN_COURS);
        assertThat(test(view.grid).getRow(0)).extracting(QueueRow::assigneeName).isEqualTo("Alex DURAND");
    }

    @Test
    void aNoteStaysInternalAReplyIsRefusedWhenAnotherAgentRepliedMeanwhileAndTheDraftStays() {
        String ref = schoolSends("Export " + tag);
        TicketWorkspaceView view = navigate("helpdesk/tickets/" + ref, TicketWorkspaceView.class);
        assertThat(view.schoolCard.getElement().getTextRecursively()).contains("Lycée professionnel de démonstration",
                "0759999L", "Camille MARTIN");

        test(view.composer.mode).selectItem("Note interne");
        test(view.composer.text).setValue("Vérifier l'abonnement " + tag);
        test(view.composer.send).click();
        assertThat(view.thread.getElement().getTextRecursively())
                .contains("Vérifier l'abonnement", "Note interne — invisible pour l'établissement");
        assertThat(view.composer.text.getValue()).isEmpty();

        // Another agent's page on the same ticket reports itself; this page reads it at its next poll.
        presence.report(ref, "another-page", "Sacha BERNARD", true);
        view.presence.update();
        assertThat(view.presence.getElement().getTextRecursively()).isEqualTo("Sacha BERNARD rédige une réponse");
        presence.leave(ref, "another-page");

        test(view.assignToMe).click();
        assertThat(view.assignee.getValue().displayName()).isEqualTo("Alex DURAND");

        // Another agent answers while this page is open.
        as("superviseur@cpro.demo", () -> team.reply(ref, "Réponse du superviseur", false, null, null));
        test(view.composer.mode).selectItem("Réponse à l'établissement");
        test(view.composer.text).setValue("Ma réponse " + tag);
        test(view.composer.send).click();
        assertThat(test(find(Notification.class).last()).getText()).contains("Sacha BERNARD a répondu à");
        assertThat(view.composer.text.getValue()).as("the draft stays").isEqualTo("Ma réponse " + tag);
        assertThat(view.hasUnsavedChanges()).isTrue();
        assertThat(view.thread.getElement().getTextRecursively()).as("the new message is shown").contains("Réponse du superviseur");

        test(view.composer.send).click();
        assertThat(view.thread.getElement().getTextRecursively()).contains("Ma réponse " + tag);
        assertThat(view.composer.text.getValue()).isEmpty();
        var seen = as("0759999L", () -> tickets.get(ref));
        assertThat(seen.messages()).extracting(m -> m.body()).contains("Ma réponse " + tag)
                .noneMatch(b -> b.contains("Vérifier l'abonnement"));
        assertThat(seen.status()).isEqualTo(TicketStatus.EN_ATTENTE);
    }

    @Test
    void theSchoolCardNamesTheAdministratorAndWhereTheTicketsDiplomaSubscriptionStands() {
        schools.pinDemoSubscriptions();
        String ref = schoolSends("Carte " + tag);
        TicketWorkspaceView view = navigate("helpdesk/tickets/" + ref, TicketWorkspaceView.class);
        String card = view.schoolCard.getElement().getTextRecursively();
        String diploma = team.workspace(ref).ticket().diplomaLabel();
        assertThat(card).contains("Administrateur", "Camille MARTIN · ", diploma,
                "Abonnement à ce diplôme", "Actif jusqu'au").doesNotContain("en attente d'activation");
        var others = find(RouterLink.class).all().stream()
                .filter(l -> l.getText().equals("Tous les tickets de cet établissement")).findFirst().orElseThrow();
        assertThat(others.getHref()).startsWith("helpdesk?").contains("etablissement=0759999L");

        // A school whose administrator has not signed in yet, and whose subscription to the ticket's diploma ends soon.
        var school = schools.newSchool("Lycée des essais " + tag);
        schools.subscribe(school.establishmentId(), "BACPRO-MELEC", -30, 10);
        String pending = schools.as(school, () -> tickets.create(new NewTicket(SupportCategory.COMPTE_UTILISATEUR,
                "Activation " + tag, "Le lien est perdu."), null).reference());
        view = navigate("helpdesk/tickets/" + pending, TicketWorkspaceView.class);
        card = view.schoolCard.getElement().getTextRecursively();
        assertThat(card).contains("ce." + school.login() + "@ac-test.fr", "en attente d'activation", "Bac Pro MELEC",
                "se termine dans 10 jours");

        schools.subscribe(school.establishmentId(), "BACPRO-MELEC", -400, -3);
        view = navigate("helpdesk/tickets/" + pending, TicketWorkspaceView.class);
        assertThat(view.schoolCard.getElement().getTextRecursively()).contains("Expiré depuis le");
    }
}
