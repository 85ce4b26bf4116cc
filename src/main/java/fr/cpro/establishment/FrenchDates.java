package fr.cpro.establishment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the French screens write them: "31 août 2027", "1er septembre 2026". */
public final class FrenchDates {

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private FrenchDates() {
    }

    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        // French writes the first day of a month as an ordinal.
        String day = date.getDayOfMonth() == 1 ? "1er" : String.valueOf(date.getDayOfMonth());
        return day + " " + MONTH_YEAR.format(date);
    }
}
