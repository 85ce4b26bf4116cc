package fr.cpro.helpdesk;

/**
 * What the directory of schools shows. Every part is optional; {@link #ALL} is the default.
 *
 * @param text         a UAI (typed as at sign-in: spaces, lower case and Corsican spellings are understood; its
 *                     beginning is enough) or a part of the name, the académie or the town
 * @param account      where the school's account stands, or {@code null} for any
 * @param subscription where its subscriptions stand today, or {@code null} for any
 */
public record SchoolFilter(String text, Account account, Subscriptions subscription) {

    public static final SchoolFilter ALL = new SchoolFilter(null, null, null);

    public SchoolFilter {
        text = text == null || text.isBlank() ? null : text.strip();
    }

    /** The account's state, as the filter offers it. */
    public enum Account {
        /** No account yet (a school imported from the directory). */
        NONE,
        /** Awaiting its first connection. */
        PENDING,
        ACTIVE,
        DISABLED;

        public String labelKey() {
            return "helpdesk.schools.account." + name();
        }
    }

    /** The subscriptions' state today. */
    public enum Subscriptions {
        /** At least one subscription in use today. */
        RUNNING,
        /** At least one in use today that ends within 30 days. */
        ENDING,
        /** Subscriptions, none in use today (all ended, or not started yet). */
        NONE_RUNNING,
        /** Never subscribed to any diploma. */
        NEVER;

        public String labelKey() {
            return "helpdesk.schools.subscriptions." + name();
        }
    }
}
