package fr.cpro.helpdesk;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has a ticket open, and who is writing on it: each open ticket page reports itself every few seconds
 * and reads the others. In memory, so for one application instance; a page not heard of for
 * {@link #TIMEOUT} is gone (a closed tab says nothing).
 */
@Component
public class TicketPresence {

    /** Twice the pages' report interval: one missed report does not make an agent vanish. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One agent on one ticket. */
    public record Viewer(String pageId, String agentName, boolean writing, Instant seen) {
    }

    private final Map<String, Map<String, Viewer>> byTicket = new ConcurrentHashMap<>();
    private final Clock clock;

    public TicketPresence(Clock clock) {
        this.clock = clock;
    }

    /** This page has the ticket open (and its agent is writing, or not). */
    public void report(String reference, String pageId, String agentName, boolean writing) {
        byTicket.computeIfAbsent(reference, r -> new ConcurrentHashMap<>())
                .put(pageId, new Viewer(pageId, agentName, writing, clock.instant()));
    }

    /** This page left the ticket. */
    public void leave(String reference, String pageId) {
        byTicket.computeIfPresent(reference, (r, pages) -> {
            pages.remove(pageId);
            return pages.isEmpty() ? null : pages;
        });
    }

    /** The other pages on this ticket heard of lately, the writers first. */
    public List<Viewer> others(String reference, String pageId) {
        Instant oldest = clock.instant().minus(TIMEOUT);
        var pages = byTicket.getOrDefault(reference, Map.of());
        pages.values().removeIf(v -> v.seen().isBefore(oldest));
        return pages.values().stream().filter(v -> !v.pageId().equals(pageId))
                .sorted(Comparator.comparing(Viewer::writing).reversed().thenComparing(Viewer::agentName))
                .toList();
    }
}
