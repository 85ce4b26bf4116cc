package fr.cpro.e2e;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The guide's "Assistance", end to end in headless Chromium: the school opens Assistance from the
 * banner (a new tab), reads an answer under Abonnement, searches "mot de passe", goes on to the
 * ticket form, sends a ticket with a 5 MB file, reads the reference and the deadline, finds it in
 * the list, opens it, downloads the file (same SHA-256), replies with a second file, marks it
 * resolved, reopens it.
 */
class TicketIT extends BrowserTest {

    @BeforeEach
    void signInAsSchool() {
        signInAsDemoSchool();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void aSchoolSendsATicketWithAFileAndFollowsItToTheEnd() throws Exception {
        Path report = pdfFile("Compte rendu été.pdf", 5 * 1024 * 1024, 1);
        Path capture = pdfFile("capture-2.pdf", 300 * 1024, 2);

        // Assistance opens in a new tab; the rest of the journey happens there.
        page = context.waitForPage(() -> page.locator(".cpro-navbar__assistance").click());
        page.setDefaultTimeout(30_000);
        assertThat(page.locator("h1")).hasText("Assistance");
        page.locator("button.cpro-help-category").filter(new Locator.FilterOptions().setHasText("Abonnement")).click();
        Locator panel = page.locator("#cpro-help-category-panel");
        panel.getByText("Comment renouveler l'abonnement de l'établissement ?").click();
        assertThat(panel.getByText("bon de commande", new Locator.GetByTextOptions().setExact(false))).isVisible();
        page.locator("vaadin-text-field.cpro-help-search__field input").fill("mot de passe");
        assertThat(page.locator(".cpro-help-search__results")).containsText("réponses pour « mot de passe »");

        // "Vous ne trouvez pas de réponses à votre question ?": the form, on the category being read.
        page.locator(".cpro-help-contact__card").filter(
                new Locator.FilterOptions().setHasText("Vous ne trouvez pas de réponses")).click();
        assertThat(page).hasURL(Pattern.compile(".*/assistance/nouveau-ticket\\?categorie=ABONNEMENT$"));
        assertThat(page.locator("vaadin-combo-box input")).hasValue("Abonnement");
        page.locator("vaadin-text-field input").fill("Export du livret impossible");
        page.locator("vaadin-text-area textarea").fill("Bonjour,\nl'export PDF du livret échoue.\nMerci.");
        page.locator("vaadin-upload input[type=file]").setInputFiles(report);
        assertThat(page.locator(".cpro-attachment__status")).containsText("Fichier prêt à être envoyé",
                new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        Browser.screenshot(page, "formulaire-ticket");
        // Typed text and a file: closing the tab or reloading would ask the browser's confirmation.
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.cproTabGuard.dirty || window.cproTabGuard.typed")).isEqualTo(true);
        button("Envoyer").click();

        Locator result = page.locator(".cpro-new-ticket__result");
        assertThat(result).containsText("Votre demande a été envoyée");
        assertThat(result).containsText("Réponse au plus tard le");
        assertThat(page.locator(".cpro-new-ticket__deadline"))
                .hasText(Pattern.compile("Réponse au plus tard le [a-z]+ \\d{1,2}(er)? [^ ]+ \\d{4} à \\d{1,2} h \\d{2}"));
        Matcher m = Pattern.compile("CPRO-\\d{4}-\\d{6}").matcher(page.locator(".cpro-new-ticket__reference").innerText());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        String reference = m.group();
        Browser.screenshot(page, "ticket-envoye");
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => window.cproTabGuard.dirty || window.cproTabGuard.typed")).as("sent: nothing to lose").isEqualTo(false);

        // Found in the list, then opened.
        page.navigate(url("/assistance/tickets"));
        page.locator("vaadin-text-field input").fill(reference);
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference));
        assertThat(link).isVisible();
        Browser.screenshot(page, "liste-des-tickets");
        link.click();
        assertThat(page.locator("h1")).containsText(reference);
        assertThat(page.locator(".cpro-ticket__history")).containsText("l'export PDF du livret échoue.");

        // The download is the very file that was sent.
        Download download = page.waitForDownload(() -> page.locator("a.cpro-message__file").first().click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("Compte rendu été.pdf");
        Path downloaded = download.path();
        org.assertj.core.api.Assertions.assertThat(sha256(downloaded)).isEqualTo(sha256(report));

        // A reply with a second file.
        page.locator(".cpro-reply vaadin-text-area textarea").fill("Voici une capture de l'erreur.");
        page.locator(".cpro-reply vaadin-upload input[type=file]").setInputFiles(capture);
        assertThat(page.locator(".cpro-reply .cpro-attachment__status")).containsText("Fichier prêt à être envoyé");
        button("Envoyer la réponse").click();
        assertThat(page.locator(".cpro-ticket__history")).containsText("Voici une capture de l'erreur.");
        assertThat(page.locator("a.cpro-message__file")).hasCount(2);
        assertThat(page.locator(".cpro-ticket__history")).containsText("capture-2.pdf");

        // Resolved, then reopened.
        button("Marquer comme résolu").click();
        assertThat(page.locator(".cpro-card .cpro-badge")).hasText("Résolu");
        button("Rouvrir").click();
        assertThat(page.locator(".cpro-card .cpro-badge")).hasText("En cours");
        Browser.screenshot(page, "ticket-rouvert");
    }
}
