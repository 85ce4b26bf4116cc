package fr.cpro.security;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;

/**
 * Test-only access to the throttle's table. Every test signs in from 127.0.0.1 and the test
 * database outlives a run, so tests that count failures start (and end) with no counts at all;
 * production code has no such path.
 */
@Component
public class ThrottleState {

    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;
    private final LoginThrottle throttle;
    private final Clock realClock;
    private volatile Clock clock;

    ThrottleState(JdbcClient jdbc, PlatformTransactionManager transactions, LoginThrottle throttle, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.throttle = throttle;
        this.realClock = clock;
        this.clock = clock;
    }

    /**
     * Stops time for the application's throttle, so that a one-minute delay cannot run out
     * while a slow browser test is still looking at it.
     */
    public void freezeTime() {
        clock = Clock.fixed(realClock.instant(), realClock.getZone());
        throttle.useClock(clock);
    }

    /** Gives the throttle the real clock back. */
    public void releaseTime() {
        clock = realClock;
        throttle.useClock(realClock);
    }

    /**
     * How long a browser without device cookie must wait for this login, as a throttle that has
     * just started (after a restart, or on another instance) sees it: a new instance has nothing in
     * memory, so whatever it refuses it read from MariaDB.
     */
    public Duration waitSeenAfterRestart(String login) {
        var fresh = new LoginThrottle(jdbc, transactions, clock);
        try {
            fresh.check(login, null);
            return Duration.ZERO;
        } catch (LoginThrottledException e) {
            return e.retryAfter();
        }
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
