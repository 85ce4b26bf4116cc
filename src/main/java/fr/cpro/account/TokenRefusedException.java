package fr.cpro.account;

/** A link from a mail that cannot be used; each reason has its own French message. */
public class TokenRefusedException extends RuntimeException {

    /** Why the link is refused. */
    public enum Reason {
        /** Unknown: mistyped, cut by the mailbox, tampered with, or for another page. */
        INVALID,
        /** Already used once. */
        USED,
        /** Past its validity. */
        EXPIRED,
        /** A newer link of the same kind was sent since. */
        REPLACED
    }

    private final Reason reason;
    private final TokenPurpose purpose;

    public TokenRefusedException(Reason reason, TokenPurpose purpose) {
        super("link refused: " + reason);
        this.reason = reason;
        this.purpose = purpose;
    }

    public Reason reason() {
        return reason;
    }

    /** The translation key of the French message, e.g. {@code token.ACTIVATION.EXPIRED}. */
    public String messageKey() {
        return "token." + purpose.name() + "." + reason.name();
    }
}
