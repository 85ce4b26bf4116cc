package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.base.ui.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A school administrator who types an address of the directory of schools gets "page introuvable", even for their own school. */
@CproTest
@WithUserDetails("0759999L")
class SchoolOnSchoolsRoutesTest extends SpringBrowserlessTest {

    @Test
    void theDirectoryAndEverySchoolsPageAreAPageThatDoesNotExist() {
        for (String route : new String[] {"helpdesk/etablissements", "helpdesk/etablissements?compte=PENDING&abonnement=ENDING",
                "helpdesk/etablissements/0759999L", "helpdesk/etablissements/" + "0759998" + fr.cpro.security.Uai.checkLetter("0759998")}) {
            HelpdeskRoutes.go(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).as(route).contains("Page introuvable")
                    .doesNotContain("Compte administrateur", "Lycée des métiers de démonstration", "Nouvel établissement");
        }
    }
}
