package fr.cpro.establishment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The subscription rules on fixed days, independent of today's date. */
class SubscriptionStatusTest {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 8, 31);

    @Test
    void validUntilMoreThanThirtyDaysBeforeTheEnd() {
        assertThat(SubscriptionStatus.on(START, END, START)).isEqualTo(SubscriptionStatus.VALID);
        assertThat(SubscriptionStatus.on(START, END, END.minusDays(31))).isEqualTo(SubscriptionStatus.VALID);
    }

    @Test
    void warnsFromThirtyDaysBeforeTheEndUntilTheLastDay() {
        assertThat(SubscriptionStatus.on(START, END, END.minusDays(30))).isEqualTo(SubscriptionStatus.EXPIRING);
        assertThat(SubscriptionStatus.on(START, END, END)).isEqualTo(SubscriptionStatus.EXPIRING);
        assertThat(SubscriptionStatus.EXPIRING.usable()).as("still usable while it warns").isTrue();
    }

    @Test
    void expiredTheDayAfterItsLastDay() {
        assertThat(SubscriptionStatus.on(START, END, END.plusDays(1))).isEqualTo(SubscriptionStatus.EXPIRED);
        assertThat(SubscriptionStatus.EXPIRED.usable()).isFalse();
    }

    @Test
    void notUsableBeforeItStarts() {
        assertThat(SubscriptionStatus.on(START, END, START.minusDays(1))).isEqualTo(SubscriptionStatus.UPCOMING);
        assertThat(SubscriptionStatus.UPCOMING.usable()).isFalse();
    }
}
