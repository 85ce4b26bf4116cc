package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.base.ui.NotFoundView;
import fr.cpro.support.NewTicket;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TicketService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** A school administrator who types a helpdesk address gets "page introuvable", never agent data. */
@CproTest
@WithUserDetails("0759999L")
class SchoolOnHelpdeskRoutesTest extends SpringBrowserlessTest {

    @Autowired TicketService tickets;

    @Test
    void everyHelpdeskRouteIsAPageThatDoesNotExistEvenForTheSchoolsOwnTicket() {
        String own = tickets.create(new NewTicket(SupportCategory.ABONNEMENT, "Le mien", "Texte"), null).reference();
        for (String route : new String[] {"helpdesk", "helpdesk?assigne=UNASSIGNED&sla=OVERDUE", "helpdesk/tickets/" + own}) {
            HelpdeskRoutes.go(route);
            assertThat(getCurrentView()).as(route).isInstanceOf(NotFoundView.class);
            assertThat(getCurrentView().getElement().getTextRecursively()).as(route).contains("Page introuvable")
                    .doesNotContain(own).doesNotContain("File d'attente");
        }
    }
}
