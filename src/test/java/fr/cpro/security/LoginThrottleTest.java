package fr.cpro.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private Duration refusedFor(String login, String address) {
        var e = catchThrowableOfType(LoginThrottledException.class, () -> throttle.check(login, address));
        return e == null ? Duration.ZERO : e.retryAfter();
    }

    @Test
    void fourFailuresAreFreeTheFifthLocksForAMinute() {
        for (int i = 0; i < 4; i++) {
            assertThat(throttle.recordFailure("0759999L", null)).isFalse();
            assertThatCode(() -> throttle.check("0759999L", null)).doesNotThrowAnyException();
        }
        assertThat(throttle.recordFailure("0759999L", null)).isTrue();
        assertThat(refusedFor("0759999L", null)).isEqualTo(Duration.ofMinutes(1));
        assertThat(refusedFor("0750655E", null)).as("another account").isZero();
    }

    @Test
    void theDelayDoublesUpTo15Minutes() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("x@cpro.demo", null);
        }
        var delays = new java.util.ArrayList<Long>();
        for (int i = 0; i < 7; i++) {
            throttle.recordFailure("x@cpro.demo", null);
            Duration wait = refusedFor("x@cpro.demo", null);
            delays.add(wait.toMinutes());
            clock.advance(wait);
        }
        assertThat(delays).containsExactly(1L, 2L, 4L, 8L, 15L, 15L, 15L);
    }

    @Test
    void fiveFailuresFromOneAddressLockThatAddressWhateverTheLogins() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("08000" + i + "0X", "203.0.113.7");
        }
        assertThat(refusedFor("0759999L", "203.0.113.7")).isEqualTo(Duration.ofMinutes(1));
        assertThat(refusedFor("0759999L", "198.51.100.1")).isZero();
    }

    @Test
    void aSuccessResetsTheAccountsCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("0759999L", null);
        }
        throttle.recordSuccess("0759999L");
        assertThat(throttle.recordFailure("0759999L", null)).isFalse();
    }

    @Test
    void failuresOlderThan15MinutesAreForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("0759999L", null);
        }
        clock.advance(Duration.ofMinutes(16));
        assertThat(throttle.recordFailure("0759999L", null)).isFalse();
        throttle.prune();
        assertThat(refusedFor("0759999L", null)).isZero();
    }

    @Test
    void theMessageRoundsTheWaitUpToWholeMinutes() {
        assertThat(new LoginThrottledException(Duration.ofSeconds(61)).retryAfterMinutes()).isEqualTo(2);
        assertThat(new LoginThrottledException(Duration.ofSeconds(5)).retryAfterMinutes()).isEqualTo(1);
    }
}
