package fr.cpro.base;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates as the French screens and mails write them, the one rule for the whole app: "1er décembre 2026",
 * "mercredi 2 décembre 2026 à 14 h 05", "02/12/2026 14:05". The words (months, weekdays, "1er", "à … h")
 * come from the translations; instants are shown in the clock's zone, the schools' one.
 */
@Component
public class FrenchDates {

    private final Translations translations;
    private final ZoneId zone;
    private final DateTimeFormatter compact;

    public FrenchDates(Translations translations, Clock clock) {
        this.translations = translations;
        this.zone = clock.getZone();
        this.compact = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(zone);
    }

    /** "1er septembre 2026", "31 août 2027": French writes the first day of a month as an ordinal. */
    public String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        String day = date.getDayOfMonth() == 1 ? word("date.first-day") : String.valueOf(date.getDayOfMonth());
        return word("date.day-month-year", day, word("date.month." + date.getMonthValue()), date.getYear());
    }

    /** "mercredi 2 décembre 2026 à 14 h 05", for a deadline or a message's date. */
    public String full(Instant instant) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(zone);
        return word("date.full", word("date.weekday." + at.getDayOfWeek().getValue()), format(at.toLocalDate()),
                at.getHour(), String.format("%02d", at.getMinute()));
    }

    /** "02/12/2026 14:05", for grids. */
    public String compact(Instant instant) {
        return instant == null ? "" : compact.format(instant);
    }

    private String word(String key, Object... params) {
        return translations.getTranslation(key, Translations.FRENCH, params);
    }
}
