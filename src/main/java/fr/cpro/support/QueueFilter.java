package fr.cpro.support;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the agents' queue shows. Every part is optional; {@link #OPEN} is the default.
 *
 * @param statuses   any of these (empty: every open status, Nouveau, En cours and En attente)
 * @param category   one category, or {@code null}
 * @param school     a UAI (typed as at sign-in: spaces, lower case and Corsican spellings are understood) or a part
 *                   of the school's name; {@code null} for all
 * @param assignee   whose tickets
 * @param agentId    the agent, when {@code assignee} is {@link Assignee#AGENT}
 * @param sla        where the deadline stands, or {@code null}
 * @param text       words of the subjects and messages (full text); a whole reference finds that ticket alone
 */
public record QueueFilter(Set<TicketStatus> statuses, SupportCategory category, String school, Assignee assignee,
                          Long agentId, Sla sla, String text) {

    public static final Set<TicketStatus> OPEN_STATUSES =
            EnumSet.of(TicketStatus.NOUVEAU, TicketStatus.EN_COURS, TicketStatus.EN_ATTENTE);
    public static final QueueFilter OPEN = new QueueFilter(Set.of(), null, null, Assignee.ANYONE, null, null, null);

    public QueueFilter {
        statuses = statuses == null || statuses.isEmpty() ? OPEN_STATUSES : Set.copyOf(statuses);
        assignee = assignee == null ? Assignee.ANYONE : assignee;
    }

    /** The ready-made views of the queue. */
    public static QueueFilter mine() {
        return new QueueFilter(Set.of(), null, null, Assignee.ME, null, null, null);
    }

    public static QueueFilter unassigned() {
        return new QueueFilter(Set.of(), null, null, Assignee.UNASSIGNED, null, null, null);
    }

    public static QueueFilter overdue() {
        return new QueueFilter(Set.of(), null, null, Assignee.ANYONE, null, Sla.OVERDUE, null);
    }

    public static QueueFilter everything() {
        return new QueueFilter(EnumSet.allOf(TicketStatus.class), null, null, Assignee.ANYONE, null, null, null);
    }

    public enum Assignee {
        ANYONE, ME, UNASSIGNED, AGENT;

        public String labelKey() {
            return "helpdesk.queue.assignee." + name();
        }
    }

    /** À temps, moins de 8 h ouvrées, dépassée (only tickets whose deadline runs). */
    public enum Sla {
        ON_TIME, DUE_SOON, OVERDUE;

        /** "Moins de 8 h ouvrées". */
        public static final int SOON_BUSINESS_HOURS = 8;

        public String labelKey() {
            return "helpdesk.queue.sla." + name();
        }
    }
}
