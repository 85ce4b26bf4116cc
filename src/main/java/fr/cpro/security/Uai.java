package fr.cpro.security;

import java.io.Serializable;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A school's UAI (unité administrative immatriculée): seven characters and a check letter,
 * for example {@code 0750655E}.
 *
 * <p>The check letter is {@code ABCDEFGHJKLMNPRSTUVWXYZ[n mod 23]} where n is the first
 * seven characters read as a number. Corsica's départements 2A and 2B are written 620 and
 * 720 in UAIs; a user who types {@code 02A…}/{@code 02B…} is understood too.
 *
 * @param value the normalised UAI: eight characters, upper case
 */
public record Uai(String value) implements Serializable {

    static final String CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ";
    private static final Pattern SHAPE = Pattern.compile("\\d{7}[A-Z]");
    private static final Pattern CORSICA = Pattern.compile("02([AB])(\\d{4}[A-Z])");

    public Uai {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidUaiException(InvalidUaiException.Reason.FORMAT);
        }
        if (value.charAt(7) != checkLetter(value.substring(0, 7))) {
            throw new InvalidUaiException(InvalidUaiException.Reason.CHECK_LETTER);
        }
    }

    /**
     * Normalises what a user typed (spaces removed, upper case, Corsican spelling) and
     * verifies the check letter.
     *
     * @throws InvalidUaiException with the reason, when it is not a valid UAI
     */
    public static Uai parse(String raw) {
        return new Uai(normalise(raw));
    }

    /** Trims, drops inner spaces and upper-cases; maps {@code 02A}/{@code 02B} to 620/720. */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = raw.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        var corsica = CORSICA.matcher(s);
        if (corsica.matches()) {
            s = ("A".equals(corsica.group(1)) ? "620" : "720") + corsica.group(2);
        }
        return s;
    }

    /** The check letter of the seven first characters (digits). */
    public static char checkLetter(String sevenDigits) {
        if (sevenDigits == null || !sevenDigits.matches("\\d{7}")) {
            throw new IllegalArgumentException("seven digits expected: " + sevenDigits);
        }
        return CHECK_LETTERS.charAt(Integer.parseInt(sevenDigits) % CHECK_LETTERS.length());
    }

    @Override
    public String toString() {
        return value;
    }
}
