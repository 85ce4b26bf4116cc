package fr.cpro.helpdesk.directory;

/** What confirming the import does with a line. */
public enum Outcome {
    /** A school the application does not know: created, with its administrator's account awaiting activation. */
    NEW,
    /** A known school whose details differ (or that has no account yet): updated. */
    UPDATE,
    /** A known school with the same details: left as it is. */
    SAME,
    /** Not imported: see its {@link Refusal}. */
    REFUSED;

    public String messageKey() {
        return "helpdesk.import.outcome." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
