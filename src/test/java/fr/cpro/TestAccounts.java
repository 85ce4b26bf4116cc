package fr.cpro;

import fr.cpro.account.AccountService;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.mail.TestMailbox;
import fr.cpro.security.CproPrincipal;
import fr.cpro.security.RunAs;
import fr.cpro.security.Uai;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Schools and accounts of their own for the tests that change accounts, so that no test
 * depends on another's leftovers (the database is fresh for each test JVM, but shared by its tests).
 */
@Component
public class TestAccounts {

    private final EstablishmentService establishments;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final TestMailbox mailbox;

    TestAccounts(EstablishmentService establishments, AccountService accounts, UserDetailsService users,
                 TestMailbox mailbox) {
        this.establishments = establishments;
        this.accounts = accounts;
        this.users = users;
        this.mailbox = mailbox;
    }

    /** A new school whose account awaits its first connection (its activation mail is queued). */
    public EstablishmentSummary pendingSchool() {
        return asSupervisor(() -> {
            var school = establishments.create(freeUai(), "Lycée de test " + System.nanoTime(),
                    "ce.test" + System.nanoTime() + "@ac-test.fr", "Test");
            accounts.createSchoolAdministrator(school, null, null, null);
            return school;
        });
    }

    /** A new active school, its administrator with this password. */
    public EstablishmentSummary activeSchool(String firstName, String lastName, String password) {
        return asSupervisor(() -> {
            var school = establishments.create(freeUai(), "Lycée de test " + System.nanoTime(),
                    "ce.test" + System.nanoTime() + "@ac-test.fr", "Test");
            accounts.createSchoolAdministrator(school, firstName, lastName, password);
            return school;
        });
    }

    /** Runs as this account, as if signed in, then puts the previous security context back. */
    public <T> T as(String login, Supplier<T> action) {
        var principal = ((CproPrincipal) users.loadUserByUsername(login)).withoutPassword();
        return RunAs.user(principal, action);
    }

    public void as(String login, Runnable action) {
        as(login, () -> {
            action.run();
            return null;
        });
    }

    /** Runs as the support team. */
    public <T> T asSupervisor(Supplier<T> action) {
        return RunAs.supportTeam("test-supervisor", action);
    }

    /**
     * The token of the latest link of this kind mailed to this address, read from the outbox.
     *
     * @param route e.g. {@code "activation/"}
     */
    public String latestToken(String recipient, String route) {
        var pattern = Pattern.compile(Pattern.quote(route) + "([A-Za-z0-9_-]{20,})");
        return mailbox.to(recipient).stream()
                .map(m -> pattern.matcher(m.getBodyText()))
                .filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + route + " link mailed to " + recipient));
    }

    private String freeUai() {
        while (true) {
            String digits = "08" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
            String uai = digits + Uai.checkLetter(digits);
            if (establishments.findByUai(uai).isEmpty()) {
                return uai;
            }
        }
    }
}
