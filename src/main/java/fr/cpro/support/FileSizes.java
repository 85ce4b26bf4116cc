package fr.cpro.support;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** File sizes written the French way: "5,2 Mo", "6 Go" (binary multiples, as the guide's "6 Go" means). */
public final class FileSizes {

    private static final String[] UNITS = {"o", "Ko", "Mo", "Go", "To"};

    private FileSizes() {
    }

    public static String format(long bytes) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        var format = new DecimalFormat(unit == 0 ? "0" : "0.#", DecimalFormatSymbols.getInstance(Locale.FRANCE));
        return format.format(value) + "\u00a0" + UNITS[unit];
    }
}
