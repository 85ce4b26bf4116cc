package fr.cpro.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Signing in and out in a real browser, as a school and as an agent. */
class SignInIT extends BrowserTest {

    @Test
    void schoolSignsInWithItsUaiInLowerCaseWithSpacesAndSignsOut() {
        signIn("  0759999l ", "cpro-demo-2026");

        var navbar = page.locator("vaadin-app-layout.cpro-shell [slot='navbar']").first();
        assertThat(page.locator(".cpro-navbar__user")).containsText("Camille MARTIN");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion"))).isVisible();
        assertThat(page.locator("h1")).hasText("Accueil");
        assertThat(page.locator(".cpro-tile")).hasCount(5);
        assertThat(navbar).isVisible();
        Browser.screenshot(page, "accueil-etablissement");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        assertThat(page.locator("vaadin-login-form")).isVisible();

        // Signed out for real: Accueil leads back to the login page.
        page.navigate(url("/"));
        page.waitForURL(Pattern.compile(".*/login.*"));
    }

    @Test
    void aUaiWithAWrongCheckLetterIsRefusedWithAMessageAboutTheUai() {
        signIn("0759999M", "cpro-demo-2026");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Code UAI non valide");
        assertThat(page.locator("vaadin-login-form")).containsText("lettre finale");
        Browser.screenshot(page, "connexion-uai-invalide");
    }

    @Test
    void loginPageAndAccueilPassAnAccessibilityAudit() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").waitFor();
        org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(page)).as("login page").isEmpty();

        signIn("0759999L", "cpro-demo-2026");
        assertThat(page.locator(".cpro-navbar__user")).containsText("Camille MARTIN");
        org.assertj.core.api.Assertions.assertThat(Browser.accessibilityViolations(page)).as("Accueil").isEmpty();
        assertThat(page.locator("html")).hasAttribute("lang", "fr");
    }

    @Test
    void aWrongPasswordGetsTheNeutralMessage() {
        signIn("0759999L", "pas-le-bon");
        page.waitForURL(Pattern.compile(".*/login\\?error.*"));
        assertThat(page.locator("vaadin-login-form")).containsText("Identifiant ou mot de passe incorrect");
    }

    @Test
    void agentSignsInWithTheirEmail() {
        signIn("agent@cpro.demo", "cpro-demo-2026");
        assertThat(page.locator(".cpro-navbar__user")).containsText("Alex DURAND");
        assertThat(page.locator("h1")).hasText("Accueil");
    }

    @Test
    void theShellIsUsableAt360PixelsWide() {
        page.setViewportSize(360, 740);
        signIn("0759999L", "cpro-demo-2026");
        var logout = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion"));
        assertThat(logout).isVisible();
        assertThat(page.locator(".cpro-navbar__user")).isVisible();
        // Nothing sticks out of the screen sideways.
        Object scrollWidth = page.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(360);
        Browser.screenshot(page, "accueil-360px");

        // Keyboard: Tab reaches the banner's entries.
        page.keyboard().press("Tab");
        Object focused = page.evaluate("document.activeElement ? document.activeElement.className : ''");
        org.assertj.core.api.Assertions.assertThat(String.valueOf(focused)).contains("cpro-navbar");
    }
}
