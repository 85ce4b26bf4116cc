package fr.cpro.support;

import java.io.Serial;

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

    public String messageKey() {
        return messageKey;
    }

    public Object[] params() {
        return params.clone();
    }
}
