package fr.cpro;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every test run starts on an empty, freshly migrated database, so tests can count rows exactly
 * and a run never sees what an earlier one left (target/embedded-db, or the CPRO_DB_URL database
 * in CI). Test sources only: production has no bean that can drop the schema.
 *
 * <p>A test JVM holds several application contexts (cached ones, a web one for the end-to-end
 * tests) on the same database; the first context of the JVM to reach a database cleans it, the
 * others only migrate (nothing to do) and keep the data that context's tests share.
 */
@Configuration(proxyBeanMethods = false)
class FreshTestDatabase {

    /** The databases this JVM has already emptied. */
    private static final Set<String> CLEANED = ConcurrentHashMap.newKeySet();

    @Bean
    FlywayConfigurationCustomizer allowCleanInTests() {
        return configuration -> configuration.cleanDisabled(false);
    }

    @Bean
    FlywayMigrationStrategy cleanOncePerJvm(@Value("${spring.datasource.url}") String url) {
        return flyway -> migrate(flyway, url);
    }

    private static void migrate(Flyway flyway, String url) {
        // Same JDBC address, same database, whatever the query options.
        String database = url.replaceFirst("\\?.*$", "");
        synchronized (CLEANED) {
            if (CLEANED.add(database)) {
                flyway.clean();
            }
        }
        flyway.migrate();
    }
}
