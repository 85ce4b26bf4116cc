package fr.cpro.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cpro.establishment.EstablishmentService;
import fr.cpro.establishment.TestSchools;
import fr.cpro.mail.OutboxMail;
import fr.cpro.mail.TestMailbox;
import fr.cpro.security.CproPrincipal;
import fr.cpro.support.NewTicket;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TicketService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The support team's side, end to end with three browser profiles, as issue 8's must-show tells it: the school
 * sends a ticket with a 5 MB file; the agent finds it at the top of "Non assignés" with its deadline, opens it
 * from the keyboard, assigns it to themself, writes an internal note, inserts a canned response and replies with
 * a file; the school reads the reply and never the note, downloads the very file, and the mail holds the link.
 * Then the deadline: paused on both sides while the team waits for the school, recomputed when it answers; and a
 * second agent who replies from a page loaded before that answer is refused in French and keeps the draft.
 */
class HelpdeskIT extends BrowserTest {

    private static final Pattern TIME_LEFT = Pattern.compile("reste \\d+ (h|min) ouvrées");

    @Autowired
    TestMailbox mailbox;
    @Autowired
    TestSchools schools;
    @Autowired
    EstablishmentService establishments;
    @Autowired
    TicketService tickets;
    @Autowired
    UserDetailsService users;

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator text(Locator within, String text) {
        return within.filter(new Locator.FilterOptions().setHasText(text));
    }

    /** Picks an item of a Vaadin combo box by its label, as a user does: open the list, click the line. */
    private static void choose(Page page, Locator comboBox, String item) {
        comboBox.locator("input").click();
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(item)).first().click();
    }

    @Test
    void fromTheSchoolsTicketToTheAgentsReplyWithThePausedDeadlineAndNoLostReply() throws Exception {
        Path convention = pdfFile("Convention de stage.pdf", 5 * 1024 * 1024, 11);
        Path guide = pdfFile("Procédure de renouvellement.pdf", 300 * 1024, 7);
        String tag = "e" + Long.toString(System.nanoTime(), 36);

        // The school sends a ticket with a 5 MB file.
        signInAsDemoSchool();
        page.navigate(url("/assistance/nouveau-ticket?categorie=ABONNEMENT"));
        page.locator("vaadin-text-field input").fill("Licences inactives " + tag);
        page.locator("vaadin-text-area textarea").fill("Bonjour,\nnos licences ne sont pas actives.");
        page.locator("vaadin-upload input[type=file]").setInputFiles(convention);
        assertThat(page.locator(".cpro-attachment__status")).containsText("Fichier prêt à être envoyé");
        button(page, "Envoyer").click();
        Matcher m = Pattern.compile("CPRO-\\d{4}-\\d{6}").matcher(page.locator(".cpro-new-ticket__reference").innerText());
        org.assertj.core.api.Assertions.assertThat(m.find()).isTrue();
        String reference = m.group();
        // A second ticket of the same school, sent after it: the first one stays at the top (earlier or equal deadline).
        var school = ((CproPrincipal) users.loadUserByUsername(DEMO_SCHOOL)).withoutPassword();
        String later = schools.as(school, () -> tickets.create(new NewTicket(SupportCategory.ABONNEMENT,
                "Licences inactives " + tag + " bis", "Une autre question."), null)).reference();

        BrowserContext agentContext = browser.newContext();
        BrowserContext secondContext = browser.newContext();
        try {
            Page agent = open(agentContext);
            signIn(agent, "agent@cpro.demo", DEMO_PASSWORD);
            assertThat(agent.locator("h1")).hasText("Accueil");
            agent.locator(".cpro-navbar__queue").click();
            assertThat(agent.locator("h1")).hasText("File d'attente");
            text(agent.locator(".cpro-queue__view"), "Non assignés").click();
            assertThat(agent).hasURL(Pattern.compile(".*/helpdesk\\?.*assigne=UNASSIGNED.*"));
            // The test database keeps older tickets, most urgent first: the agent narrows to this one.
            Locator search = agent.locator(".cpro-queue__filters vaadin-text-field").nth(1).locator("input");
            search.fill(tag);
            assertThat(agent).hasURL(Pattern.compile(".*/helpdesk\\?.*q=" + tag + ".*"));
            assertThat(agent).hasURL(Pattern.compile(".*assigne=UNASSIGNED.*"));
            // The grid keeps spare rows out of sight while it refreshes: the cells the agent sees.
            Locator cells = agent.locator("vaadin-grid-cell-content:visible");
            assertThat(text(cells, reference).first()).isVisible();
            assertThat(text(cells, later).first()).isVisible();
            assertThat(cells.filter(new Locator.FilterOptions().setHasText(TIME_LEFT)).first()).isVisible();
            Browser.screenshot(agent, "file-d-attente");

            // "?" lists the shortcuts; then, without a mouse: Tab into the grid, ↓ to the first row, Entrée opens it.
            agent.locator("h1").click();
            agent.keyboard().press("?");
            Locator dialog = agent.getByRole(AriaRole.DIALOG);
            assertThat(dialog).containsText("Raccourcis clavier");
            assertThat(dialog).containsText("Ctrl + Entrée");
            button(agent, "Fermer").click();
            assertThat(dialog).hasCount(0);
            search.focus();
            for (int i = 0; i < 20 && !(Boolean) agent.evaluate(
                    "() => document.activeElement && document.activeElement.localName === 'vaadin-grid'"); i++) {
                agent.keyboard().press("Tab");
            }
            // The grid's header row, then Tab to its first ticket; ↓ reaches the second, ↑ comes back.
            agent.keyboard().press("Tab");
            agent.keyboard().press("ArrowDown");
            agent.keyboard().press("ArrowUp");
            agent.keyboard().press("Enter");
            assertThat(agent.locator("h1")).containsText(reference);
            assertThat(agent).hasURL(Pattern.compile(".*/helpdesk/tickets/" + reference));

            // The school card: who, the administrator, the diploma and its subscription, the school's other tickets.
            Locator card = agent.locator(".cpro-workspace__school");
            assertThat(card).containsText(DEMO_SCHOOL);
            assertThat(card).containsText("Camille MARTIN");
            assertThat(card).containsText("Abonnement à ce diplôme");
            assertThat(card.locator("a.cpro-workspace__school-tickets"))
                    .hasAttribute("href", Pattern.compile(".*etablissement=" + DEMO_SCHOOL + ".*"));
            Locator thread = agent.locator(".cpro-workspace__thread");
            Download schoolFile = agent.waitForDownload(() -> text(thread.locator("a.cpro-message__file"),
                    "Convention de stage.pdf").click());
            org.assertj.core.api.Assertions.assertThat(sha256(schoolFile.path())).isEqualTo(sha256(convention));

            button(agent, "M'assigner").click();
            assertThat(agent.locator(".cpro-workspace__side vaadin-combo-box input").nth(1)).hasValue("Alex DURAND");

            Locator composer = agent.locator(".cpro-composer");
            text(composer.locator("vaadin-radio-button"), "Note interne").click();
            composer.locator("textarea").fill("Note : abonnement expiré " + tag);
            button(agent, "Ajouter la note").click();
            assertThat(thread).containsText("Note interne — invisible pour l'établissement");
            assertThat(thread).containsText("abonnement expiré " + tag);

            text(composer.locator("vaadin-radio-button"), "Réponse à l'établissement").click();
            Locator picker = agent.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Insérer une réponse type"));
            picker.fill("Accusé");
            text(agent.locator("vaadin-combo-box-item"), "Accusé de réception").first().click();
            Locator draft = composer.locator("textarea");
            // Its placeholders are filled with the ticket's school and reference.
            assertThat(draft).hasValue(Pattern.compile(".*" + reference + " pour Lycée professionnel de démonstration.*", Pattern.DOTALL));
            draft.press("Control+End");
            draft.pressSequentially("\nLe renouvellement est fait.");
            composer.locator("vaadin-upload input[type=file]").setInputFiles(guide);
            assertThat(composer.locator(".cpro-attachment__status")).containsText("Fichier prêt à être envoyé");
            draft.press("Control+Enter");
            assertThat(thread).containsText("Le renouvellement est fait.");
            assertThat(draft).hasValue("");
            // The reply waits for the school: its clock is paused, on the agent's side too.
            assertThat(agent.locator(".cpro-workspace__side vaadin-combo-box input").first())
                    .hasValue("En attente de votre réponse");
            assertThat(agent.locator(".cpro-workspace__badges")).containsText("en pause");
            Browser.screenshot(agent, "ticket-agent");

            // The school sees the reply, never the note, downloads the very file; its clock is paused.
            page.navigate(url("/assistance/tickets/" + reference));
            Locator history = page.locator(".cpro-ticket__history");
            assertThat(history).containsText("Le renouvellement est fait.");
            assertThat(history).containsText("Nous avons bien reçu votre demande " + reference);
            assertThat(history).not().containsText("abonnement expiré");
            Download download = page.waitForDownload(() -> text(history.locator("a.cpro-message__file"),
                    "Procédure de renouvellement.pdf").click());
            org.assertj.core.api.Assertions.assertThat(sha256(download.path())).isEqualTo(sha256(guide));
            assertThat(page.locator(".cpro-card .cpro-badge").first()).hasText("En attente de votre réponse");
            Locator due = page.locator(".cpro-ticket__due");
            Locator summary = page.locator(".cpro-card").first();
            assertThat(due).containsText("Délai suspendu : nous attendons votre réponse");

            // The reply's mail to the school's mailbox holds the link to the ticket.
            String mailboxAddress = schools.asAgent(() -> establishments.findByUai(DEMO_SCHOOL).orElseThrow().officialEmail());
            OutboxMail mail = mailbox.to(mailboxAddress).stream().filter(x -> x.getSubject().contains(reference))
                    .filter(x -> x.getBodyText().contains("Le renouvellement est fait.")).findFirst().orElseThrow();
            org.assertj.core.api.Assertions.assertThat(mail.getBodyText()).contains("/assistance/tickets/" + reference)
                    .doesNotContain("abonnement expiré");

            // The school writes again: a deadline runs again, and the agent sees its time left.
            schoolReplies("Merci. Une licence reste inactive en classe de première.");
            assertThat(summary).containsText("Réponse au plus tard le");
            assertThat(due).not().containsText("Délai suspendu");
            agent.reload();
            Locator badges = agent.locator(".cpro-workspace__badges");
            assertThat(badges).containsText(TIME_LEFT);

            // The agent waits for the school by hand: the clock stops on both sides, with the time it had left.
            choose(agent, agent.locator(".cpro-workspace__side vaadin-combo-box").first(), "En attente de votre réponse");
            assertThat(badges).containsText(Pattern.compile("en pause \\(reste \\d+ (h|min) ouvrées\\)"));
            page.reload();
            assertThat(due).containsText("Délai suspendu : nous attendons votre réponse");
            assertThat(summary).not().containsText("Réponse au plus tard le");
            page.navigate(url("/assistance/tickets"));
            page.locator("vaadin-text-field input").fill(tag);
            assertThat(text(page.locator("vaadin-grid-cell-content:visible"), "Licences inactives " + tag).first()).isVisible();
            assertThat(text(page.locator("vaadin-grid-cell-content:visible"), "Suspendu : votre réponse est attendue")
                    .first()).isVisible();
            agent.navigate(url("/helpdesk?assigne=ME&q=" + tag));
            assertThat(text(agent.locator("vaadin-grid-cell-content:visible"), "en pause").first()).isVisible();

            // A second agent opens the ticket now, before the school's answer.
            Page second = open(secondContext);
            signIn(second, "superviseur@cpro.demo", DEMO_PASSWORD);
            assertThat(second.locator("h1")).hasText("Accueil");
            second.navigate(url("/helpdesk/tickets/" + reference));
            assertThat(second.locator("h1")).containsText(reference);
            assertThat(second.locator(".cpro-workspace__badges")).containsText("en pause");

            // The school answers: the deadline runs again from what was left, on both sides.
            page.navigate(url("/assistance/tickets/" + reference));
            schoolReplies("La licence est active, merci " + tag + ".");
            assertThat(summary).containsText("Réponse au plus tard le");
            assertThat(due).not().containsText("Délai suspendu");
            agent.navigate(url("/helpdesk/tickets/" + reference));
            assertThat(agent.locator(".cpro-workspace__badges")).containsText(TIME_LEFT);
            assertThat(agent.locator(".cpro-workspace__badges")).not().containsText("en pause");
            assertThat(agent.locator(".cpro-workspace__side vaadin-combo-box input").first()).hasValue("En cours");

            // The second agent replies from the page loaded before that answer: refused, who did what, draft kept.
            Locator secondDraft = second.locator(".cpro-composer textarea");
            secondDraft.fill("Pensez à relancer l'export.");
            button(second, "Envoyer la réponse").click();
            assertThat(text(second.locator("vaadin-notification-card"), "Camille MARTIN (établissement) a répondu à")
                    .first()).containsText("Rien n'a été enregistré");
            assertThat(secondDraft).hasValue("Pensez à relancer l'export.");
            assertThat(second.locator(".cpro-workspace__thread")).containsText("La licence est active, merci " + tag);
            assertThat(second.locator(".cpro-workspace__badges")).containsText(TIME_LEFT);
            Browser.screenshot(second, "reponse-refusee");
        } finally {
            secondContext.close();
            agentContext.close();
        }
    }

    /** The school's reply on its ticket's page, as it types it. */
    private void schoolReplies(String text) {
        page.locator(".cpro-reply vaadin-text-area textarea").fill(text);
        button(page, "Envoyer la réponse").click();
        assertThat(page.locator(".cpro-ticket__history")).containsText(text);
    }
}
