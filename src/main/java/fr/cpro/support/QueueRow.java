package fr.cpro.support;

import java.time.Duration;
import java.time.Instant;

/**
 * One line of the agents' queue.
 *
 * @param businessTimeLeft business time to the deadline (negative: overdue by that much); while paused, what was
 *                         left when it paused; {@code null} when nothing waits for the team
 * @param paused           whether the deadline is paused ("En attente de votre réponse")
 */
public record QueueRow(String reference, String subject, String schoolName, String uai, SupportCategory category,
                       TicketStatus status, Long assigneeId, String assigneeName, Instant dueAt,
                       Duration businessTimeLeft, boolean paused, Instant lastActivityAt, String diplomaLabel,
                       long version) {
}
