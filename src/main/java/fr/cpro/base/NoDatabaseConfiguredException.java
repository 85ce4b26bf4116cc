package fr.cpro.base;

/**
 * The start was asked for without a database: no {@code CPRO_DB_URL} and no {@code demo} profile.
 * {@link NoDatabaseFailureAnalyzer} turns it into one plain message instead of a stack trace.
 */
public class NoDatabaseConfiguredException extends IllegalStateException {

    static final String MESSAGE = "No database configured: set " + DatabaseEnvironment.URL
            + " (with " + DatabaseEnvironment.USER + " and " + DatabaseEnvironment.PASSWORD
            + ") to a MariaDB server, or start the demo with the '" + DatabaseEnvironment.DEMO_PROFILE
            + "' profile (--spring.profiles.active=demo), which runs an embedded database with demo accounts.";

    public NoDatabaseConfiguredException() {
        super(MESSAGE);
    }
}
