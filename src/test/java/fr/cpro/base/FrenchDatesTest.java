package fr.cpro.base;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** One way of writing a date for the whole app, the first of a month as an ordinal, in the clock's zone. */
class FrenchDatesTest {

    private final FrenchDates dates = new FrenchDates(new Translations(), Clock.system(ZoneId.of("Europe/Paris")));

    @Test
    void theFirstOfTheMonthIsAnOrdinalTheOtherDaysAreNumbers() {
        assertThat(dates.format(LocalDate.of(2026, 12, 1))).isEqualTo("1er décembre 2026");
        assertThat(dates.format(LocalDate.of(2026, 12, 2))).isEqualTo("2 décembre 2026");
        assertThat(dates.format(LocalDate.of(2027, 8, 31))).isEqualTo("31 août 2027");
        assertThat(dates.format(LocalDate.of(2026, 9, 1))).isEqualTo("1er septembre 2026");
    }

    @Test
    void aFullDateNamesTheDayAndTheHourInParis() {
        // 13:05 UTC is 14:05 in Paris in winter.
        assertThat(dates.full(Instant.parse("2026-12-02T13:05:00Z"))).isEqualTo("mercredi 2 décembre 2026 à 14 h 05");
        // The same rule as for a bare date: the first of the month, and midnight in Paris still the 1st.
        assertThat(dates.full(Instant.parse("2026-11-30T23:00:00Z"))).isEqualTo("mardi 1er décembre 2026 à 0 h 00");
    }

    @Test
    void aCompactDateIsForGridsInTheClocksZone() {
        assertThat(dates.compact(Instant.parse("2026-07-14T08:30:00Z"))).isEqualTo("14/07/2026 10:30");
        var utc = new FrenchDates(new Translations(), Clock.systemUTC());
        assertThat(utc.compact(Instant.parse("2026-07-14T08:30:00Z"))).isEqualTo("14/07/2026 08:30");
    }

    @Test
    void noDateIsWrittenAsNothing() {
        assertThat(dates.format(null)).isEmpty();
        assertThat(dates.full(null)).isEmpty();
        assertThat(dates.compact(null)).isEmpty();
    }

    @Test
    void everyMonthAndWeekdayHasItsWord() {
        var translations = new Translations();
        for (int month = 1; month <= 12; month++) {
            assertThat(translations.has("date.month." + month)).as("month " + month).isTrue();
        }
        for (int day = 1; day <= 7; day++) {
            assertThat(translations.has("date.weekday." + day)).as("weekday " + day).isTrue();
        }
        assertThat(dates.format(LocalDate.of(2027, 2, 15))).isEqualTo("15 février 2027");
        assertThat(dates.full(Instant.parse("2027-01-03T09:00:00Z"))).isEqualTo("dimanche 3 janvier 2027 à 10 h 00");
    }
}
