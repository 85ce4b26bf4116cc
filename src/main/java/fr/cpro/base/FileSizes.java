package fr.cpro.base;

import org.springframework.stereotype.Component;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * File sizes written the French way, the one rule for the whole app: "5,2 Mo", "6 Go" (binary multiples,
 * as the guide's "6 Go" means). The units come from the translations ({@code size.unit.0} … {@code .4}).
 */
@Component
public class FileSizes {

    /** o, Ko, Mo, Go, To. */
    static final int UNITS = 5;

    private final Translations translations;

    public FileSizes(Translations translations) {
        this.translations = translations;
    }

    public String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS - 1) {
            value /= 1024;
            unit++;
        }
        var number = new DecimalFormat(unit == 0 ? "0" : "0.#", DecimalFormatSymbols.getInstance(Translations.FRENCH));
        return number.format(value) + "\u00a0" + translations.getTranslation("size.unit." + unit, Translations.FRENCH);
    }
}
