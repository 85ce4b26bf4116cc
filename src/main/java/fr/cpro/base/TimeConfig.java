package fr.cpro.base;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The one source of time and of its zone. Every business rule (expiry, deadlines, business hours)
 * and every date shown takes both from the injected {@link Clock} ({@code clock.getZone()}), so a test
 * can fix the time, and the zone is written once.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfig {

    /** The schools are in France: their days, hours and public holidays are Paris's. */
    private static final ZoneId SCHOOLS_ZONE = ZoneId.of("Europe/Paris");

    @Bean
    Clock clock() {
        return Clock.system(SCHOOLS_ZONE);
    }
}
