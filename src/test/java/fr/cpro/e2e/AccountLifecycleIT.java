package fr.cpro.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cpro.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.URI;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A school's whole first day, in headless Chromium: the activation link read from the mail,
 * the first connection, a sign-in with the UAI elsewhere, a password change that signs that
 * other session out, sign-out, then the old password refused and the new one accepted.
 */
class AccountLifecycleIT extends BrowserTest {

    static final String FIRST_PASSWORD = "Premier mot de passe du lycée";
    static final String NEW_PASSWORD = "Trois chats gris dorment sur le toit";

    @Autowired
    TestAccounts testAccounts;

    private static Locator field(Page page, String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void aSchoolIsActivatedFromItsMailChangesItsPasswordAndOnlyTheNewOneWorks() {
        var school = testAccounts.pendingSchool();
        try (BrowserContext first = browser.newContext(); BrowserContext elsewhere = browser.newContext()) {
            Page page = open(first);

            // The demo's outbox: the activation mail sent to the school's official mailbox.
            String path = linkFromMail(page, school.officialEmail(), school.uai());
            Browser.screenshot(page, "courriel-activation");
            org.assertj.core.api.Assertions.assertThat(path).startsWith("/activation/");

            // First connection.
            page.navigate(url(path));
            assertThat(page.locator("main")).containsText(school.uai());
            field(page, "Prénom").fill("Bastien");
            field(page, "NOM").fill("Bonnet");
            field(page, "Nouveau mot de passe").fill(FIRST_PASSWORD);
            assertThat(page.locator(".cpro-password__strength")).containsText("Robustesse");
            field(page, "Confirmez le nouveau mot de passe").fill(FIRST_PASSWORD);
            Browser.screenshot(page, "premiere-connexion");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Activer le compte et me connecter"))
                    .click();
            assertThat(page.locator("h1")).hasText("Accueil");
            assertThat(page.locator(".cpro-navbar__user")).containsText("Bastien BONNET");

            // Signed in somewhere else too, with the UAI.
            Page other = open(elsewhere);
            signIn(other, school.uai(), FIRST_PASSWORD);
            assertThat(other.locator("h1")).hasText("Accueil");

            // Espace personnel: change the password.
            page.locator(".cpro-navbar__user").click();
            assertThat(page.locator("h1")).hasText("Espace personnel");
            var passwordCard = page.locator(".cpro-account__password");
            passwordCard.getByLabel("Mot de passe actuel", new Locator.GetByLabelOptions().setExact(true))
                    .fill(FIRST_PASSWORD);
            passwordCard.getByLabel("Nouveau mot de passe", new Locator.GetByLabelOptions().setExact(true))
                    .fill(NEW_PASSWORD);
            passwordCard.getByLabel("Confirmez le nouveau mot de passe",
                    new Locator.GetByLabelOptions().setExact(true)).fill(NEW_PASSWORD);
            passwordCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Changer le mot de passe"))
                    .click();
            assertThat(page.locator("vaadin-notification-card")).containsText("Votre mot de passe a été modifié");
            Browser.screenshot(page, "mot-de-passe-change");

            // The other session is over; this one goes on.
            other.reload();
            other.waitForURL(Pattern.compile(".*/login.*"));
            assertThat(other.locator("vaadin-login-form")).isVisible();
            page.navigate(url("/espace-personnel"));
            assertThat(page.locator("h1")).hasText("Espace personnel");

            // Sign out.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion")).click();
            page.waitForURL(Pattern.compile(".*/login.*"));

            // The old password is refused, the new one works.
            signIn(page, school.uai(), FIRST_PASSWORD);
            page.waitForURL(Pattern.compile(".*/login\\?error.*"));
            assertThat(page.locator("vaadin-login-form")).containsText("Identifiant ou mot de passe incorrect");
            signIn(page, school.uai().toLowerCase(), NEW_PASSWORD);
            assertThat(page.locator("h1")).hasText("Accueil");
            assertThat(page.locator(".cpro-navbar__user")).containsText("Bastien BONNET");
        }
    }

    /** Opens the latest mail to this address on the demo's outbox page and returns its link's path. */
    /**
     * "Mot de passe oublié" queues its mail off the request (its answer time must not tell
     * whether the account exists): wait until it is in the outbox, as one waits for a mail.
     */
    private void awaitMailTo(String recipient, String route) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                testAccounts.latestToken(recipient, route);
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(java.time.Duration.ofMillis(50).toNanos()); // poll
            }
        }
    }

    private String linkFromMail(Page page, String recipient, String mustContain) {
        page.navigate(url("/demo/courriels"));
        // The filter applies after a pause in typing, and a click on a row that the filtered refresh
        // then replaces is lost: wait until the grid lists fewer mails than the whole outbox.
        page.waitForFunction("() => document.querySelector('vaadin-grid')?.size > 0");
        Object all = page.evaluate("() => document.querySelector('vaadin-grid').size");
        page.getByLabel("Destinataire").fill(recipient);
        page.getByLabel("Destinataire").press("Enter");
        page.waitForFunction("all => { const grid = document.querySelector('vaadin-grid');"
                + " return grid.size < all && !grid.hasAttribute('loading'); }", all);
        page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(recipient)).first().click();
        Locator link = page.locator(".cpro-outbox__body", new Page.LocatorOptions().setHasText(mustContain))
                .locator("a.cpro-outbox__link").first();
        assertThat(link).isVisible();
        return URI.create(link.getAttribute("href")).getPath();
    }

    @Test
    void aForgottenPasswordIsResetFromTheMailAndEverySessionOfTheAccountEnds() {
        var school = testAccounts.activeSchool("Chloé", "Dumas", FIRST_PASSWORD);
        try (BrowserContext first = browser.newContext(); BrowserContext elsewhere = browser.newContext()) {
            Page other = open(elsewhere);
            signIn(other, school.uai(), FIRST_PASSWORD);
            assertThat(other.locator("h1")).hasText("Accueil");

            Page page = open(first);
            page.navigate(url("/login"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
            page.waitForURL(Pattern.compile(".*/mot-de-passe-oublie"));
            assertThat(page.locator("h2")).hasText("Mot de passe oublié");
            field(page, "Code UAI de l'établissement ou e-mail").fill(school.uai());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le lien")).click();
            assertThat(page.locator("main")).containsText("Si un compte correspond à cet identifiant");

            awaitMailTo(school.officialEmail(), "nouveau-mot-de-passe/");
            String path = linkFromMail(page, school.officialEmail(), school.uai());
            org.assertj.core.api.Assertions.assertThat(path).startsWith("/nouveau-mot-de-passe/");
            page.navigate(url(path));
            field(page, "Nouveau mot de passe").fill(NEW_PASSWORD);
            field(page, "Confirmez le nouveau mot de passe").fill(NEW_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le nouveau mot de passe"))
                    .click();
            assertThat(page.locator("main")).containsText("toutes les sessions ouvertes de ce compte ont été fermées");
            Browser.screenshot(page, "nouveau-mot-de-passe");

            // The session opened with the old password is over.
            other.reload();
            other.waitForURL(Pattern.compile(".*/login.*"));

            // The same link a second time: refused, in French.
            page.navigate(url(path));
            assertThat(page.locator("main")).containsText("Ce lien de réinitialisation a déjà été utilisé");

            signIn(page, school.uai(), NEW_PASSWORD);
            assertThat(page.locator(".cpro-navbar__user")).containsText("Chloé DUMAS");
        }
    }

    @Test
    void theLoginPageLeadsToForgottenPasswordAndSaysHowToGetANewActivationLink() {
        try (BrowserContext context = browser.newContext()) {
            Page page = open(context);
            page.navigate(url("/login"));
            assertThat(page.locator(".cpro-login__card")).containsText("Lien d'activation expiré");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
            page.waitForURL(Pattern.compile(".*/mot-de-passe-oublie"));
            assertThat(page.locator("h2")).hasText("Mot de passe oublié");
            field(page, "Code UAI de l'établissement ou e-mail").fill("0750655E");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer le lien")).click();
            assertThat(page.locator("main")).containsText("Si un compte correspond à cet identifiant");
            Browser.screenshot(page, "mot-de-passe-oublie");
        }
    }

    @Test
    void theSessionIdChangesAtSignInAndItsCookieIsHttpOnlyAndSameSite() {
        try (BrowserContext context = browser.newContext()) {
            Page page = open(context);
            page.navigate(url("/login"));
            assertThat(page.locator("vaadin-login-form")).isVisible();
            var before = sessionCookie(context);
            signIn(page, "agent@cpro.demo", "cpro-demo-2026");
            assertThat(page.locator("h1")).hasText("Accueil");
            var after = sessionCookie(context);
            org.assertj.core.api.Assertions.assertThat(after.value).isNotEqualTo(before.value);
            org.assertj.core.api.Assertions.assertThat(after.httpOnly).isTrue();
            org.assertj.core.api.Assertions.assertThat(after.sameSite)
                    .isEqualTo(com.microsoft.playwright.options.SameSiteAttribute.LAX);
        }
    }

    private static com.microsoft.playwright.options.Cookie sessionCookie(BrowserContext context) {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie"));
    }
}
