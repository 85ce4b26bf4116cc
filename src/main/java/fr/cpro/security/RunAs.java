package fr.cpro.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.function.Supplier;

/**
 * Runs work under a given identity when no request carries one (demo seeding, tests), so that
 * the services' role checks apply to it as to anyone; the previous security context is put
 * back afterwards.
 */
public final class RunAs {

    private RunAs() {
    }

    /**
     * As the support team (a supervisor, hence an agent too), under a name that says who acts. It grants
     * SUPERVISEUR to whoever calls it, so only the demo seed ({@code fr.cpro.demo}) and the tests may:
     * {@code ArchitectureTest.onlyTheDemoSeedActsAsTheSupportTeam} fails on any other caller.
     */
    public static <T> T supportTeam(String name, Supplier<T> action) {
        return with(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.SUPERVISEUR, "ROLE_" + AppRoles.AGENT)), action);
    }

    public static void supportTeam(String name, Runnable action) {
        supportTeam(name, () -> {
            action.run();
            return null;
        });
    }

    /** As this user, as if signed in. */
    public static <T> T user(CproPrincipal user, Supplier<T> action) {
        return with(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), action);
    }

    private static <T> T with(Authentication authentication, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
