package fr.cpro.support;

import java.io.Serial;

/**
 * An agent acted from a page loaded before someone else replied or changed the ticket: nothing was
 * written, the message says who did what and when ("Alex DURAND a répondu à 14 h 05 …").
 */
public class TicketChangedException extends SupportException {

    @Serial
    private static final long serialVersionUID = 1L;

    TicketChangedException(TicketAction action, String actorName, String time) {
        super(action.changedKey(), actorName, time);
    }

    /** Two agents wrote in the same instant: the other one's transaction committed first. */
    TicketChangedException() {
        super("support.team.changed.CONCURRENT");
    }
}
