package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An anonymous visitor is sent to the sign-in page from every address of the directory of schools. */
@CproTest
@WithAnonymousUser
class VisitorOnSchoolsRoutesTest extends SpringBrowserlessTest {

    @Test
    void theDirectoryAndEverySchoolsPageAskToSignIn() {
        for (String route : new String[] {"helpdesk/etablissements", "helpdesk/etablissements?q=Paris",
                "helpdesk/etablissements/0759999L"}) {
            HelpdeskRoutes.go(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(LoginView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).as(route)
                    .doesNotContain("Nouvel établissement", "Compte administrateur", "Lycée professionnel de démonstration");
        }
    }
}
