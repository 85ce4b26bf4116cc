package fr.cpro.support;

/**
 * The last thing done on a ticket, told to an agent whose page is older ({@code support.team.changed.<NAME>}).
 */
public enum TicketAction {
    CREATED,
    SCHOOL_REPLIED,
    REPLIED,
    NOTE,
    STATUS,
    ASSIGNED;

    /** The translation key of the French sentence "{0} a répondu à {1} depuis l'ouverture de cette page". */
    public String changedKey() {
        return "support.team.changed." + name();
    }
}
