package fr.cpro.support;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business time over long spans (a deadline passed years ago, shown on the queue's first page) is computed
 * without walking each day's times, and equals the plain day-by-day sum, daylight-saving days included.
 */
class BusinessCalendarLongSpanTest {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    final BusinessCalendar calendar = new BusinessCalendar(Clock.system(PARIS));

    /** The definition: each day's part of [from, to) in Paris, counted when the day is worked. */
    private Duration dayByDay(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(PARIS);
        ZonedDateTime end = to.atZone(PARIS);
        for (LocalDate day = cursor.toLocalDate(); cursor.isBefore(end); day = day.plusDays(1)) {
            ZonedDateTime next = day.plusDays(1).atStartOfDay(PARIS);
            ZonedDateTime stop = next.isBefore(end) ? next : end;
            if (calendar.isBusinessDay(day)) {
                total = total.plus(Duration.between(cursor, stop));
            }
            cursor = stop;
        }
        return total;
    }

    @Test
    void longSpansEqualTheDayByDaySumAcrossDaylightSavingAndHolidays() {
        var random = new Random(8);
        Instant base = ZonedDateTime.of(2022, 1, 1, 0, 0, 0, 0, PARIS).toInstant();
        for (int i = 0; i < 300; i++) {
            Instant from = base.plusSeconds(random.nextLong(4L * 365 * 24 * 3600));
            Instant to = from.plusSeconds(random.nextLong(i % 3 == 0 ? 3 * 24 * 3600 : 3L * 365 * 24 * 3600));
            assertThat(calendar.businessTimeBetween(from, to)).as(from + " → " + to).isEqualTo(dayByDay(from, to));
            assertThat(calendar.businessTimeBetween(to, from)).isEqualTo(dayByDay(from, to).negated());
        }
        // Spans over the spring (23 h) and autumn (25 h) changes of 2026, both on Sundays, and Easter Monday.
        Instant friday = ZonedDateTime.of(2026, 3, 27, 12, 0, 0, 0, PARIS).toInstant();
        Instant wednesday = ZonedDateTime.of(2026, 4, 8, 12, 0, 0, 0, PARIS).toInstant();
        assertThat(calendar.businessTimeBetween(friday, wednesday)).isEqualTo(dayByDay(friday, wednesday))
                .isEqualTo(Duration.ofHours(12 + 5 * 24 + 24 + 12));
    }
}
