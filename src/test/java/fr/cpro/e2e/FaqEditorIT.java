package fr.cpro.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cpro.TestAccounts;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.help.HelpEditorService;
import fr.cpro.support.help.HelpEntryDraft;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The FAQ editor end to end with two browser profiles: an agent opens FAQ from Accueil, edits an answer of
 * the help centre in the dialog (its preview shows a link, and a typed tag as text), saves; the school opens
 * Assistance and reads the new text, with the link, and never the tag as markup.
 */
class FaqEditorIT extends BrowserTest {

    private static final String AGENT = "agent@cpro.demo";

    @Autowired HelpEditorService editor;
    @Autowired TestAccounts accounts;

    private Long entry;

    @AfterEach
    void withdrawTheEntry() {
        if (entry != null) {
            accounts.as(AGENT, () -> editor.setPublished(entry, false));
        }
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void anAgentEditsAnAnswerAndTheSchoolsHelpCentreShowsTheNewText() {
        // An answer of the help centre of its own, so that the first content stays as other tests read it.
        String question = "Comment imprimer " + Long.toString(System.nanoTime(), 36) + " ?";
        entry = accounts.as(AGENT, () -> {
            var created = editor.create(SupportCategory.UTILISATION, new HelpEntryDraft(question, "Ancienne réponse."));
            editor.setPublished(created.id(), true);
            return created.id();
        });

        BrowserContext agentContext = browser.newContext();
        try {
            Page agent = open(agentContext);
            signIn(agent, AGENT, DEMO_PASSWORD);
            assertThat(agent.locator("h1")).hasText("Accueil");
            agent.locator("a.cpro-tile").filter(new Locator.FilterOptions().setHasText("FAQ")).click();
            assertThat(agent.locator("h1")).hasText("FAQ du centre d'aide");
            assertThat(agent.locator("a.cpro-tile")).hasCount(0);
            agent.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Utilisation de l'application")).click();
            assertThat(agent).hasURL(Pattern.compile(".*/helpdesk/faq\\?categorie=UTILISATION$"));

            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Modifier « " + question + " »")).click();
            Locator dialog = agent.getByRole(AriaRole.DIALOG);
            assertThat(dialog.locator("h2")).hasText("Modifier la question");
            Locator answer = dialog.locator("vaadin-text-area textarea");
            assertThat(answer).hasValue("Ancienne réponse.");
            answer.fill("Nouvelle réponse : menu Fichier, puis Imprimer.\n"
                    + "<b>Astuce</b> : voir [le guide](https://cpro.example/guide-impression).");
            Locator preview = dialog.locator(".cpro-faq-preview");
            assertThat(preview.locator("a")).hasAttribute("href", "https://cpro.example/guide-impression");
            assertThat(preview).containsText("<b>Astuce</b> : voir le guide.");
            Browser.screenshot(agent, "faq-editeur");
            button(agent, "Enregistrer").click();
            assertThat(agent.locator("vaadin-notification-card")).containsText("Question « " + question + " » enregistrée");
        } finally {
            agentContext.close();
        }

        signInAsDemoSchool();
        page.navigate(url("/assistance?categorie=UTILISATION"));
        Locator panel = page.locator("#cpro-help-category-panel");
        panel.getByText(question).click();
        Locator answer = panel.locator("vaadin-details").filter(new Locator.FilterOptions().setHasText(question))
                .locator(".cpro-help-answer");
        assertThat(answer).containsText("Nouvelle réponse : menu Fichier, puis Imprimer.");
        assertThat(answer).not().containsText("Ancienne réponse");
        assertThat(answer).containsText("<b>Astuce</b> : voir le guide.");
        assertThat(answer.locator("b")).hasCount(0);
        assertThat(answer.locator("a")).hasAttribute("href", "https://cpro.example/guide-impression");
        assertThat(answer.locator("a")).hasAttribute("rel", "noopener noreferrer");
        Browser.screenshot(page, "faq-cote-etablissement");
    }
}
