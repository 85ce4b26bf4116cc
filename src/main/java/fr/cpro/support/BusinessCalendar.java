package fr.cpro.support;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * "Heures ouvrées": time that falls on Monday to Friday, French public holidays excepted
 * (fixed days, Easter Monday, Ascension, Whit Monday, from Jollyday's national calendar),
 * in Europe/Paris. "72 heures ouvrées" are 72 hours of such time: three business days.
 */
@Component
public class BusinessCalendar {

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    private final ZoneId zone;

    /** Days begin and end in the clock's zone, the schools' one. */
    public BusinessCalendar(Clock clock) {
        this.zone = clock.getZone();
    }

    /** Whether this day is worked: a weekday that is not a national public holiday. */
    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !holidays.isHoliday(day);
    }

    /**
     * The instant at which {@code businessHours} hours of business time have passed since {@code start}.
     * Time outside business days does not count: a ticket sent on a Saturday starts counting on Monday at
     * 00:00. Hours are real elapsed time, so a daylight-saving change is counted as it happens.
     */
    public Instant addBusinessHours(Instant start, long businessHours) {
        if (businessHours < 0) {
            throw new IllegalArgumentException("businessHours < 0");
        }
        return addBusinessTime(start, Duration.ofHours(businessHours));
    }

    /** Like {@link #addBusinessHours}, for any length of business time (a paused deadline's rest). */
    public Instant addBusinessTime(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("businessTime < 0");
        }
        Duration remaining = businessTime;
        ZonedDateTime cursor = start.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        // 400 years of days is far more than any deadline needs; the bound only guards against a bad calendar.
        for (int guard = 0; guard < 146_000; guard++) {
            ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(zone);
            if (isBusinessDay(day)) {
                Duration available = Duration.between(cursor, endOfDay);
                if (remaining.compareTo(available) <= 0) {
                    return cursor.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            day = day.plusDays(1);
            cursor = endOfDay;
        }
        throw new IllegalStateException("no business day found after " + start);
    }

    /**
     * The business time from {@code from} to {@code to}: negative when {@code to} comes first, so a deadline
     * already passed reads as time overdue.
     */
    public Duration businessTimeBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return businessTimeBetween(to, from).negated();
        }
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        LocalDate day = cursor.toLocalDate();
        while (cursor.isBefore(end)) {
            ZonedDateTime endOfDay = day.plusDays(1).atStartOfDay(zone);
            ZonedDateTime stop = endOfDay.isBefore(end) ? endOfDay : end;
            if (isBusinessDay(day)) {
                total = total.plus(Duration.between(cursor, stop));
            }
            day = day.plusDays(1);
            cursor = stop;
        }
        return total;
    }
}
