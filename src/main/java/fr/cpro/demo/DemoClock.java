package fr.cpro.demo;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * The application's clock in the demo, which the seed can set back for its own thread only: the demo tickets are
 * written through the services as if each step had happened days ago (sent, answered, resolved), so their dates,
 * deadlines, deadlines met or missed and references are what the rules give, not rows edited afterwards. Every other
 * thread (requests, scheduled jobs, the mail worker) always reads the real time.
 */
final class DemoClock extends Clock {

    private final Clock real;
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    DemoClock(Clock real) {
        this.real = real;
    }

    /** Runs {@code action} on this thread as if it were {@code at} (never later than now). */
    <T> T at(Instant at, Supplier<T> action) {
        Instant previous = pinned.get();
        Instant now = real.instant();
        pinned.set(at.isAfter(now) ? now : at);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                pinned.remove();
            } else {
                pinned.set(previous);
            }
        }
    }

    /** The real time, whatever the seed's thread pretends. */
    Instant realNow() {
        return real.instant();
    }

    @Override
    public Instant instant() {
        Instant at = pinned.get();
        return at != null ? at : real.instant();
    }

    @Override
    public ZoneId getZone() {
        return real.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return real.withZone(zone);
    }

    /** With the demo profile, every service takes its time from here (the base clock stays the real one). */
    @Configuration(proxyBeanMethods = false)
    @Profile("demo")
    static class Config {

        @Bean
        @Primary
        DemoClock demoClock(@Qualifier("clock") Clock clock) {
            return new DemoClock(clock);
        }
    }
}
