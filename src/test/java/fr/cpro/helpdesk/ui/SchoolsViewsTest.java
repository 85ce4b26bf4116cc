package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.establishment.DirectoryDetails;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.OfficialMailbox;
import fr.cpro.helpdesk.SchoolAdministration;
import fr.cpro.helpdesk.SchoolFilter;
import fr.cpro.home.ui.HomeView;
import fr.cpro.security.Uai;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The directory of schools and a school's page, driven as an agent would, without a browser. */
@CproTest
@WithUserDetails("agent@cpro.demo")
class SchoolsViewsTest extends SpringBrowserlessTest {

    @Autowired SchoolAdministration administration;
    @Autowired EstablishmentService establishments;
    @Autowired TestAccounts testAccounts;
    @Autowired java.time.Clock clock;

    private final String tag = "v" + Long.toString(System.nanoTime(), 36);

    private String freeUai() {
        while (true) {
            String digits = "06" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            String uai = digits + Uai.checkLetter(digits);
            if (establishments.findByUai(uai).isEmpty()) {
                return uai;
            }
        }
    }

    private String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    private String lastNotification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void anAgentFindsTheEtablissementsTileOnAccueil() {
        navigate(HomeView.class);
        assertThat(find(RouterLink.class).all()).extracting(RouterLink::getHref).contains("helpdesk/etablissements");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Établissements");
    }

    @Test
    void theDirectoryReadsItsFiltersFromTheAddressAndPutsChangesBackIntoIt() {
        String uai = freeUai();
        administration.register(uai, new DirectoryDetails("Lycée " + tag, OfficialMailbox.suggest(uai, "Nantes"),
                "Nantes", "Angers"), false);
        HelpdeskRoutes.go("helpdesk/etablissements?q=" + tag + "&compte=PENDING");
        var view = (SchoolsView) getCurrentView();
        assertThat(view.text.getValue()).isEqualTo(tag);
        assertThat(view.account.getValue()).isEqualTo(SchoolFilter.Account.PENDING);
        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).uai()).isEqualTo(uai);
        assertThat(view.accountBadge(grid.getRow(0)).getText()).startsWith("En attente d'activation depuis le ");

        test(view.subscription).selectItem("Jamais abonné");
        assertThat(address()).startsWith("helpdesk/etablissements?")
                .contains("q=" + tag, "compte=PENDING", "abonnement=NEVER");
        assertThat(test(((SchoolsView) getCurrentView()).grid).size()).isEqualTo(1);

        test(((SchoolsView) getCurrentView()).account).selectItem("Active");
        assertThat(address()).contains("compte=ACTIVE");
        assertThat(test(((SchoolsView) getCurrentView()).grid).size()).isZero();

        // A UAI typed as at sign-in finds the school; a click opens its page.
        HelpdeskRoutes.go("helpdesk/etablissements?q=" + uai.toLowerCase());
        view = (SchoolsView) getCurrentView();
        view.open(test(view.grid).getRow(0).uai());
        assertThat(address()).isEqualTo("helpdesk/etablissements/" + uai);
    }

    @Test
    void anAgentRegistersASchoolByHandAWrongCheckLetterIsToldAndTheMailboxIsSuggested() {
        String uai = freeUai();
        char wrong = uai.charAt(7) == 'A' ? 'B' : 'A';
        navigate(SchoolsView.class);
        var view = (SchoolsView) getCurrentView();
        test(view.create).click();
        roundTrip(); // Vaadin adds the dialog to the page on the way to the browser
        var form = view.dialog.form;
        test(form.uai).setValue(uai.substring(0, 7) + wrong);
        test(form.name).setValue("Lycée " + tag);
        test(form.academie).setValue("Aix-Marseille");
        test(form.town).setValue("Marseille");
        assertThat(form.officialEmail.getValue()).isEqualTo("ce." + uai.substring(0, 7) + wrong + "@ac-aix-marseille.fr");
        test(view.dialog.save).click();
        assertThat(lastNotification()).startsWith("La lettre clé du code UAI " + uai.substring(0, 7) + wrong + " est incorrecte");
        assertThat(view.dialog.isOpened()).as("what was typed stays").isTrue();
        assertThat(form.uai.isInvalid()).isTrue();

        test(form.uai).setValue(uai.toLowerCase());
        assertThat(form.officialEmail.getValue()).as("the suggestion follows").isEqualTo("ce." + uai + "@ac-aix-marseille.fr");
        test(view.dialog.save).click();

        var page = (SchoolFileView) getCurrentView();
        assertThat(address()).isEqualTo("helpdesk/etablissements/" + uai);
        assertThat(page.title.getText()).isEqualTo("Lycée " + tag + " (" + uai + ")");
        assertThat(page.details.getElement().getTextRecursively()).contains("Marseille", "Aix-Marseille",
                "ce." + uai + "@ac-aix-marseille.fr");
        assertThat(page.account.state.getElement().getTextRecursively()).contains("En attente d'activation depuis le ");
        assertThat(page.account.link.getText()).startsWith("Lien d'activation envoyé le ").contains("pas encore utilisé");
        assertThat(page.account.sendLink.getText()).isEqualTo("Renvoyer le lien d'activation");

        // The same UAI again is refused, with the school's name.
        navigate(SchoolsView.class);
        view = (SchoolsView) getCurrentView();
        test(view.create).click();
        roundTrip();
        test(view.dialog.form.uai).setValue(uai);
        test(view.dialog.form.name).setValue("Autre " + tag);
        test(view.dialog.form.academie).setValue("Nice");
        test(view.dialog.save).click();
        assertThat(lastNotification()).isEqualTo("Un établissement porte déjà le code UAI " + uai + " : Lycée " + tag + ".");
    }

    @Test
    void onASchoolsPageTheAgentResendsTheLinkDisablesEnablesAndManagesSubscriptions() {
        var school = testAccounts.pendingSchool();
        HelpdeskRoutes.go("helpdesk/etablissements/" + school.uai());
        var page = (SchoolFileView) getCurrentView();

        test(page.account.sendLink).click();
        assertThat(lastNotification()).isEqualTo("Le lien d'activation est envoyé à " + school.officialEmail()
                + " ; le lien précédent ne fonctionne plus.");

        page.account.disableNow();
        assertThat(page.account.state.getElement().getTextRecursively()).contains("Désactivée");
        assertThat(page.account.enable.isVisible()).isTrue();
        assertThat(page.account.sendLink.isVisible()).isFalse();
        assertThat(page.account.link.getText()).contains("annulé le");
        test(page.account.enable).click();
        assertThat(page.account.state.getElement().getTextRecursively()).contains("En attente d'activation");

        test(page.subscriptions.add).click();
        roundTrip();
        var dialog = page.subscriptions.dialog;
        test(dialog.diploma).selectItem("Bac Pro TU — Technicien d'usinage");
        LocalDate today = LocalDate.now(clock);
        dialog.start.setValue(today.minusDays(3));
        dialog.end.setValue(today.plusDays(10));
        test(dialog.save).click();
        var grid = test(page.subscriptions.grid);
        assertThat(grid.size()).isEqualTo(1);
        assertThat(grid.getRow(0).diploma().code()).isEqualTo("BACPRO-TU");

        page.subscriptions.dialog = null;
        page.subscriptions.end(grid.getRow(0));
        assertThat(lastNotification()).isEqualTo("L'abonnement Bac Pro TU est terminé.");
        assertThat(test(page.subscriptions.grid).getRow(0).endDate()).isEqualTo(today.minusDays(1));
    }

    @Test
    void aSchoolsPageListsItsTicketsAndLeadsToTheQueueFilteredOnIt() {
        HelpdeskRoutes.go("helpdesk/etablissements/0759999l");
        var page = (SchoolFileView) getCurrentView();
        assertThat(page.tickets.getElement().getTextRecursively()).contains("ticket(s) ouvert(s)",
                "Voir tous ses tickets dans la file d'attente");
        var queueLink = page.tickets.getChildren().filter(c -> c instanceof RouterLink)
                .map(c -> (RouterLink) c).filter(l -> l.getHref().startsWith("helpdesk?")).findFirst().orElseThrow();
        assertThat(queueLink.getHref()).contains("etablissement=0759999L");

        HelpdeskRoutes.go("helpdesk/etablissements/0750655A");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page introuvable");
    }
}
