package fr.cpro.establishment;

import fr.cpro.account.AccountService;
import fr.cpro.security.AppRoles;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.RunAs;
import fr.cpro.security.Uai;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

/**
 * Test fixtures on the real database: new schools with their administrator, subscriptions with
 * dates relative to the application's clock, and "acting as" someone.
 */
@Component
public class TestSchools {

    public static final String DEMO_UAI = "0759999L";

    private final EstablishmentService establishments;
    private final AccountService accounts;
    private final DiplomaService diplomas;
    private final Clock clock;
    private final JdbcClient jdbc;

    TestSchools(EstablishmentService establishments, AccountService accounts, DiplomaService diplomas, Clock clock,
                JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.establishments = establishments;
        this.accounts = accounts;
        this.diplomas = diplomas;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new school (random UAI with a correct check letter) and its administrator, signed in as nobody. */
    public CproPrincipal newSchool(String name) {
        return asAgent(() -> {
            String uai;
            do {
                String digits = "09" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
                uai = digits + Uai.checkLetter(digits);
            } while (establishments.findByUai(uai).isPresent());
            var school = establishments.create(uai, name, "ce." + uai + "@ac-test.fr", "Versailles");
            long accountId = accounts.createSchoolAdministrator(school, "Dominique", "Test", null);
            return new CproPrincipal(accountId, uai, null, "Dominique", "Test", AppRoles.ETABLISSEMENT, school.id(),
                    true);
        });
    }

    /** Subscribes the school, as the support team would, from {@code startInDays} to {@code endInDays} after today. */
    public SubscriptionSummary subscribe(long establishmentId, String diplomaCode, int startInDays, int endInDays) {
        return asAgent(() -> diplomas.subscribe(establishmentId, diplomaCode, today().plusDays(startInDays),
                today().plusDays(endInDays), 25));
    }

    /** The demo school's three subscriptions, pinned relative to today whatever earlier runs left. */
    public long pinDemoSubscriptions() {
        return asAgent(() -> {
            long id = establishments.findByUai(DEMO_UAI).orElseThrow().id();
            diplomas.subscribe(id, "BACPRO-MELEC", today().minusYears(1), today().plusYears(2), 120);
            diplomas.subscribe(id, "BTS-ELEC", today().minusYears(1), today().plusDays(20), 45);
            diplomas.subscribe(id, "CAP-ELEC", today().minusYears(2), today().minusDays(60), 30);
            return id;
        });
    }

    /** The catalogue of diplomas as the migrations seed it: CAP, then Bac Pro, then BTS. */
    public List<DiplomaSummary> catalogue() {
        return jdbc.sql("SELECT id, code, level, short_name, title FROM diploma ORDER BY position")
                .query((row, n) -> new DiplomaSummary(row.getLong("id"), row.getString("code"),
                        DiplomaLevel.valueOf(row.getString("level")), row.getString("short_name"),
                        row.getString("title"))).list();
    }

    public long diplomaId(String code) {
        return catalogue().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow().id();
    }

    public <T> T asAgent(Supplier<T> action) {
        return RunAs.supportTeam("test-agent", action);
    }

    public <T> T as(CproPrincipal user, Supplier<T> action) {
        return RunAs.user(user, action);
    }
}
