package fr.cpro.establishment;

import java.io.Serial;

/**
 * A change to a school or its subscriptions that the support team must read about, in French: the view
 * shows {@code getTranslation(messageKey(), params())}.
 */
public class SchoolRefusedException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] params;

    public SchoolRefusedException(String messageKey, Object... params) {
        super(messageKey);
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
