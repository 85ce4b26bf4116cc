package fr.cpro.base;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import fr.cpro.Application;
import jakarta.servlet.ServletContext;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application fails closed: no demo, no embedded database, unless the demo is asked for. */
class DatabaseEnvironmentTest {

    private SecurityContextHolderStrategy cachedContextsStrategy;

    /**
     * Starting an application replaces Spring Security's static holder strategy (Vaadin installs its
     * own); the cached test contexts of this JVM keep the one they were built with, so it is put back.
     */
    @BeforeEach
    void rememberTheSecurityContextStrategy() {
        cachedContextsStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterEach
    void restoreTheSecurityContextStrategy() {
        SecurityContextHolder.setContextHolderStrategy(cachedContextsStrategy);
    }

    /** Whatever the CI's environment says: no database URL (an empty argument overrides the variable). */
    private static final String NO_DATABASE = "--" + DatabaseEnvironment.URL + "=";

    @Test
    void withoutADatabaseNorTheDemoTheStartStopsAtOnceNamingWhatToSet() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .profiles().run(NO_DATABASE, "--spring.profiles.active=", "--server.port=0"))
                .isInstanceOf(NoDatabaseConfiguredException.class)
                .satisfies(e -> {
                    FailureAnalysis analysis = new NoDatabaseFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("CPRO_DB_URL").contains("'demo' profile");
                    assertThat(analysis.getAction()).contains("CPRO_DB_URL").contains("--spring.profiles.active=demo");
                });
    }

    @Test
    void whereTheDemoIsForbiddenTheDemoProfileStopsTheStart() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(Application.class)
                .run(NO_DATABASE, "--spring.profiles.active=demo", "--CPRO_DEMO_ALLOWED=false", "--server.port=0"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CPRO_DEMO_ALLOWED=false");
    }

    @Test
    void aStartOnARealDatabaseWithoutTheDemoProfileHasNoDemoAccountsAndNoDemoMailbox() {
        // A MariaDB server like production's: this JVM's embedded one, with a database of its own.
        Path dir = Path.of(System.getProperty("cpro.embedded-db.dir", "target/embedded-db"));
        int port = DatabaseEnvironment.startEmbedded(dir.toAbsolutePath(), LogFactory.getLog(getClass()));
        try (var app = new SpringApplicationBuilder(Application.class).run(
                "--" + DatabaseEnvironment.URL + "=jdbc:mariadb://127.0.0.1:" + port
                        + "/cpro_without_demo?createDatabaseIfNotExist=true",
                "--" + DatabaseEnvironment.USER + "=root", "--" + DatabaseEnvironment.PASSWORD + "=",
                "--spring.profiles.active=", "--server.port=0")) {
            assertThat(app.getEnvironment().getActiveProfiles()).doesNotContain(DatabaseEnvironment.DEMO_PROFILE);
            var jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account", Integer.class)).isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM establishment", Integer.class)).isZero();
            assertThat(app.getBeanNamesForType(fr.cpro.mail.DemoMailbox.class)).isEmpty();

            var routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(app.getBean(ServletContext.class)));
            assertThat(routes.getNavigationRouteTarget("login").hasTarget()).isTrue();
            assertThat(routes.getNavigationRouteTarget("demo/courriels").hasTarget()).isFalse();
        }
    }
}
