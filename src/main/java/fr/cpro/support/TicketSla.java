package fr.cpro.support;

import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * The service level, the same for the school and the team: every school message that waits for an
 * answer has a deadline of {@code first-response-business-hours}; the ticket shows the deadline of the
 * oldest one. "En attente de votre réponse" pauses it (the business time left is kept) and the school's
 * answer starts it again from there. Each deadline is recorded as met or missed when the team answers.
 */
@Component
class TicketSla {

    private final BusinessCalendar calendar;
    private final SupportProperties properties;
    private final TicketDeadlineRepository deadlines;

    TicketSla(BusinessCalendar calendar, SupportProperties properties, TicketDeadlineRepository deadlines) {
        this.calendar = calendar;
        this.properties = properties;
        this.deadlines = deadlines;
    }

    /** The deadline of a message sent now. */
    Instant deadlineFrom(Instant now) {
        return calendar.addBusinessHours(now, properties.firstResponseBusinessHours());
    }

    /** A new ticket: its first message's deadline, already set on the ticket, is recorded. */
    void opened(Ticket ticket, Instant now) {
        deadlines.save(new TicketDeadline(ticket, now, ticket.getDueAt()));
    }

    /**
     * The school wrote. An older message still waiting keeps its deadline; a paused one resumes with the
     * time it had left; otherwise this message opens a new deadline.
     */
    void schoolWrote(Ticket ticket, Instant now) {
        if (ticket.getDueAt() != null) {
            return;
        }
        if (ticket.getSlaPausedSeconds() != null) {
            resume(ticket, now);
            return;
        }
        Instant due = deadlineFrom(now);
        ticket.runDeadline(due);
        deadlines.save(new TicketDeadline(ticket, now, due));
    }

    /** The team waits for the school: the clock stops with what is left. */
    void pause(Ticket ticket, Instant now) {
        if (ticket.getDueAt() != null) {
            ticket.pauseDeadline(calendar.businessTimeBetween(now, ticket.getDueAt()).toSeconds());
        }
    }

    /** The clock starts again with the business time left when it stopped (an overdue one stays as late). */
    void resume(Ticket ticket, Instant now) {
        Long left = ticket.getSlaPausedSeconds();
        if (left == null) {
            return;
        }
        Instant due = left >= 0 ? calendar.addBusinessTime(now, Duration.ofSeconds(left)) : now.minusSeconds(-left);
        ticket.runDeadline(due);
        deadlines.findFirstByTicketAndAnsweredAtIsNullOrderByIdAsc(ticket).ifPresent(d -> d.moveTo(due));
    }

    /**
     * The team answered (a public reply, or resolved or closed the ticket): the waiting deadline is met or
     * missed, its business time recorded without the pauses, and no deadline runs any more.
     */
    void answered(Ticket ticket, Instant now, boolean publicReply) {
        var open = deadlines.findFirstByTicketAndAnsweredAtIsNullOrderByIdAsc(ticket);
        if (open.isPresent()) {
            long left = ticket.getSlaPausedSeconds() != null ? ticket.getSlaPausedSeconds()
                    : calendar.businessTimeBetween(now, ticket.getDueAt() != null ? ticket.getDueAt() : now).toSeconds();
            long allowed = Duration.ofHours(properties.firstResponseBusinessHours()).toSeconds();
            int minutes = (int) Math.max(0, (allowed - left) / 60);
            open.get().answered(now, left >= 0, minutes);
            if (publicReply) {
                ticket.firstResponseTook(minutes);
            }
        }
        ticket.runDeadline(null);
    }

    /** The school resolved its own ticket: the waiting deadline ends, neither met nor missed. */
    void cancelled(Ticket ticket, Instant now) {
        deadlines.findFirstByTicketAndAnsweredAtIsNullOrderByIdAsc(ticket).ifPresent(d -> d.cancelled(now));
        ticket.runDeadline(null);
    }
}
