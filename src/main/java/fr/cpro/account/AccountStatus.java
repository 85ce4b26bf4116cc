package fr.cpro.account;

/** Where a school's administrator account stands, as the support team sees it. */
public enum AccountStatus {

    /** Created, its first connection still to come (no password yet). */
    PENDING,
    /** Its administrator has chosen a password and may sign in. */
    ACTIVE,
    /** Disabled by the support team: it cannot sign in, and its sessions have ended. */
    DISABLED;

    /** The translation key of the status's French name. */
    public String labelKey() {
        return "account.status." + name();
    }
}
