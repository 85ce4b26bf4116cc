package fr.cpro.security;

import org.springframework.security.authentication.BadCredentialsException;

/**
 * What a user typed is not a valid UAI. This says nothing about whether an account
 * exists: the format and the check letter are public rules, checked before any lookup.
 */
public class InvalidUaiException extends BadCredentialsException {

    /** Why the identifier was refused; each reason has its own French message. */
    public enum Reason {
        /** Not seven digits and a letter, nor an e-mail address. */
        FORMAT,
        /** Seven digits and a letter, but the letter is not the check letter. */
        CHECK_LETTER
    }

    private final Reason reason;

    public InvalidUaiException(Reason reason) {
        super("invalid UAI: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The translation key of the French message shown on the login page. */
    public String messageKey() {
        return reason == Reason.CHECK_LETTER ? "login.error.uai.check-letter" : "login.error.uai.format";
    }
}
