package fr.cpro.base;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints the missing-database failure as Spring Boot's "APPLICATION FAILED TO START" box, so
 * whoever starts the jar reads what to set, not a stack trace.
 */
class NoDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<NoDatabaseConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseConfiguredException cause) {
        return new FailureAnalysis(
                "No database configured: " + DatabaseEnvironment.URL + " is not set and the '"
                        + DatabaseEnvironment.DEMO_PROFILE + "' profile is not active.",
                "Set " + DatabaseEnvironment.URL + " (and " + DatabaseEnvironment.USER + ", "
                        + DatabaseEnvironment.PASSWORD + ") to your MariaDB server, e.g. "
                        + "CPRO_DB_URL=jdbc:mariadb://db:3306/cpro; or, to try the application with an "
                        + "embedded database and demo accounts (never in production), start it with "
                        + "--spring.profiles.active=demo.",
                cause);
    }
}
