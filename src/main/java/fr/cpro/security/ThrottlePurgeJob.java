package fr.cpro.security;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Every five minutes, the expired rows of the sign-in throttle go, on one instance at a time: the
 * instances take turns through the {@code shedlock} row {@value #LOCK} (a purge on every node would
 * only repeat the same DELETE), and one run holds it long enough that the others skip that round.
 */
@Component
class ThrottlePurgeJob {

    static final String LOCK = "sign-in-throttle-purge";

    private final LoginThrottle throttle;
    private final LockingTaskExecutor locks;

    ThrottlePurgeJob(LoginThrottle throttle, LockingTaskExecutor locks) {
        this.throttle = throttle;
        this.locks = locks;
    }

    @Scheduled(fixedDelay = 5 * 60 * 1000, initialDelay = 5 * 60 * 1000)
    void purge() {
        locks.executeWithLock((Runnable) throttle::purge,
                new LockConfiguration(ClockProvider.now(), LOCK, Duration.ofMinutes(4), Duration.ofMinutes(4)));
    }
}
