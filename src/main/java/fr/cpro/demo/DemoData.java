package fr.cpro.demo;

import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.security.AppRoles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo's school and support team, so a newcomer can sign in at once. Only with the
 * {@code demo} profile (on by default with the embedded database, never in production),
 * and idempotent: restarting keeps what is there.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "cpro-demo-2026";
    static final String SCHOOL_UAI = "0759999L";
    static final String AGENT = "agent@cpro.demo";
    static final String SUPERVISOR = "superviseur@cpro.demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final EstablishmentService establishments;
    private final AccountService accounts;

    DemoData(EstablishmentService establishments, AccountService accounts) {
        this.establishments = establishments;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        // The support team creates schools and accounts: the seed acts as a supervisor.
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("demo-seed", null,
                AuthorityUtils.createAuthorityList("ROLE_" + AppRoles.SUPERVISEUR, "ROLE_" + AppRoles.AGENT)));
        SecurityContextHolder.setContext(context);
        try {
            seed();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        if (establishments.findByUai(SCHOOL_UAI).isPresent()) {
            return;
        }
        var school = establishments.create(SCHOOL_UAI, "Lycée professionnel de démonstration",
                "ce.0759999L@ac-paris.fr", "Paris");
        accounts.createSchoolAdministrator(school, "Camille", "Martin", PASSWORD);
        accounts.createAgent(AGENT, "Alex", "Durand", false, PASSWORD);
        accounts.createAgent(SUPERVISOR, "Sacha", "Bernard", true, PASSWORD);
        log.info("Demo data created: school {} (password {}), {} and {}", SCHOOL_UAI, PASSWORD, AGENT, SUPERVISOR);
    }
}
