package fr.cpro.support;

import fr.cpro.Application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a French reader writes them, in Europe/Paris: "mercredi 2 décembre 2026 à 14 h 05". */
public final class FrenchDates {

    private static final DateTimeFormatter LONG = DateTimeFormatter
            .ofPattern("EEEE d MMMM yyyy 'à' H 'h' mm", Locale.FRANCE).withZone(Application.ZONE);
    private static final DateTimeFormatter SHORT = DateTimeFormatter
            .ofPattern("dd/MM/yyyy HH:mm", Locale.FRANCE).withZone(Application.ZONE);

    private FrenchDates() {
    }

    /** "mercredi 2 décembre 2026 à 14 h 05". */
    public static String full(Instant instant) {
        return instant == null ? "" : LONG.format(instant);
    }

    /** "02/12/2026 14:05", for grids. */
    public static String compact(Instant instant) {
        return instant == null ? "" : SHORT.format(instant);
    }
}
