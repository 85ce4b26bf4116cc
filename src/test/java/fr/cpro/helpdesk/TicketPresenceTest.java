package fr.cpro.helpdesk;

import fr.cpro.security.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Who else has a ticket open: writers first, gone after ten silent seconds or on leaving. */
class TicketPresenceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final TicketPresence presence = new TicketPresence(clock);

    @Test
    void othersAreListedWritersFirstAndVanishWhenSilentOrGone() {
        presence.report("CPRO-2026-000001", "p1", "Alex DURAND", false);
        presence.report("CPRO-2026-000001", "p2", "Sacha BERNARD", true);
        presence.report("CPRO-2026-000001", "p3", "Claude MOREAU", false);
        presence.report("CPRO-2026-000002", "p4", "Dominique PETIT", false);

        assertThat(presence.others("CPRO-2026-000001", "p1")).extracting(TicketPresence.Viewer::agentName)
                .containsExactly("Sacha BERNARD", "Claude MOREAU");

        presence.leave("CPRO-2026-000001", "p3");
        clock.advance(Duration.ofSeconds(6));
        presence.report("CPRO-2026-000001", "p1", "Alex DURAND", true);
        assertThat(presence.others("CPRO-2026-000001", "p2")).extracting(TicketPresence.Viewer::agentName)
                .containsExactly("Alex DURAND");
        clock.advance(Duration.ofSeconds(5));
        assertThat(presence.others("CPRO-2026-000001", "p1")).as("p2 silent for 11 s").isEmpty();
    }
}
