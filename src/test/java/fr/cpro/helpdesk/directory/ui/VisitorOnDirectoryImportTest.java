package fr.cpro.helpdesk.directory.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import fr.cpro.CproTest;
import fr.cpro.security.ui.LoginView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** An anonymous visitor is sent to the sign-in page from the import's address. */
@CproTest
@WithAnonymousUser
class VisitorOnDirectoryImportTest extends SpringBrowserlessTest {

    @Test
    void theImportAsksToSignIn() {
        UI.getCurrent().navigate("helpdesk/import");
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).doesNotContain("Import de l'annuaire");
    }
}
