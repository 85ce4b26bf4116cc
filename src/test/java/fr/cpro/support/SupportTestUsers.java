package fr.cpro.support;

import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.Uai;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs tests in as the demo school, a second school ("school B") or an agent. */
final class SupportTestUsers {

    static final String SCHOOL_A = "0759999L";
    static final String SCHOOL_B = "0758888" + Uai.checkLetter("0758888");
    static final String AGENT = "agent@cpro.demo";

    private SupportTestUsers() {
    }

    /** Creates school B once (as the support team would). */
    static void ensureSchoolB(EstablishmentService establishments, AccountService accounts) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("setup", null,
                AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.SUPERVISEUR, "ROLE_" + AppRoles.AGENT)));
        try {
            if (establishments.findByUai(SCHOOL_B).isEmpty()) {
                var school = establishments.create(SCHOOL_B, "Lycée professionnel B", "ce." + SCHOOL_B + "@ac-lyon.fr",
                        "Lyon");
                accounts.createSchoolAdministrator(school, "Dominique", "Petit", "cpro-demo-2026");
            }
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    static CproPrincipal signIn(UserDetailsService users, String login) {
        var principal = (CproPrincipal) users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities()));
        return principal;
    }
}
