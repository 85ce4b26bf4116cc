package fr.cpro.security;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing. After {@value #MAX_FAILURES} failed sign-ins for one login,
 * or from one client address, within {@link #WINDOW}, attempts are refused for a delay that
 * starts at {@link #FIRST_DELAY} and doubles at each further failure, up to {@link #MAX_DELAY};
 * the escalation ends after a quarter of an hour without failure.
 * A success resets the login's count (not the address's: one good account must not let an
 * attacker keep guessing others from the same address).
 *
 * <p>Counts are kept in memory: one application instance serves CPRO STI; a restart forgets
 * them, which costs an attacker a restart they cannot cause.
 */
@Component
public class LoginThrottle {

    public static final int MAX_FAILURES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);

    private final Map<String, Counter> counters = new ConcurrentHashMap<>();
    private volatile Clock clock;

    @Autowired
    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** For tests that let time pass without waiting. */
    void useClock(Clock clock) {
        this.clock = clock;
    }

    /** Forgets every count; for tests. */
    void forgetAll() {
        counters.clear();
    }

    /**
     * Refuses the attempt while the login or the address is throttled.
     *
     * @param login   the normalised login (known or not)
     * @param address the client address, or {@code null}
     * @throws LoginThrottledException with the remaining delay
     */
    public void check(String login, String address) {
        Instant now = clock.instant();
        Duration wait = max(remaining(key("login", login), now), remaining(key("ip", address), now));
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
    }

    /**
     * Counts a failed attempt.
     *
     * @return whether this failure started a throttling delay
     */
    public boolean recordFailure(String login, String address) {
        Instant now = clock.instant();
        boolean byLogin = fail(key("login", login), now);
        boolean byAddress = fail(key("ip", address), now);
        return byLogin || byAddress;
    }

    /** A successful sign-in: the login starts afresh. */
    public void recordSuccess(String login) {
        String key = key("login", login);
        if (key != null) {
            counters.remove(key);
        }
    }

    private static String key(String kind, String value) {
        return value == null || value.isBlank() ? null : kind + ":" + value;
    }

    private Duration remaining(String key, Instant now) {
        Counter counter = key == null ? null : counters.get(key);
        return counter == null ? Duration.ZERO : counter.remaining(now);
    }

    private boolean fail(String key, Instant now) {
        if (key == null) {
            return false;
        }
        return counters.computeIfAbsent(key, k -> new Counter()).fail(now);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Drops the counters that no longer matter, so the map does not grow for ever. */
    @Scheduled(fixedDelay = 5 * 60 * 1000, initialDelay = 5 * 60 * 1000)
    void prune() {
        Instant now = clock.instant();
        counters.entrySet().removeIf(e -> e.getValue().idle(now));
    }

    private static final class Counter {

        private final Deque<Instant> failures = new ArrayDeque<>();
        private int locks;
        private Instant lockedUntil = Instant.MIN;

        synchronized Duration remaining(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean fail(Instant now) {
            forgetOld(now);
            // Guessing that goes on within a quarter of an hour of the last delay keeps
            // escalating; a quiet quarter of an hour starts again from the first delay.
            boolean escalating = locks > 0 && !now.isAfter(lockedUntil.plus(WINDOW));
            if (!escalating) {
                locks = 0;
            }
            failures.addLast(now);
            if (!escalating && failures.size() < MAX_FAILURES) {
                return false;
            }
            Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(locks, 10));
            if (delay.compareTo(MAX_DELAY) > 0) {
                delay = MAX_DELAY;
            }
            locks++;
            lockedUntil = now.plus(delay);
            return true;
        }

        synchronized boolean idle(Instant now) {
            forgetOld(now);
            return failures.isEmpty() && now.isAfter(lockedUntil.plus(WINDOW));
        }

        private void forgetOld(Instant now) {
            Instant start = now.minus(WINDOW);
            while (!failures.isEmpty() && failures.peekFirst().isBefore(start)) {
                failures.removeFirst();
            }
        }
    }
}
