package fr.cpro.support;

import java.io.Serial;
import java.util.List;

/**
 * A refusal the user must read, in French: the view shows {@code getTranslation(messageKey, params)}.
 */
public class SupportException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] params;

    public SupportException(String messageKey, Object... params) {
        super(messageKey);
        this.messageKey = messageKey;
        this.params = params;
    }

    public SupportException(String messageKey, Throwable cause, Object... params) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.params = params;
    }

    /** A required text left empty: the key is {@code field + ".required"}, e.g. "support.error.subject.required". */
    static SupportException required(String field) {
        return new SupportException(fieldKeys(field).get(0));
    }

    /** A text over its limit: the key is {@code field + ".too-long"}, {0} the limit. */
    static SupportException tooLong(String field, int max) {
        return new SupportException(fieldKeys(field).get(1), max);
    }

    /** The keys a field's refusals use: required, then too long (TranslationKeysTest checks them). */
    public static List<String> fieldKeys(String field) {
        return List.of(field + ".required", field + ".too-long");
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
