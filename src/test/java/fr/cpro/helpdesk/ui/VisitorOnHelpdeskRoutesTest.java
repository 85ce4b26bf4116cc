package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An anonymous visitor is sent to the sign-in page from every helpdesk address. */
@CproTest
@WithAnonymousUser
class VisitorOnHelpdeskRoutesTest extends SpringBrowserlessTest {

    @Test
    void everyHelpdeskRouteAsksToSignIn() {
        for (String route : new String[] {"helpdesk", "helpdesk?assigne=ME", "helpdesk/tickets/CPRO-2026-000001"}) {
            HelpdeskRoutes.go(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(LoginView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).as(route).doesNotContain("File d'attente");
        }
    }
}
