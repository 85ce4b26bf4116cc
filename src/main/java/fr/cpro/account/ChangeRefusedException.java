package fr.cpro.account;

import java.util.List;

/**
 * An account change refused for what the user typed, with the French messages (translation
 * keys) and the field they belong to, so the form shows them next to that field.
 */
public class ChangeRefusedException extends RuntimeException {

    /** The field at fault. */
    public enum Field {
        CURRENT_PASSWORD, NEW_PASSWORD, EMAIL, FIRST_NAME, LAST_NAME
    }

    private final Field field;
    private final List<String> messageKeys;

    public ChangeRefusedException(Field field, List<String> messageKeys) {
        super("refused " + field + ": " + messageKeys);
        this.field = field;
        this.messageKeys = List.copyOf(messageKeys);
    }

    public ChangeRefusedException(Field field, String messageKey) {
        this(field, List.of(messageKey));
    }

    public Field field() {
        return field;
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
