package fr.cpro.helpdesk.journal.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import fr.cpro.CproTest;
import fr.cpro.base.ui.NotFoundView;
import fr.cpro.helpdesk.faq.ui.FaqEditorView;
import fr.cpro.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ editor and the Journal refuse whoever may not open them: schools and anonymous visitors both, and
 * the Journal agents who are not supervisors. Refused is "page introuvable" for someone signed in, the
 * sign-in page for a visitor; never the page's content.
 */
@CproTest
class BackOfficeRoutesRefusedTest extends SpringBrowserlessTest {

    private static final String[] ROUTES = {FaqEditorView.ROUTE, FaqEditorView.ROUTE + "?categorie=ABONNEMENT",
            JournalView.ROUTE, JournalView.ROUTE + "?type=SIGN_IN_FAILURE"};

    private static void go(String address) {
        int q = address.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(address);
        } else {
            UI.getCurrent().navigate(address.substring(0, q), QueryParameters.fromString(address.substring(q + 1)));
        }
    }

    private void assertNotShown(String route) {
        assertThat(getCurrentView().getElement().getTextRecursively()).as(route)
                .doesNotContain("FAQ du centre d'aide").doesNotContain("journal d'audit");
    }

    @Test
    @WithUserDetails("0759999L")
    void aSchoolAdministratorGetsPageNotFound() {
        for (String route : ROUTES) {
            go(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
            assertNotShown(route);
        }
    }

    @Test
    @WithAnonymousUser
    void aVisitorIsAskedToSignIn() {
        for (String route : ROUTES) {
            go(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(LoginView.class);
            assertNotShown(route);
        }
    }

    @Test
    @WithUserDetails("agent@cpro.demo")
    void anAgentOpensTheFaqEditorButNotTheJournal() {
        go(FaqEditorView.ROUTE);
        assertThat(getCurrentView()).isInstanceOf(FaqEditorView.class);
        go(JournalView.ROUTE + "?type=SIGN_IN_FAILURE");
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertNotShown(JournalView.ROUTE);
    }

    @Test
    @WithUserDetails("superviseur@cpro.demo")
    void aSupervisorOpensBoth() {
        go(FaqEditorView.ROUTE);
        assertThat(getCurrentView()).isInstanceOf(FaqEditorView.class);
        go(JournalView.ROUTE);
        assertThat(getCurrentView()).isInstanceOf(JournalView.class);
    }
}
