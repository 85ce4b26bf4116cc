package fr.cpro.helpdesk.journal.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import fr.cpro.CproTest;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.Uai;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** The Journal driven as a supervisor would, without a browser: the filters and the address go together. */
@CproTest
@WithUserDetails("superviseur@cpro.demo")
class JournalViewTest extends SpringBrowserlessTest {

    @Autowired AuditLog audit;

    private static String uaiOf(long n) {
        String digits = String.format("%07d", n % 10_000_000);
        return digits + Uai.checkLetter(digits);
    }

    private String address() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void aSupervisorFiltersTheTrailAndTheAddressKeepsTheFilters() {
        String school = uaiOf(System.nanoTime());
        audit.record(AuditEvent.Type.SIGN_IN_FAILURE, null, school, "mauvais mot de passe");
        audit.record(AuditEvent.Type.PASSWORD_CHANGE, 5L, school, null);

        UI.getCurrent().navigate(JournalView.ROUTE);
        var view = (JournalView) getCurrentView();
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(2);

        test(view.uai).setValue(school.toLowerCase());
        view = (JournalView) getCurrentView();
        assertThat(address()).isEqualTo(JournalView.ROUTE + "?uai=" + school.toLowerCase());
        assertThat(test(view.grid).size()).isEqualTo(2);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Mot de passe modifié");
        assertThat(test(view.grid).getCellText(1, 1)).isEqualTo("Connexion refusée");
        assertThat(test(view.grid).getCellText(1, 2)).isEqualTo(school);
        assertThat(test(view.grid).getCellText(1, 5)).isEqualTo("mauvais mot de passe");

        test(view.type).selectItem("Connexion refusée");
        view = (JournalView) getCurrentView();
        assertThat(address()).contains("type=SIGN_IN_FAILURE").contains("uai=" + school.toLowerCase());
        assertThat(test(view.grid).size()).isEqualTo(1);

        // The same address, typed or shared, shows the same filters and events.
        UI.getCurrent().navigate(JournalView.ROUTE, QueryParameters.fromString("uai=" + school + "&compte=" + school
                + "&du=2000-01-01&au=2000-12-31"));
        view = (JournalView) getCurrentView();
        assertThat(view.uai.getValue()).isEqualTo(school);
        assertThat(view.login.getValue()).isEqualTo(school);
        assertThat(view.from.getValue()).hasToString("2000-01-01");
        assertThat(test(view.grid).size()).as("nothing that year").isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("Aucun événement ne correspond à ces filtres.");

        UI.getCurrent().navigate(JournalView.ROUTE, QueryParameters.fromString("type=NOPE&du=hier"));
        view = (JournalView) getCurrentView();
        assertThat(view.type.getValue()).as("an unreadable value is ignored").isNull();
        assertThat(view.from.getValue()).isNull();
    }

    @Test
    void everyTypeOfEventHasAFrenchName() {
        UI.getCurrent().navigate(JournalView.ROUTE);
        var view = (JournalView) getCurrentView();
        assertThat(Arrays.stream(AuditEvent.Type.values()).filter(t -> view.label(t).equals(t.name())).toList())
                .as("types without a French name (audit.type.<TYPE> in translations.properties)").isEmpty();
    }
}
