package fr.cpro.support.help.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.CproTest;
import fr.cpro.home.ui.HomeView;
import fr.cpro.support.SupportCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Assistance as the demo school uses it: categories, answers, search, the way to a ticket. */
@CproTest
@WithUserDetails("0759999L")
class HelpCentreViewTest extends SpringBrowserlessTest {

    private static final String CATEGORY_LABEL = "Catégorie de la demande";

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void noConsultationsYet() {
        jdbc.sql("DELETE FROM help_consultation").update();
    }

    @Test
    void theBannerOpensAssistanceInANewTabAndAccueilHasItsTile() {
        navigate(HomeView.class);
        var item = find(Anchor.class).withClassName("cpro-navbar__assistance").single();
        assertThat(item.getHref()).isEqualTo(HelpCentreView.ROUTE);
        assertThat(item.getTarget()).contains("_blank");
        assertThat(item.getElement().getAttribute("rel")).isEqualTo("noopener");
        assertThat(item.getElement().getAttribute("aria-label")).isEqualTo("Assistance (s'ouvre dans un nouvel onglet)");
        assertThat(item.getElement().getTextRecursively()).contains("Assistance");

        var tiles = find(RouterLink.class).withClassName("cpro-tile").all();
        assertThat(tiles).extracting(RouterLink::getHref).contains(HelpCentreView.ROUTE);
    }

    @Test
    @WithUserDetails("agent@cpro.demo")
    void agentsGetNeitherTheBannerItemNorTheTile() {
        navigate(HomeView.class);
        assertThat(find(Anchor.class).withClassName("cpro-navbar__assistance").exists()).isFalse();
        assertThat(find(RouterLink.class).withClassName("cpro-tile").all()).extracting(RouterLink::getHref)
                .doesNotContain(HelpCentreView.ROUTE);
    }

    @Test
    @WithUserDetails("agent@cpro.demo")
    void agentsCannotOpenTheSchoolsHelpCentre() {
        navigate(HomeView.class);
        UI.getCurrent().navigate(HelpCentreView.ROUTE);
        assertThat(getCurrentView()).isNotInstanceOf(HelpCentreView.class);
    }

    @Test
    void theGuideSectionsAreThereWithThePromise() {
        HelpCentreView view = navigate(HelpCentreView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Votre demande concerne", "Compte utilisateur", "Abonnement",
                "Utilisation de l'application", "Questions les plus fréquentes",
                "Vous ne trouvez pas de réponses à votre question ?", "Créer un ticket d'aide");
        assertThat(view.contact.form.getHref()).isEqualTo("assistance/nouveau-ticket");
        assertThat(view.contact.list.getHref()).isEqualTo("assistance/tickets");
        assertThat(view.contact.form.getElement().getTextRecursively()).contains("Réponse sous 72 heures ouvrées");
        assertThat(view.contact.list.getElement().getTextRecursively()).contains("Réponse sous 72 heures ouvrées");
        // Before anyone reads anything: one essential question of each category.
        assertThat(find(Details.class).all()).hasSize(3);
        assertThat(view.categoryPanel.isVisible()).isFalse();
    }

    @Test
    void aCategoryOpensItsQuestionsAndReadingAnAnswerCountsOncePerDay() {
        HelpCentreView view = navigate(HelpCentreView.class);
        test(view.categories.get(SupportCategory.ABONNEMENT)).click();

        assertThat(view.categories.get(SupportCategory.ABONNEMENT).getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");
        assertThat(find(H3.class, view.categoryPanel).single().getText()).isEqualTo("Abonnement");
        var questions = find(Details.class, view.categoryPanel).all();
        assertThat(questions).hasSizeGreaterThanOrEqualTo(4);
        var renew = questions.stream()
                .filter(d -> d.getSummary().getElement().getTextRecursively().contains("renouveler")).findFirst()
                .orElseThrow();
        // A ticket written from here starts in this category.
        assertThat(view.contact.form.getHref()).isEqualTo("assistance/nouveau-ticket?categorie=ABONNEMENT");

        test(renew).openDetails();
        assertThat(renew.getElement().getTextRecursively()).contains("bon de commande");
        test(renew).closeDetails();
        test(renew).openDetails();
        assertThat(countMine()).isEqualTo(1);

        // Coming back to Assistance, it comes first among the frequent questions.
        navigate(HomeView.class);
        navigate(HelpCentreView.class);
        var frequent = find(Details.class).all();
        assertThat(frequent).hasSize(3);
        assertThat(frequent.get(0).getSummary().getElement().getTextRecursively())
                .contains("Comment renouveler l'abonnement");
    }

    @Test
    void bothContactCardsLeadToTheTicketScreensWithTheCategoryPreselected() {
        navigate(HelpCentreView.class);
        var cards = find(Anchor.class).withClassName("cpro-help-contact__card").all();
        assertThat(cards).extracting(Anchor::getHref)
                .containsExactly("assistance/nouveau-ticket", "assistance/tickets");

        // Following the form card from a category opens the form on that category.
        UI.getCurrent().navigate("assistance/nouveau-ticket", QueryParameters.of("categorie", "ABONNEMENT"));
        assertThat(getCurrentView()).isInstanceOf(fr.cpro.support.ui.NewTicketView.class);
        @SuppressWarnings("unchecked")
        ComboBox<SupportCategory> category = find(ComboBox.class).withLabel(CATEGORY_LABEL).single();
        assertThat(category.getValue()).isEqualTo(SupportCategory.ABONNEMENT);

        UI.getCurrent().navigate("assistance/tickets");
        assertThat(getCurrentView()).isInstanceOf(fr.cpro.support.ui.TicketListView.class);
    }

    @Test
    void aCategoryCanBeOpenedFromTheAddress() {
        UI.getCurrent().navigate(HelpCentreView.ROUTE, QueryParameters.of("categorie", "UTILISATION"));
        HelpCentreView view = (HelpCentreView) getCurrentView();
        assertThat(view.selected).isEqualTo(SupportCategory.UTILISATION);
        assertThat(find(H3.class, view.categoryPanel).single().getText()).isEqualTo("Utilisation de l'application");
    }

    @Test
    void searchIgnoresAccentsAndShowsOpenableAnswers() {
        HelpCentreView view = navigate(HelpCentreView.class);
        test(view.search).setValue("desinscrire");

        assertThat(view.searchResults.getElement().getTextRecursively())
                .contains("1 réponse pour « desinscrire »");
        var found = find(Details.class, view.searchResults).single();
        assertThat(found.getSummary().getElement().getTextRecursively())
                .contains("désinscrire l'établissement", "Abonnement");
        test(found).openDetails();
        assertThat(found.getElement().getTextRecursively()).contains("date de fin d'accès");
        assertThat(countMine()).isEqualTo(1);

        test(view.search).setValue("mot de passe");
        assertThat(view.searchResults.getElement().getTextRecursively()).containsPattern("\\d+ réponses pour « mot de passe »");
        assertThat(find(Details.class, view.searchResults).all().get(0).getSummary().getElement().getTextRecursively())
                .contains("J'ai oublié mon mot de passe");
    }

    @Test
    void aSearchWithoutAnswerSaysWhatToDo() {
        HelpCentreView view = navigate(HelpCentreView.class);
        test(view.search).setValue("photocopieuse");

        String text = view.searchResults.getElement().getTextRecursively();
        assertThat(text).contains("Aucune réponse ne correspond à « photocopieuse ».", "Réponse sous 72 heures ouvrées");
        var ask = find(Anchor.class, view.searchResults).single();
        assertThat(ask.getText()).isEqualTo("Écrire à l'équipe CPRO");
        assertThat(ask.getHref()).isEqualTo("assistance/nouveau-ticket");
        assertThat(view.search.getValue()).as("what was typed stays").isEqualTo("photocopieuse");

        test(view.search).clear();
        assertThat(view.searchResults.getChildren()).isEmpty();
    }

    private int countMine() {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM help_consultation c JOIN account a ON a.id = c.account_id
                        WHERE a.login = '0759999L'""")
                .query(Integer.class).single();
    }
}
