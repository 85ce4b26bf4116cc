package fr.cpro.security;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Slows down password guessing without locking the rightful user out (OWASP's device cookie
 * scheme, with a per-address limit on top):
 * <ul>
 *   <li>a browser that signed in to this account before ({@link DeviceCookies}) is a
 *       <em>trusted device</em>: failures made elsewhere never stop it; it has its own budget of
 *       {@value #DEVICE_MAX_FAILURES} failures, after which it is a stranger like any other;</li>
 *   <li>other browsers share the login's budget: {@value #LOGIN_MAX_FAILURES} failures within
 *       {@link #WINDOW}, then a delay of {@link #FIRST_DELAY} that doubles at each further failure,
 *       up to {@link #MAX_DELAY}; the escalation ends after a quarter of an hour without failure;</li>
 *   <li>and one client address may fail {@value #ADDRESS_MAX_FAILURES} times within {@link #WINDOW}
 *       before it waits: high enough for a school's or académie's shared address (NAT, proxy), low
 *       enough to stop anyone trying many accounts.</li>
 * </ul>
 * A success resets the counter it was judged by (the login's, or the device's).
 *
 * <p>The counts live in MariaDB ({@code sign_in_throttle}), so a restart forgets nothing and
 * several instances share them. Each change is made under the row's lock, in a transaction of
 * its own that commits at once (a sign-in failure must stay counted whatever the caller's
 * transaction does). Known and unknown logins are counted alike: throttling tells nothing
 * about which accounts exist.
 */
@Component
public class LoginThrottle {

    public static final int LOGIN_MAX_FAILURES = 5;
    public static final int DEVICE_MAX_FAILURES = 5;
    public static final int ADDRESS_MAX_FAILURES = 100;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);

    /** How a kind of key is counted: free failures within {@link #WINDOW}, then the first delay. */
    enum Rule {
        LOGIN("login:", LOGIN_MAX_FAILURES, FIRST_DELAY),
        DEVICE("device:", DEVICE_MAX_FAILURES, MAX_DELAY),
        ADDRESS("address:", ADDRESS_MAX_FAILURES, MAX_DELAY);

        final String prefix;
        final int maxFailures;
        final Duration firstDelay;

        Rule(String prefix, int maxFailures, Duration firstDelay) {
            this.prefix = prefix;
            this.maxFailures = maxFailures;
            this.firstDelay = firstDelay;
        }

        String key(String value) {
            return value == null || value.isBlank() ? null : prefix + value;
        }
    }

    /**
     * One sign-in attempt as the throttle sees it.
     *
     * @param login   the normalised login (known or not)
     * @param address the client address, or {@code null}
     * @param device  the nonce of a device cookie whose signature and login were checked, or {@code null}
     */
    public record Attempt(String login, String address, String device) {

        public static Attempt untrusted(String login, String address) {
            return new Attempt(login, address, null);
        }
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private volatile Clock clock;

    LoginThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** For tests that let time pass without waiting. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /**
     * Whether this attempt comes from a trusted device: a checked device cookie that has not used
     * up its own budget.
     */
    public boolean trusted(Attempt attempt) {
        String device = Rule.DEVICE.key(attempt.device());
        return device != null && remaining(List.of(device), clock.instant()).isZero();
    }

    /**
     * Refuses the attempt while it must wait: a trusted device waits for nothing; another browser
     * waits while the login or the address is throttled.
     *
     * @throws LoginThrottledException with the remaining delay
     */
    public void check(Attempt attempt) {
        if (trusted(attempt)) {
            return;
        }
        Duration wait = remaining(keys(Rule.LOGIN.key(attempt.login()), Rule.ADDRESS.key(attempt.address())),
                clock.instant());
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
    }

    /** The same for a check without a browser's device cookie (a signed-in user's current password). */
    public void check(String login, String address) {
        check(Attempt.untrusted(login, address));
    }

    /**
     * Counts a failed attempt: against the device if it is trusted, else against the login and
     * the address.
     *
     * @return whether this failure started a delay
     */
    public boolean recordFailure(Attempt attempt) {
        Instant now = clock.instant();
        if (trusted(attempt)) {
            return fail(Rule.DEVICE, Rule.DEVICE.key(attempt.device()), now);
        }
        boolean byLogin = fail(Rule.LOGIN, Rule.LOGIN.key(attempt.login()), now);
        boolean byAddress = fail(Rule.ADDRESS, Rule.ADDRESS.key(attempt.address()), now);
        return byLogin || byAddress;
    }

    public boolean recordFailure(String login, String address) {
        return recordFailure(Attempt.untrusted(login, address));
    }

    /**
     * A successful sign-in: the counter it was judged by starts afresh (not the address's: one
     * good account must not let anyone keep guessing others from the same address).
     */
    public void recordSuccess(Attempt attempt) {
        String key = trusted(attempt) ? Rule.DEVICE.key(attempt.device()) : Rule.LOGIN.key(attempt.login());
        if (key != null) {
            jdbc.sql("DELETE FROM sign_in_throttle WHERE throttle_key = ?").param(key).update();
        }
    }

    /** The login's own count starts afresh (its owner proved they hold the mailbox). */
    void reset(String login) {
        recordSuccess(Attempt.untrusted(login, null));
    }

    /** A password reset committed: its login's count starts afresh. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(PasswordReplaced replaced) {
        if (replaced.reset()) {
            reset(replaced.login());
        }
    }

    /**
     * Counts one use of something limited to {@code max} uses per {@code window} (for example the
     * mails "Mot de passe oublié" may send to one account). The count is written whether or not the
     * use is granted, so both answers cost the same.
     *
     * @return whether this use is within the limit
     */
    public boolean tryAcquire(String key, int max, Duration window) {
        Objects.requireNonNull(key);
        Instant now = clock.instant();
        return withRowLock(key, now, row -> {
            if (!row.windowStart.isAfter(now.minus(window))) {
                row.windowStart = now;
                row.failures = 0;
            }
            boolean granted = row.failures < max;
            if (granted) {
                row.failures++;
            }
            row.purgeAfter = row.windowStart.plus(window);
            return granted;
        });
    }

    /** Drops the rows that no longer matter, so the table does not grow for ever ({@link ThrottlePurgeJob}). */
    void purge() {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE purge_after < ?").param(utc(clock.instant())).update();
    }

    private static List<String> keys(String... keys) {
        var list = new ArrayList<String>();
        for (String key : keys) {
            if (key != null) {
                list.add(key);
            }
        }
        return list;
    }

    private Duration remaining(List<String> keys, Instant now) {
        if (keys.isEmpty()) {
            return Duration.ZERO;
        }
        Instant latest = jdbc.sql("SELECT MAX(locked_until) FROM sign_in_throttle WHERE throttle_key IN (:keys)")
                .param("keys", keys).query((rs, n) -> instant(rs, 1)).optional().orElse(null);
        if (latest == null || !now.isBefore(latest)) {
            return Duration.ZERO;
        }
        return Duration.between(now, latest);
    }

    private boolean fail(Rule rule, String key, Instant now) {
        if (key == null) {
            return false;
        }
        return withRowLock(key, now, row -> {
            if (!row.windowStart.isAfter(now.minus(WINDOW))) {
                row.windowStart = now;
                row.failures = 0;
            }
            // Guessing that goes on within a quarter of an hour of the last delay keeps
            // escalating; a quiet quarter of an hour starts again from the first delay.
            boolean escalating = row.locks > 0 && row.lockedUntil != null
                    && !now.isAfter(row.lockedUntil.plus(WINDOW));
            if (!escalating) {
                row.locks = 0;
            }
            row.failures++;
            boolean locks = escalating || row.failures >= rule.maxFailures;
            if (locks) {
                Duration delay = rule.firstDelay.multipliedBy(1L << Math.min(row.locks, 10));
                row.lockedUntil = now.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
                row.locks++;
            }
            Instant windowEnd = row.windowStart.plus(WINDOW);
            Instant escalationEnd = row.lockedUntil == null ? windowEnd : row.lockedUntil.plus(WINDOW);
            row.purgeAfter = windowEnd.isAfter(escalationEnd) ? windowEnd : escalationEnd;
            return locks;
        });
    }

    /**
     * Reads, changes and writes one row under its lock, in a transaction of its own. The upsert
     * takes the row's exclusive lock at once (an {@code INSERT IGNORE} would take a shared one,
     * and two instances upgrading shared locks deadlock); a deadlock or lock timeout that InnoDB
     * still reports is retried.
     */
    private boolean withRowLock(String key, Instant now, java.util.function.Predicate<Row> change) {
        PessimisticLockingFailureException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return Boolean.TRUE.equals(ownTransaction.execute(status -> {
                    LocalDateTime at = utc(now);
                    jdbc.sql("""
                            INSERT INTO sign_in_throttle (throttle_key, window_start, failures, locks, locked_until, purge_after)
                            VALUES (?, ?, 0, 0, NULL, ?)
                            ON DUPLICATE KEY UPDATE throttle_key = throttle_key""")
                            .params(key, at, utc(now.plus(WINDOW))).update();
                    Row row = jdbc.sql("""
                            SELECT window_start, failures, locks, locked_until FROM sign_in_throttle
                            WHERE throttle_key = ? FOR UPDATE""")
                            .param(key)
                            .query((rs, n) -> new Row(instant(rs, 1), rs.getInt(2), rs.getInt(3), instant(rs, 4)))
                            .single();
                    boolean result = change.test(row);
                    jdbc.sql("""
                            UPDATE sign_in_throttle
                            SET window_start = ?, failures = ?, locks = ?, locked_until = ?, purge_after = ?
                            WHERE throttle_key = ?""")
                            .params(utc(row.windowStart), row.failures, row.locks,
                                    row.lockedUntil == null ? null : utc(row.lockedUntil), utc(row.purgeAfter), key)
                            .update();
                    return result;
                }));
            } catch (PessimisticLockingFailureException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Times are stored in UTC, as Hibernate stores the others (hibernate.jdbc.time_zone). */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static final class Row {
        Instant windowStart;
        int failures;
        int locks;
        Instant lockedUntil;
        Instant purgeAfter;

        Row(Instant windowStart, int failures, int locks, Instant lockedUntil) {
            this.windowStart = windowStart;
            this.failures = failures;
            this.locks = locks;
            this.lockedUntil = lockedUntil;
        }
    }
}
