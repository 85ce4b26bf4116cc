package fr.cpro.establishment;

/** A school's details that cannot be saved; the message key says why, in French. */
public class InvalidSchoolDetailsException extends RuntimeException {

    private final String messageKey;

    InvalidSchoolDetailsException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    /** The translation key of the reason. */
    public String messageKey() {
        return messageKey;
    }
}
