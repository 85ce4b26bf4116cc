package fr.cpro.helpdesk.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.security.CproPrincipal;
import fr.cpro.support.NewTicket;
import fr.cpro.support.QueueTuning;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TicketQueue;
import fr.cpro.support.TicketService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue tells the agent when a search of very common words only looked at the most recent tickets. */
@CproTest
@WithUserDetails("agent@cpro.demo")
class QueueSearchLimitViewTest extends SpringBrowserlessTest {

    @Autowired TicketService tickets;
    @Autowired TicketQueue queue;
    @Autowired UserDetailsService users;

    private final String tag = "l" + Long.toString(System.nanoTime(), 36);

    @AfterEach
    void reset() {
        QueueTuning.reset(queue);
    }

    private String schoolSends(String subject) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var principal = (CproPrincipal) users.loadUserByUsername("0759999L");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        try {
            return tickets.create(new NewTicket(SupportCategory.ABONNEMENT, subject, "Bonjour, question"), null).reference();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    @Test
    void aSearchOfACommonWordSaysItIsLimitedToTheMostRecentTickets() {
        String older = schoolSends("Licences " + tag);
        String middle = schoolSends("Export " + tag);
        String newest = schoolSends("Livret " + tag);

        HelpdeskRoutes.go("helpdesk?q=" + tag);
        QueueView view = (QueueView) getCurrentView();
        assertThat(view.searchLimited.isVisible()).as("a rare word: the whole history").isFalse();
        assertThat(test(view.grid).size()).isEqualTo(3);

        QueueTuning.assumeCommon(queue, tag, 2);
        HelpdeskRoutes.go("helpdesk?q=" + tag + "&categorie=ABONNEMENT");
        view = (QueueView) getCurrentView();
        assertThat(view.searchLimited.isVisible()).isTrue();
        assertThat(view.searchLimited.getText()).isEqualTo("Mot très courant : la recherche ne porte que sur les 2 tickets"
                + " et les messages les plus récents. Ajoutez un mot plus rare pour chercher dans tout l'historique.");
        var grid = test(view.grid);
        assertThat(grid.size()).as("the two newest tickets only").isEqualTo(2);
        assertThat(java.util.List.of(grid.getRow(0).reference(), grid.getRow(1).reference()))
                .containsExactlyInAnyOrder(middle, newest).doesNotContain(older);
    }
}
