package fr.cpro.security;

import fr.cpro.CproTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/** Without CPRO_DEVICE_COOKIE_SECRET, the signing key is generated once and kept in MariaDB. */
@CproTest
class DeviceCookieSecretTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    DeviceCookies devices;

    @Test
    void theGeneratedSecretIsSharedByEveryInstanceAndOutlivesARestart() {
        String value = devices.newValue("0759999L");
        // Another instance (or this one after a restart) reads the same key from the database.
        var other = new DeviceCookies(jdbc, clock, "");
        assertThat(other.verify(value, "0759999L")).isPresent();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM server_secret WHERE name = ?").param(DeviceCookies.SECRET_NAME)
                .query(Integer.class).single()).isEqualTo(1);
        // A configured secret replaces it: cookies signed with the generated one are no longer believed.
        var configured = new DeviceCookies(jdbc, clock, "un secret configuré, de plus de trente-deux caractères");
        assertThat(configured.verify(value, "0759999L")).isEmpty();
    }
}
