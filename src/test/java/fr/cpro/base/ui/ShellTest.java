package fr.cpro.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.CproTest;
import fr.cpro.account.ui.AccountView;
import fr.cpro.home.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The blue banner and Accueil, per role. */
@CproTest
class ShellTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("0759999L")
    void schoolAdministratorSeesTheirNameAndDeconnexion() {
        navigate(HomeView.class);
        var layout = find(MainLayout.class).single();
        assertThat(layout.getClassNames()).contains("cpro-shell");

        var user = find(RouterLink.class).withClassName("cpro-navbar__user").single();
        assertThat(user.getHref()).isEqualTo(AccountView.ROUTE);
        assertThat(user.getElement().getTextRecursively()).contains("Camille MARTIN");
        assertThat(find(Button.class).withCaption("Déconnexion").exists()).isTrue();

        var brand = find(RouterLink.class).withClassName("cpro-navbar__brand").single();
        assertThat(brand.getText()).isEqualTo("CPRO STI");
        assertThat(brand.getHref()).isEmpty();
    }

    @Test
    @WithUserDetails("0759999L")
    void accueilShowsTheModulesOfTheSchool() {
        navigate(HomeView.class);
        var tiles = find(RouterLink.class).withClassName("cpro-tile").all();
        assertThat(tiles).extracting(RouterLink::getHref).containsExactly("abonnement", "mon-etablissement",
                AccountView.ROUTE, "assistance", "assistance/tickets");
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Espace personnel", "Assistance");
    }

    @Test
    @WithUserDetails("agent@cpro.demo")
    void agentSeesTheirOwnName() {
        navigate(HomeView.class);
        var user = find(RouterLink.class).withClassName("cpro-navbar__user").single();
        assertThat(user.getElement().getTextRecursively()).contains("Alex DURAND").doesNotContain("Camille");
    }

    @Test
    @WithUserDetails("0759999L")
    void espacePersonnelShowsIdentitySchoolAndRole() {
        AccountView view = navigate(AccountView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Camille", "MARTIN", "Administrateur d'établissement",
                "Lycée professionnel de démonstration", "0759999L", "ce.0759999L@ac-paris.fr", "Paris");
    }

    @Test
    @WithUserDetails("superviseur@cpro.demo")
    void espacePersonnelOfAnAgentHasNoSchool() {
        AccountView view = navigate(AccountView.class);
        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Sacha", "Superviseur", "superviseur@cpro.demo").doesNotContain("Code UAI");
    }
}
