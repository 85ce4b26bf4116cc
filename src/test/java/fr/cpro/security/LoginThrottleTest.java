package fr.cpro.security;

import fr.cpro.CproTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The throttle's rules, on its MariaDB table. Each test builds its own instances (no memory of
 * their own: a new instance is what a restart or a second server sees) on a clock it moves.
 */
@CproTest
class LoginThrottleTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    ThrottleState state;

    // Ahead of the real clock: the application's own scheduled purge (real time) must not see
    // this test's rows as old.
    private final MutableClock clock = new MutableClock(
            Instant.now().plus(Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    private LoginThrottle throttle;

    @BeforeEach
    void fresh() {
        state.forgetAll();
        throttle = newInstance();
    }

    @AfterEach
    void clean() {
        state.forgetAll();
    }

    private LoginThrottle newInstance() {
        return new LoginThrottle(jdbc, transactions, clock);
    }

    private Duration refusedFor(LoginThrottle.Attempt attempt) {
        var e = catchThrowableOfType(LoginThrottledException.class, () -> throttle.check(attempt));
        return e == null ? Duration.ZERO : e.retryAfter();
    }

    private static LoginThrottle.Attempt stranger(String login) {
        return LoginThrottle.Attempt.untrusted(login, "198.51.100.20");
    }

    @Test
    void fourFailuresAreFreeTheFifthLocksForAMinute() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure(stranger("0759999L"))).isFalse();
            assertThatCode(() -> throttle.check(stranger("0759999L"))).doesNotThrowAnyException();
        }
        assertThat(throttle.recordFailure(stranger("0759999L"))).isTrue();
        assertThat(refusedFor(stranger("0759999L"))).isEqualTo(Duration.ofMinutes(1));
        assertThat(refusedFor(stranger("0750655E"))).as("another account").isZero();
    }

    @Test
    void theDelayDoublesUpTo15Minutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(stranger("x@cpro.demo"));
        }
        var delays = new ArrayList<Long>();
        for (int i = 0; i < 7; i++) {
            throttle.recordFailure(stranger("x@cpro.demo"));
            Duration wait = refusedFor(stranger("x@cpro.demo"));
            delays.add(wait.toMinutes());
            clock.advance(wait);
        }
        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
    }

    @Test
    void aSharedAddressWaitsOnlyAfterAHundredFailuresWithinAQuarterOfAnHour() {
        String address = "203.0.113.7";
        for (int i = 0; i < 99; i++) {
            assertThat(throttle.recordFailure(LoginThrottle.Attempt.untrusted("user" + i + "@ac-test.fr", address)))
                    .isFalse();
        }
        assertThat(refusedFor(LoginThrottle.Attempt.untrusted("0759999L", address)))
                .as("99 failures on many accounts: a busy school, not yet an attack").isZero();
        assertThat(throttle.recordFailure(LoginThrottle.Attempt.untrusted("user99@ac-test.fr", address))).isTrue();
        assertThat(refusedFor(LoginThrottle.Attempt.untrusted("0759999L", address))).isEqualTo(Duration.ofMinutes(15));
        assertThat(refusedFor(LoginThrottle.Attempt.untrusted("0759999L", "198.51.100.1"))).isZero();
    }

    @Test
    void aTrustedDeviceIsNotStoppedByFailuresMadeElsewhereButHasItsOwnSmallBudget() {
        var device = new LoginThrottle.Attempt("0759999L", "198.51.100.30", "nonce-of-the-school-pc");
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure(stranger("0759999L"));
        }
        assertThat(refusedFor(stranger("0759999L"))).isPositive();
        assertThat(throttle.trusted(device)).isTrue();
        assertThatCode(() -> throttle.check(device)).doesNotThrowAnyException();

        // Its own failures are its own: four leave it trusted, the fifth ends the trust...
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(device);
            assertThat(throttle.trusted(device)).isTrue();
        }
        assertThat(state.failures("login:0759999L")).as("not counted on the login").isEqualTo(20);
        throttle.recordFailure(device);
        assertThat(throttle.trusted(device)).isFalse();
        // ...and then it is a stranger, held back by the login's delay.
        assertThat(refusedFor(device)).isPositive();
    }

    @Test
    void aSuccessResetsTheCountItWasJudgedBy() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(stranger("0759999L"));
        }
        throttle.recordSuccess(stranger("0759999L"));
        assertThat(throttle.recordFailure(stranger("0759999L"))).isFalse();

        var device = new LoginThrottle.Attempt("0759999L", null, "nonce");
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(device);
        }
        throttle.recordSuccess(device);
        assertThat(state.failures("device:nonce")).isZero();
        assertThat(state.failures("login:0759999L")).as("the login's count is not the device's").isEqualTo(1);
    }

    @Test
    void failuresOlderThan15MinutesAreForgottenAndTheirRowsPurged() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(stranger("0759999L"));
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.recordFailure(stranger("0759999L"))).isFalse();
        assertThat(state.failures("login:0759999L")).isEqualTo(1);
        clock.advance(Duration.ofMinutes(16));
        throttle.purge();
        assertThat(state.failures("login:0759999L")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_throttle").query(Integer.class).single()).isZero();
    }

    @Test
    void aLockIsKeptAcrossARestart() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(stranger("0759999L"));
        }
        clock.advance(Duration.ofSeconds(20));
        // A new instance has nothing in memory: what it refuses, it read from MariaDB.
        LoginThrottle afterRestart = newInstance();
        var refused = catchThrowableOfType(LoginThrottledException.class,
                () -> afterRestart.check(stranger("0759999L")));
        assertThat(refused).isNotNull();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(40));
        // And it keeps escalating from there: the next failure doubles the delay.
        clock.advance(Duration.ofSeconds(40));
        afterRestart.recordFailure(stranger("0759999L"));
        assertThat(refusedFor(stranger("0759999L"))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void failuresCountedAtOnceByTwoInstancesAreAllCounted() throws Exception {
        LoginThrottle other = newInstance();
        int perInstance = 10;
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(4)) {
            var results = new ArrayList<Future<Boolean>>();
            for (int i = 0; i < perInstance * 2; i++) {
                LoginThrottle instance = i % 2 == 0 ? throttle : other;
                results.add(pool.submit(() -> {
                    start.await();
                    return instance.recordFailure(LoginThrottle.Attempt.untrusted("0759999L", "203.0.113.9"));
                }));
            }
            start.countDown();
            for (var result : results) {
                result.get();
            }
        }
        assertThat(state.failures("login:0759999L")).isEqualTo(perInstance * 2);
        assertThat(state.failures("address:203.0.113.9")).isEqualTo(perInstance * 2);
    }

    @Test
    void aLimitedUseIsGrantedThreeTimesAnHour() {
        var granted = new ArrayList<Boolean>();
        for (int i = 0; i < 4; i++) {
            granted.add(throttle.tryAcquire("password-help:0759999L", 3, Duration.ofHours(1)));
            clock.advance(Duration.ofMinutes(5));
        }
        assertThat(granted).containsExactly(true, true, true, false);
        clock.advance(Duration.ofMinutes(45));
        assertThat(throttle.tryAcquire("password-help:0759999L", 3, Duration.ofHours(1))).isTrue();
        // The purge keeps an hour's limit for its hour, not a quarter of an hour.
        clock.advance(Duration.ofMinutes(30));
        throttle.purge();
        assertThat(state.failures("password-help:0759999L")).isEqualTo(1);
    }

    @Test
    void theMessageRoundsTheWaitUpToWholeMinutes() {
        assertThat(new LoginThrottledException(Duration.ofSeconds(61)).retryAfterMinutes()).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ofSeconds(5)).retryAfterMinutes()).isEqualTo(1);
    }
}
