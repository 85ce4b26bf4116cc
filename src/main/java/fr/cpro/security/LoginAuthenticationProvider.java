package fr.cpro.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Normalises the identifier (UAI or e-mail) and checks the UAI's check letter before any
 * account lookup, then authenticates the password. Unknown accounts and wrong passwords end
 * in the same {@code BadCredentialsException}, and cost about the same time: the password
 * encoder is run against a dummy hash when the account does not exist.
 */
class LoginAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;

    LoginAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder) {
        this.passwords = new SessionSafeDaoProvider(users);
        this.passwords.setPasswordEncoder(encoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = LoginIdentifier.normalise(authentication.getName());
        var normalised = UsernamePasswordAuthenticationToken.unauthenticated(login, authentication.getCredentials());
        normalised.setDetails(authentication.getDetails());
        return passwords.authenticate(normalised);
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
