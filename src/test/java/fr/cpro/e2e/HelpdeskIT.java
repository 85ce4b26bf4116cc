package fr.cpro.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The support team's side, end to end with two browser profiles: the school sends a ticket; the agent finds
 * it in "Non assignés", opens it, assigns it to themself, writes an internal note and replies with a file and
 * Ctrl+Entrée; the school reads the reply and never the note, and downloads the very file the agent sent.
 */
class HelpdeskIT extends BrowserTest {

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void theAgentAnswersFromTheQueueAndTheSchoolSeesTheReplyButNotTheNote() throws Exception {
        Path guide = pdfFile("Procédure de renouvellement.pdf", 300 * 1024, 7);
        signInAsDemoSchool();
        String tag = "e" + Long.toString(System.nanoTime(), 36);
        page.navigate(url("/assistance/nouveau-ticket?categorie=ABONNEMENT"));
        page.locator("vaadin-text-field input").fill("Licences inactives " + tag);
        page.locator("vaadin-text-area textarea").fill("Bonjour,\nnos licences ne sont pas actives.");
        button(page, "Envoyer").click();
        Matcher m = Pattern.compile("CPRO-\\d{4}-\\d{6}").matcher(page.locator(".cpro-new-ticket__reference").innerText());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        String reference = m.group();

        BrowserContext agentContext = browser.newContext();
        try {
            Page agent = open(agentContext);
            signIn(agent, "agent@cpro.demo", DEMO_PASSWORD);
            assertThat(agent.locator("h1")).hasText("Accueil");
            agent.locator(".cpro-navbar__queue").click();
            assertThat(agent.locator("h1")).hasText("File d'attente");
            agent.locator(".cpro-queue__view").filter(new Locator.FilterOptions().setHasText("Non assignés")).click();
            assertThat(agent).hasURL(Pattern.compile(".*/helpdesk\\?.*assigne=UNASSIGNED.*"));
            // The queue is most urgent first, and the test database keeps older tickets: the agent searches.
            agent.locator(".cpro-queue__filters vaadin-text-field").nth(1).locator("input").fill(tag);
            assertThat(agent).hasURL(Pattern.compile(".*/helpdesk\\?.*q=" + tag + ".*"));
            assertThat(agent).hasURL(Pattern.compile(".*assigne=UNASSIGNED.*"));
            // The grid keeps spare rows out of sight while it refreshes: the row the agent sees.
            Locator row = agent.locator("vaadin-grid-cell-content:visible")
                    .filter(new Locator.FilterOptions().setHasText(reference)).first();
            assertThat(row).isVisible();
            Browser.screenshot(agent, "file-d-attente");
            row.dblclick();
            assertThat(agent.locator("h1")).containsText(reference);
            assertThat(agent.locator(".cpro-workspace__school")).containsText("0759999L");

            button(agent, "M'assigner").click();
            assertThat(agent.locator(".cpro-workspace__side vaadin-combo-box input").nth(1)).hasValue("Alex DURAND");

            Locator composer = agent.locator(".cpro-composer");
            composer.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Note interne")).click();
            composer.locator("textarea").fill("Note : abonnement expiré " + tag);
            button(agent, "Ajouter la note").click();
            Locator thread = agent.locator(".cpro-workspace__thread");
            assertThat(thread).containsText("Note interne — invisible pour l'établissement");

            composer.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Réponse à l'établissement")).click();
            composer.locator("textarea").fill("Bonjour, le renouvellement est fait.");
            composer.locator("vaadin-upload input[type=file]").setInputFiles(guide);
            assertThat(composer.locator(".cpro-attachment__status")).containsText("Fichier prêt à être envoyé");
            composer.locator("textarea").press("Control+Enter");
            assertThat(thread).containsText("Bonjour, le renouvellement est fait.");
            Browser.screenshot(agent, "ticket-agent");
        } finally {
            agentContext.close();
        }

        page.navigate(url("/assistance/tickets/" + reference));
        Locator history = page.locator(".cpro-ticket__history");
        assertThat(history).containsText("Bonjour, le renouvellement est fait.");
        assertThat(history).not().containsText("abonnement expiré");
        Download download = page.waitForDownload(() -> history.locator("a.cpro-message__file")
                .filter(new Locator.FilterOptions().setHasText("Procédure de renouvellement.pdf")).click());
        org.assertj.core.api.Assertions.assertThat(sha256(download.path())).isEqualTo(sha256(guide));
        assertThat(page.locator(".cpro-card .cpro-badge")).hasText("En attente de votre réponse");
    }
}
