package fr.cpro.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Normalises the identifier (UAI or e-mail) and checks the UAI's check letter before any
 * account lookup, refuses throttled logins and addresses, then authenticates the password.
 *
 * <p>Unknown accounts, accounts awaiting their first connection, disabled accounts and wrong
 * passwords all end in the same {@code BadCredentialsException}, and cost about the same
 * time: Spring's provider runs the password encoder against a dummy hash when the account
 * does not exist. Throttling counts per login whether or not an account has it, so it
 * cannot be used to find accounts either; a browser carrying this login's genuine device
 * cookie ({@link DeviceCookies}) is judged by its own count only. Every outcome goes to the
 * audit trail.
 */
class LoginAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final DeviceCookies devices;
    private final AuditLog audit;

    LoginAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                DeviceCookies devices, AuditLog audit) {
        this.passwords = new SessionSafeDaoProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.devices = devices;
        this.audit = audit;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : null;
        String login;
        try {
            login = LoginIdentifier.normalise(authentication.getName());
        } catch (InvalidUaiException e) {
            // A public format rule, checked before any lookup: not a guess at a password.
            // What was typed is not kept: it may be a password typed in the wrong field.
            audit.record(AuditEvent.Type.SIGN_IN_FAILURE, null, null, address, "identifiant non valide");
            throw e;
        }
        String device = ClientRequest.current().flatMap(request -> devices.verifiedNonce(request, login)).orElse(null);
        var attempt = new LoginThrottle.Attempt(login, address, device);
        try {
            throttle.check(attempt);
        } catch (LoginThrottledException e) {
            audit.record(AuditEvent.Type.SIGN_IN_THROTTLED, null, login, address,
                    "refusée pendant encore " + e.retryAfter().toSeconds() + " s");
            throw e;
        }
        var normalised = UsernamePasswordAuthenticationToken.unauthenticated(login, authentication.getCredentials());
        normalised.setDetails(authentication.getDetails());
        Authentication result;
        try {
            result = passwords.authenticate(normalised);
        } catch (AuthenticationException e) {
            boolean locked = throttle.recordFailure(attempt);
            audit.record(AuditEvent.Type.SIGN_IN_FAILURE, null, login, address,
                    locked ? "échec ; connexions suspendues" : "échec");
            if (e instanceof AccountStatusException) {
                // A disabled account answers as a wrong password: nothing tells it exists.
                throw new BadCredentialsException("Bad credentials");
            }
            throw e;
        }
        throttle.recordSuccess(attempt);
        Long accountId = result.getPrincipal() instanceof CproPrincipal p ? p.accountId() : null;
        audit.record(AuditEvent.Type.SIGN_IN_SUCCESS, accountId, login, address, null);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Keeps the password hash out of the session. */
    private static final class SessionSafeDaoProvider extends DaoAuthenticationProvider {

        SessionSafeDaoProvider(UserDetailsService users) {
            super(users);
        }

        @Override
        protected Authentication createSuccessAuthentication(Object principal, Authentication authentication,
                                                             UserDetails user) {
            Object kept = principal instanceof CproPrincipal p ? p.withoutPassword() : principal;
            return super.createSuccessAuthentication(kept, authentication, user);
        }
    }
}
