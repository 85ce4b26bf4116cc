package fr.cpro.demo;

import fr.cpro.account.AccountService;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.security.RunAs;
import fr.cpro.security.Uai;
import fr.cpro.support.BusinessCalendar;
import fr.cpro.support.TeamTicketService;
import fr.cpro.support.TicketService;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo's school and support team, so a newcomer can sign in at once, five more schools and forty tickets
 * between them and the team ({@link DemoTickets}), so the queue and a school's ticket list look lived in. Only with the
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

    /**
     * Five more schools, with their administrator (same password), one or two subscriptions and tickets: real-looking
     * vocational lycées (invented names and UAIs, check letters computed), in five académies.
     */
    record DemoSchool(String digits, String name, String academie, String mailDomain, String firstName,
                      String lastName, String diploma, String secondDiploma) {
        String uai() {
            return digits + Uai.checkLetter(digits);
        }
    }

    static final List<DemoSchool> MORE_SCHOOLS = List.of(
            new DemoSchool("0693412", "Lycée professionnel Louis Lumière", "Lyon", "ac-lyon.fr", "Nadia", "Benali",
                    "BACPRO-MELEC", "BTS-CRSA"),
            new DemoSchool("0132874", "Lycée des métiers de l'énergie Marcel Pagnol", "Aix-Marseille", "ac-aix-marseille.fr",
                    "Julien", "Roux", "BACPRO-MFER", null),
            new DemoSchool("0596130", "Lycée professionnel Jean Prouvé", "Lille", "ac-lille.fr", "Sophie", "Lefebvre",
                    "BACPRO-MSPC", "BTS-MS"),
            new DemoSchool("0331957", "Lycée professionnel Gustave Eiffel", "Bordeaux", "ac-bordeaux.fr", "Thomas", "Garcia",
                    "BACPRO-TU", "CAP-RICS"),
            new DemoSchool("0674428", "Lycée des métiers Émile Mathis", "Strasbourg", "ac-strasbourg.fr", "Claire", "Muller",
                    "BACPRO-TCI", null));

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final EstablishmentService establishments;
    private final AccountService accounts;
    private final DiplomaService diplomas;
    private final DemoClock clock;
    private final DemoTickets tickets;

    DemoData(EstablishmentService establishments, AccountService accounts, DiplomaService diplomas, DemoClock clock,
             TicketService ticketService, TeamTicketService team, BusinessCalendar calendar, UserDetailsService users,
             EntityManager entityManager) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.diplomas = diplomas;
        this.clock = clock;
        this.tickets = new DemoTickets(ticketService, team, calendar, clock, users, entityManager);
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
        // The five schools and the tickets come together, once: present, they are left as they are.
        if (establishments.findByUai(MORE_SCHOOLS.getFirst().uai()).isEmpty()) {
            long started = System.nanoTime();
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            List<String> logins = new ArrayList<>(List.of(SCHOOL_UAI));
            MORE_SCHOOLS.forEach(s -> logins.add(createSchool(s, today)));
            tickets.seed(logins);
            log.info("Demo schools {} and their tickets created in {} ms ({} ms of CPU in this thread)",
                    logins.subList(1, logins.size()), (System.nanoTime() - started) / 1_000_000,
                    (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000);
        }
    }

    /** A school as the support team registered it some weeks ago, its administrator already active. */
    private String createSchool(DemoSchool demo, LocalDate today) {
        var registered = clock.realNow().minus(60, ChronoUnit.DAYS);
        return clock.at(registered, () -> {
            var school = establishments.create(demo.uai(), demo.name(), "ce." + demo.uai() + "@" + demo.mailDomain(),
                    demo.academie());
            accounts.createSchoolAdministrator(school, demo.firstName(), demo.lastName(), PASSWORD);
            diplomas.subscribe(school.id(), demo.diploma(), today.minusMonths(14), today.plusMonths(22), 90);
            if (demo.secondDiploma() != null) {
                diplomas.subscribe(school.id(), demo.secondDiploma(), today.minusMonths(2), today.plusMonths(10), 30);
            }
            return school.uai();
        });
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
