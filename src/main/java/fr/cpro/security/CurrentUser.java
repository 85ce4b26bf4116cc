package fr.cpro.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Who is signed in, for views and services alike.
 */
@Component
public class CurrentUser {

    private final AuthenticationContext authenticationContext;

    CurrentUser(AuthenticationContext authenticationContext) {
        this.authenticationContext = authenticationContext;
    }

    /** The signed-in user, if any. Works in views and in services (any thread with a security context). */
    public Optional<CproPrincipal> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof CproPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses access when nobody is. */
    public CproPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    /** Ends the session server-side and goes back to the login page. */
    public void logout() {
        authenticationContext.logout();
    }
}
