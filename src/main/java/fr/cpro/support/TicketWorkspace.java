package fr.cpro.support;

import fr.cpro.establishment.EstablishmentSummary;

import java.time.Duration;
import java.time.Instant;

/**
 * A ticket as the support team works on it.
 *
 * @param ticket             the ticket and its whole thread, internal notes included
 * @param version            what the page sends back with each change ({@link TeamTicketService})
 * @param school             the school that sent it
 * @param assigneeId         the agent working on it, or {@code null}
 * @param assigneeName       "Prénom NOM" of that agent, or {@code null}
 * @param sla                where its deadline stands
 * @param firstResponseMinutes business minutes to the team's first public reply, once there was one
 */
public record TicketWorkspace(TicketDetails ticket, long version, EstablishmentSummary school, Long assigneeId,
                              String assigneeName, SlaState sla, Integer firstResponseMinutes) {

    /**
     * @param dueAt        the running deadline, or {@code null}
     * @param pausedLeftSeconds business seconds left when paused (negative: overdue), or {@code null}
     * @param businessTimeLeft  business time left now (negative: overdue; paused: what was left), or {@code null}
     *                          when nothing waits for the team
     */
    public record SlaState(Instant dueAt, Long pausedLeftSeconds, Duration businessTimeLeft) {
    }
}
