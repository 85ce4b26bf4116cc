package fr.cpro.demo;

import fr.cpro.account.AccountService;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.security.RunAs;
import fr.cpro.security.Uai;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The demo's school and support team, so a newcomer can sign in at once. Only with the
 * {@code demo} profile (asked for by {@code mvn spring-boot:run}, never in production: the
 * passwords are published), and idempotent: restarting keeps what is there.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "cpro-demo-2026";
    static final String SCHOOL_UAI = "0759999L";
    static final String AGENT = "agent@cpro.demo";
    static final String SUPERVISOR = "superviseur@cpro.demo";
    /** Valid for long: the school's first valid diploma, the one a first sign-in lands in. */
    static final String DIPLOMA_VALID = "BACPRO-MELEC";
    /** Ends within 30 days of the seeding, to show Accueil's warning. */
    static final String DIPLOMA_ENDING = "BTS-ELEC";
    /** Ended: listed in "Changer de diplôme" but not selectable. */
    static final String DIPLOMA_EXPIRED = "CAP-ELEC";
    /** A second school, created by the support team but not activated yet: its activation mail waits in the outbox. */
    static final String PENDING_SCHOOL_UAI = "0759998" + Uai.checkLetter("0759998");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final EstablishmentService establishments;
    private final AccountService accounts;
    private final DiplomaService diplomas;
    private final Clock clock;

    DemoData(EstablishmentService establishments, AccountService accounts, DiplomaService diplomas, Clock clock) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.diplomas = diplomas;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // The support team creates schools and accounts: the seed acts as a supervisor.
        RunAs.supportTeam("demo-seed", this::seed);
    }

    private void seed() {
        LocalDate today = LocalDate.now(clock);
        var school = establishments.findByUai(SCHOOL_UAI).orElseGet(this::createSchoolAndTeam);
        // Schools created before subscriptions existed get theirs now; existing ones are left as they are.
        if (diplomas.subscriptionsOf(school.id()).isEmpty()) {
            diplomas.subscribe(school.id(), DIPLOMA_VALID, today.minusYears(1), today.plusYears(2), 120);
            diplomas.subscribe(school.id(), DIPLOMA_ENDING, today.minusYears(1), today.plusDays(20), 45);
            diplomas.subscribe(school.id(), DIPLOMA_EXPIRED, today.minusYears(2), today.minusDays(60), 30);
            log.info("Demo subscriptions created for school {}", SCHOOL_UAI);
        }
        var pending = establishments.findByUai(PENDING_SCHOOL_UAI).orElseGet(this::createSchoolAwaitingActivation);
        if (diplomas.subscriptionsOf(pending.id()).isEmpty()) {
            diplomas.subscribe(pending.id(), DIPLOMA_VALID, today.minusMonths(2), today.plusYears(1), 60);
        }
    }

    /**
     * The first connection, for a newcomer to try: no password, no administrator's name; the
     * account's creation queued its activation mail, readable on the demo's outbox page.
     */
    private EstablishmentSummary createSchoolAwaitingActivation() {
        var school = establishments.create(PENDING_SCHOOL_UAI, "Lycée des métiers de démonstration",
                "ce." + PENDING_SCHOOL_UAI + "@ac-paris.fr", "Paris");
        accounts.createSchoolAdministrator(school, null, null, null);
        log.info("Demo school {} awaits its first connection: activation mail at /demo/courriels", PENDING_SCHOOL_UAI);
        return school;
    }

    private EstablishmentSummary createSchoolAndTeam() {
        var school = establishments.create(SCHOOL_UAI, "Lycée professionnel de démonstration",
                "ce.0759999L@ac-paris.fr", "Paris");
        accounts.createSchoolAdministrator(school, "Camille", "Martin", PASSWORD);
        accounts.createAgent(AGENT, "Alex", "Durand", false, PASSWORD);
        accounts.createAgent(SUPERVISOR, "Sacha", "Bernard", true, PASSWORD);
        log.info("Demo data created: school {} (password {}), {} and {}", SCHOOL_UAI, PASSWORD, AGENT, SUPERVISOR);
        return school;
    }
}
