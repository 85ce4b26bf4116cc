package fr.cpro.support;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** "72 heures ouvrées" on the calendar days a school would check by hand. */
class BusinessCalendarTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private final BusinessCalendar calendar = new BusinessCalendar(Clock.system(PARIS));

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PARIS).toInstant();
    }

    @ParameterizedTest(name = "{0}: sent {1}, answer by {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ordinary Tuesday                         | 2026-03-10T10:00 | 2026-03-13T10:00
            Friday afternoon                         | 2026-03-13T15:30 | 2026-03-18T15:30
            Saturday: counting starts Monday 00:00   | 2026-03-14T11:00 | 2026-03-19T00:00
            Sunday evening                           | 2026-03-15T23:00 | 2026-03-19T00:00
            Easter weekend (Easter Monday 6 April)   | 2026-04-03T10:00 | 2026-04-09T10:00
            Ascension Thursday 14 May, Friday bridge | 2026-05-13T09:00 | 2026-05-19T09:00
            1 May on a Friday                        | 2026-04-30T12:00 | 2026-05-06T12:00
            8 May on a Friday                        | 2026-05-07T12:00 | 2026-05-13T12:00
            Whit Monday 25 May                       | 2026-05-22T10:00 | 2026-05-28T10:00
            Christmas Eve to Christmas               | 2026-12-24T16:00 | 2026-12-30T16:00
            across New Year's Day                    | 2026-12-30T09:00 | 2027-01-05T09:00
            spring daylight-saving weekend           | 2026-03-27T14:05 | 2026-04-01T14:05
            autumn daylight-saving weekend           | 2026-10-23T14:05 | 2026-10-28T14:05
            the guide's example, Friday 27 November  | 2026-11-27T14:05 | 2026-12-02T14:05
            """)
    void seventyTwoBusinessHours(String caseName, String sent, String expected) {
        assertThat(calendar.addBusinessHours(paris(sent), 72)).as(caseName).isEqualTo(paris(expected));
    }

    @Test
    void publicHolidaysAndWeekendsAreNotWorked() {
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 6))).as("Easter Monday").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 4, 3))).as("Good Friday is worked").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 14))).as("Ascension").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 15))).as("the bridge is worked").isTrue();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 7, 14))).as("14 juillet").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 11))).as("11 novembre").isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 28))).as("Saturday").isFalse();
    }

    @Test
    void aSpringDaylightSavingSundayCountsItsRealHoursWhenItIsEverAWorkedDay() {
        // Sundays are never worked in France, so this only shows the arithmetic is in real time:
        // Monday 30 March 2026 + 24 h = Tuesday 00:00, whatever happened on Sunday.
        assertThat(calendar.addBusinessHours(paris("2026-03-30T00:00"), 24)).isEqualTo(paris("2026-03-31T00:00"));
    }

    @Test
    void businessTimeBetweenSkipsWeekendsAndHolidaysAndIsSignedWhenTheEndComesFirst() {
        // Thursday noon to Monday noon around 1 May (a Friday): Thursday's 12 h and Monday's 12 h.
        var thursday = paris("2026-04-30T12:00");
        var monday = paris("2026-05-04T12:00");
        assertThat(calendar.businessTimeBetween(thursday, monday)).isEqualTo(java.time.Duration.ofHours(24));
        assertThat(calendar.businessTimeBetween(monday, thursday)).isEqualTo(java.time.Duration.ofHours(-24));
        assertThat(calendar.businessTimeBetween(paris("2026-05-02T08:00"), paris("2026-05-03T20:00")))
                .as("a weekend has no business time").isZero();
    }

    @ParameterizedTest(name = "sent {0}")
    @CsvSource({"2026-03-13T15:30", "2026-03-14T11:00", "2026-04-03T10:00", "2026-10-23T14:05"})
    void addingThenMeasuringGivesTheSameBusinessTime(String sent) {
        // A paused deadline keeps what businessTimeBetween measured and resumes with addBusinessTime.
        var start = paris(sent);
        assertThat(calendar.businessTimeBetween(start, calendar.addBusinessHours(start, 72)))
                .isEqualTo(java.time.Duration.ofHours(72));
        var rest = java.time.Duration.ofMinutes(10 * 60 + 17);
        assertThat(calendar.businessTimeBetween(start, calendar.addBusinessTime(start, rest))).isEqualTo(rest);
    }
}
