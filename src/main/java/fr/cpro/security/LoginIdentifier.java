package fr.cpro.security;

import java.util.Locale;

/**
 * Turns what was typed in the login field into the stored login: a school administrator
 * signs in only with the school's UAI, an agent with a professional e-mail address.
 */
public final class LoginIdentifier {

    private LoginIdentifier() {
    }

    /**
     * @return the normalised UAI, or the trimmed lower-cased e-mail
     * @throws InvalidUaiException when it is neither an e-mail nor a valid UAI
     */
    public static String normalise(String typed) {
        String trimmed = typed == null ? "" : typed.strip();
        if (trimmed.contains("@")) {
            return trimmed.toLowerCase(Locale.ROOT);
        }
        return Uai.parse(trimmed).value();
    }
}
