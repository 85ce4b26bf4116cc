package fr.cpro.account;

import java.time.Duration;

/** What a link sent by mail is for, and how long it stays valid. */
public enum TokenPurpose {
    /** First connection of a school's administrator: 7 days. */
    ACTIVATION(Duration.ofDays(7)),
    /** Mot de passe oublié: 1 hour. */
    PASSWORD_RESET(Duration.ofHours(1)),
    /** Confirmation of a new e-mail address: 24 hours. */
    EMAIL_CHANGE(Duration.ofHours(24));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
