package fr.cpro.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Test-only access to the throttle's table. Every test signs in from 127.0.0.1 and the test
 * database outlives a run, so tests that count failures start (and end) with no counts at all;
 * production code has no such path.
 */
@Component
public class ThrottleState {

    private final JdbcClient jdbc;

    ThrottleState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Forgets every count, lock and limit. */
    public void forgetAll() {
        jdbc.sql("DELETE FROM sign_in_throttle").update();
    }

    /** Every key starting with this prefix (such as {@code address:}), with its count. */
    public java.util.Map<String, Integer> counts(String prefix) {
        var counts = new java.util.TreeMap<String, Integer>();
        jdbc.sql("SELECT throttle_key, failures FROM sign_in_throttle WHERE throttle_key LIKE ?")
                .param(prefix.replace("%", "\\%").replace("_", "\\_") + "%")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** The failures counted under a key such as {@code login:0759999L}, straight from MariaDB. */
    public int failures(String key) {
        return jdbc.sql("SELECT failures FROM sign_in_throttle WHERE throttle_key = ?").param(key)
                .query(Integer.class).optional().orElse(0);
    }
}
