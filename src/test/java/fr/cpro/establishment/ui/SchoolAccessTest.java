package fr.cpro.establishment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import fr.cpro.CproTest;
import fr.cpro.home.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The support team has no "Changer de diplôme", no school tiles, and cannot open the school's pages. */
@CproTest
@WithUserDetails("agent@cpro.demo")
class SchoolAccessTest extends SpringBrowserlessTest {

    @Test
    void agentsSeeNeitherTheBannerItemNorTheSchoolTiles() {
        var home = navigate(HomeView.class);
        assertThat(find(Button.class).withClassName("cpro-navbar__change-diploma").all()).isEmpty();
        assertThat(home.getElement().getTextRecursively()).doesNotContain("Mon établissement", "Abonnement",
                "Diplôme en cours");
    }

    @Test
    void agentsCannotOpenTheSchoolsPages() {
        navigate(SchoolView.ROUTE, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SchoolView.class);
        navigate(SubscriptionsView.ROUTE, com.vaadin.flow.component.Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(SubscriptionsView.class);
    }
}
