package fr.cpro.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The signed-in user, as kept in the security context for the whole session.
 *
 * @param accountId       the account's id
 * @param login           the UAI of a school administrator, or an agent's e-mail
 * @param passwordHash    only while authenticating: the session keeps {@link #withoutPassword()}
 * @param firstName       Prénom (may be empty before the first connection)
 * @param lastName        NOM
 * @param role            one of {@link AppRoles}
 * @param establishmentId the school of an administrator; {@code null} for agents
 * @param enabled         whether the account may sign in
 */
public record CproPrincipal(long accountId, String login, String passwordHash, String firstName,
                            String lastName, String role, Long establishmentId, boolean enabled)
        implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    /** "Prénom NOM", as the guide writes it in the blue banner. */
    public String displayName() {
        return displayName(firstName, lastName, login);
    }

    /** "Prénom NOM" from the parts; the fallback (the login) when both are empty. */
    public static String displayName(String firstName, String lastName, String fallback) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip().toUpperCase(Locale.FRENCH);
        String name = (first + " " + last).strip();
        return name.isEmpty() ? fallback : name;
    }

    public boolean isSchoolAdministrator() {
        return AppRoles.ETABLISSEMENT.equals(role);
    }

    public boolean isAgent() {
        return AppRoles.AGENT.equals(role) || AppRoles.SUPERVISEUR.equals(role);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        if (AppRoles.SUPERVISEUR.equals(role)) {
            return List.of(new SimpleGrantedAuthority("ROLE_" + AppRoles.SUPERVISEUR),
                    new SimpleGrantedAuthority("ROLE_" + AppRoles.AGENT));
        }
        return List.of(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return login;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The same user without the password hash, to keep in the session. */
    public CproPrincipal withoutPassword() {
        return new CproPrincipal(accountId, login, null, firstName, lastName, role, establishmentId, enabled);
    }
}
