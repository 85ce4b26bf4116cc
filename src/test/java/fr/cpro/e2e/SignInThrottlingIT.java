package fr.cpro.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import fr.cpro.TestAccounts;
import fr.cpro.security.ThrottleState;
import fr.cpro.security.Uai;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Throttling stops guessing, not users: a browser that signed in before keeps its way in
 * whatever is tried elsewhere, and one shared address does not shut a school out.
 */
class SignInThrottlingIT extends BrowserTest {

    static final String THROTTLED = "Trop de tentatives : réessayez dans";
    static final String NEUTRAL = "Identifiant ou mot de passe incorrect";

    @Autowired
    ThrottleState throttle;
    @Autowired
    TestAccounts testAccounts;

    // Every test signs in from 127.0.0.1, and the demo school serves other tests: no count is
    // left behind, and none found. The throttle's time stands still meanwhile: twenty sign-ins
    // in a loaded browser may take longer than the first one-minute delay.
    @BeforeEach
    void noCountsAndTimeStandsStill() {
        throttle.forgetAll();
        throttle.freezeTime();
    }

    @AfterEach
    void noCountsLeft() {
        throttle.releaseTime();
        throttle.forgetAll();
    }

    /** Sends the login form and waits for the error page. */
    private void failSignIn(Page page, String login, String password) {
        signIn(page, login, password);
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Connexion");
    }

    @Test
    void twentyWrongPasswordsFromAnotherBrowserDoNotStopTheAdministratorsBrowser() {
        // The administrator's browser signed in once before, and got its device cookie.
        signInAsDemoSchool();
        Cookie device = context.cookies().stream().filter(c -> c.name.startsWith("cpro_device_")).findFirst()
                .orElseThrow(() -> new AssertionError("no device cookie after sign-in"));
        org.assertj.core.api.Assertions.assertThat(device.httpOnly).isTrue();
        org.assertj.core.api.Assertions.assertThat(device.sameSite).isEqualTo(SameSiteAttribute.STRICT);
        org.assertj.core.api.Assertions.assertThat(device.path).isEqualTo("/login");
        org.assertj.core.api.Assertions.assertThat(device.value).doesNotContain(DEMO_SCHOOL);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));

        try (BrowserContext elsewhere = browser.newContext()) {
            Page guesser = open(elsewhere);
            for (int i = 1; i <= 20; i++) {
                failSignIn(guesser, DEMO_SCHOOL, "mauvais-essai-" + i);
                // The identifier stays typed; the message never says whether the account exists.
                assertThat(guesser.locator("vaadin-login-form input[name='username']")).hasValue(DEMO_SCHOOL);
                assertThat(guesser.locator("vaadin-login-form")).containsText(i < 6 ? NEUTRAL : THROTTLED);
            }
            Browser.screenshot(guesser, "connexion-suspendue");
            // Slowed down for real: even the right password waits there.
            failSignIn(guesser, DEMO_SCHOOL, DEMO_PASSWORD);
            assertThat(guesser.locator("vaadin-login-form")).containsText(THROTTLED);
            assertThat(guesser.locator("vaadin-login-form")).containsText("minute");
        }
        // Counted in MariaDB: the five tried, not the refused ones; a restarted throttle still refuses.
        org.assertj.core.api.Assertions.assertThat(throttle.failures("login:" + DEMO_SCHOOL)).isEqualTo(5);
        org.assertj.core.api.Assertions.assertThat(throttle.waitSeenAfterRestart(DEMO_SCHOOL)).isPositive();

        // The administrator's own browser is not locked out.
        signInAsDemoSchool();
        assertThat(page.locator(".cpro-navbar__user")).containsText("Camille MARTIN");
    }

    @Test
    void sixUnknownUaisFromOneAddressDoNotStopAnotherAccountsFirstSignIn() {
        for (int i = 1; i <= 6; i++) {
            String digits = "099000" + i; // valid check letters, no such school
            failSignIn(page, digits + Uai.checkLetter(digits), "nimporte-" + i);
            assertThat(page.locator("vaadin-login-form")).containsText(NEUTRAL);
        }
        // All six counted against this one address (loopback, IPv4 or IPv6), which still lets others in.
        org.assertj.core.api.Assertions.assertThat(throttle.counts("address:").values()).containsExactly(6);

        var school = testAccounts.activeSchool("Lou", "Marchal", "Un mot de passe assez long");
        try (BrowserContext firstTime = browser.newContext()) {
            Page newcomer = open(firstTime);
            signIn(newcomer, school.uai(), "Un mot de passe assez long");
            assertThat(newcomer.locator("h1")).hasText("Accueil");
            assertThat(newcomer.locator(".cpro-navbar__user")).containsText("Lou MARCHAL");
        }
    }
}
