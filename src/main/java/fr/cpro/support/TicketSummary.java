package fr.cpro.support;


import java.time.Instant;

/** One row of the list of tickets. */
public record TicketSummary(String reference, String subject, SupportCategory category, TicketStatus status,
                            Instant createdAt, Instant lastActivityAt, Instant dueAt, boolean overdue) {
}
