package fr.cpro.support;


import java.time.Instant;
import java.util.List;

/** A ticket with its whole history, oldest message first. */
public record TicketDetails(String reference, String subject, SupportCategory category, TicketStatus status,
                            String diplomaLabel, Instant createdAt, Instant lastActivityAt, Instant dueAt,
                            boolean overdue, List<MessageView> messages) {
}
