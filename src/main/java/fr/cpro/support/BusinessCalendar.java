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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Heures ouvrées": time that falls on Monday to Friday, French public holidays excepted
 * (fixed days, Easter Monday, Ascension, Whit Monday, from Jollyday's national calendar),
 * in Europe/Paris. "72 heures ouvrées" are 72 hours of such time: three business days.
 */
@Component
public class BusinessCalendar {

    private final HolidayManager holidays = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    private final ZoneId zone;
    /** Jollyday's answer per day, kept: the queue asks it for every day of every row's deadline. */
    private final Map<LocalDate, Boolean> holidayDays = new ConcurrentHashMap<>();

    /** Days begin and end in the clock's zone, the schools' one. */
    public BusinessCalendar(Clock clock) {
        this.zone = clock.getZone();
    }

    /** Whether this day is worked: a weekday that is not a national public holiday. */
    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
                && !holidayDays.computeIfAbsent(day, d -> holidays.isHoliday(d));
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
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        LocalDate firstDay = cursor.toLocalDate();
        LocalDate lastDay = end.toLocalDate();
        if (!lastDay.isAfter(firstDay.plusDays(1))) {
            return businessTimeDayByDay(cursor, end);
        }
        // The first and last days as they fall; the whole days between counted without building a time for each
        // (a deadline passed years ago spans a thousand days): 24 h each, corrected by the offset changes
        // (daylight saving) that happen on whole business days.
        ZonedDateTime secondDay = firstDay.plusDays(1).atStartOfDay(zone);
        ZonedDateTime lastDayStart = lastDay.atStartOfDay(zone);
        Duration total = businessTimeDayByDay(cursor, secondDay).plus(businessTimeDayByDay(lastDayStart, end));
        long businessDays = 0;
        for (LocalDate day = firstDay.plusDays(1); day.isBefore(lastDay); day = day.plusDays(1)) {
            if (isBusinessDay(day)) {
                businessDays++;
            }
        }
        total = total.plus(Duration.ofDays(businessDays));
        var rules = zone.getRules();
        for (var t = rules.nextTransition(secondDay.toInstant().minusNanos(1)); t != null
                && t.getInstant().isBefore(lastDayStart.toInstant()); t = rules.nextTransition(t.getInstant())) {
            if (isBusinessDay(t.getInstant().atZone(zone).toLocalDate())) {
                total = total.minus(t.getDuration());
            }
        }
        return total;
    }

    private Duration businessTimeDayByDay(ZonedDateTime from, ZonedDateTime end) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from;
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
