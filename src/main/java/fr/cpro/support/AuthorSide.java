package fr.cpro.support;

/** Who wrote a message: the school, or the CPRO support team. */
public enum AuthorSide {
    SCHOOL,
    SUPPORT;

    /** The translation key of the side's French name, shown beside the author. */
    public String labelKey() {
        return "support.ticket.side." + name();
    }
}
