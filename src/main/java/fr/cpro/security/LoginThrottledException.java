package fr.cpro.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/**
 * Too many failed sign-ins for this login or from this client address: attempts are refused
 * for a while. Known and unknown logins are throttled alike, so this tells nothing about
 * whether an account exists.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public LoginThrottledException(Duration retryAfter) {
        super("too many failed sign-ins; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** How long attempts stay refused. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** The retry delay in whole minutes, rounded up, at least 1: what the user reads. */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
