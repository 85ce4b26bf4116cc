package fr.cpro.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The demo school opens Assistance from the banner, in a new tab, reads an answer and searches. */
class HelpCentreIT extends BrowserTest {

    @BeforeEach
    void signInAsSchool() {
        signInAsDemoSchool();
    }

    @Test
    void theSchoolOpensAssistanceInANewTabReadsAnAnswerAndSearches() {
        Page help = context.waitForPage(() -> page.locator(".cpro-navbar__assistance").click());
        help.setDefaultTimeout(30_000);
        assertThat(help).hasURL(Pattern.compile(".*/assistance$"));
        assertThat(help.locator("h1")).hasText("Assistance");
        // The school's own page stays where it was.
        assertThat(page).hasURL(Pattern.compile(".*:" + port + "/?$"));

        Locator abonnement = help.locator("button.cpro-help-category").filter(
                new Locator.FilterOptions().setHasText("Abonnement"));
        abonnement.click();
        assertThat(abonnement).hasAttribute("aria-pressed", "true");
        Locator panel = help.locator("#cpro-help-category-panel");
        assertThat(panel.locator("h3")).hasText("Abonnement");
        panel.getByText("Comment renouveler l'abonnement de l'établissement ?").click();
        assertThat(panel.getByText("bon de commande", new Locator.GetByTextOptions().setExact(false))).isVisible();
        Browser.screenshot(help, "assistance-abonnement");

        help.locator("vaadin-text-field.cpro-help-search__field input").fill("mot de passe");
        Locator results = help.locator(".cpro-help-search__results");
        assertThat(results).containsText("réponses pour « mot de passe »");
        results.getByText("J'ai oublié mon mot de passe : comment en choisir un nouveau ?").click();
        assertThat(results.getByText("Un lien de réinitialisation est envoyé", new Locator.GetByTextOptions().setExact(false)))
                .isVisible();
        assertThat(help.locator(".cpro-help-contact__card").first()).containsText("Réponse sous 72 heures ouvrées");
        // The layout scrolls inside the page: a tall window shows the whole help centre.
        help.setViewportSize(1280, 2600);
        Browser.screenshot(help, "assistance-recherche");
    }

    @Test
    void assistanceIsUsableWithTheKeyboardAt360PixelsWide() {
        page.setViewportSize(360, 740);
        Page help = context.waitForPage(() -> page.locator(".cpro-navbar__assistance").click());
        help.setViewportSize(360, 740);
        assertThat(help.locator("h1")).hasText("Assistance");

        help.locator("button.cpro-help-category").first().focus();
        help.keyboard().press("Enter");
        assertThat(help.locator("#cpro-help-category-panel h3")).hasText("Compte utilisateur");

        Object scrollWidth = help.evaluate("document.documentElement.scrollWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) scrollWidth).intValue()).isLessThanOrEqualTo(360);
        Browser.screenshot(help, "assistance-360px");
    }
}
