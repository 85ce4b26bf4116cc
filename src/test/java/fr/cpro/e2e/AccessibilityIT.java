package fr.cpro.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cpro.establishment.TestSchools;
import fr.cpro.security.CproPrincipal;
import fr.cpro.support.NewTicket;
import fr.cpro.support.TicketService;
import fr.cpro.support.SupportCategory;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.List;
import java.util.stream.Stream;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Every screen of CPRO STI, in the states a user meets, passes axe-core's WCAG 2.1 A and AA
 * rules: as the demo school, as an agent, signed out, on a desktop and on a 360 px phone.
 * Beyond the WCAG tags, axe's structure rules that serve the same criteria (1.3.1, 2.4.1,
 * 2.4.6) run too: one main landmark, all content in landmarks, one h1, headings in order.
 * Each page is one soft assertion whose message lists the rule, the offending elements and
 * axe's summary of the fix, so one run shows everything that is wrong.
 */
class AccessibilityIT extends BrowserTest {

    @Autowired
    TestSchools schools;
    @Autowired
    TicketService tickets;
    @Autowired
    UserDetailsService users;

    private final SoftAssertions softly = new SoftAssertions();

    @BeforeEach
    void pinDemoSubscriptions() {
        schools.pinDemoSubscriptions();
    }

    @AfterEach
    void reportAllPages() {
        softly.assertAll();
    }

    /** Audits the page as it is now; {@code excluded} are CSS selectors left out, each justified where used. */
    private void audit(Page page, String name, String... excluded) {
        page.waitForLoadState();
        // Vaadin's animations (dialog opening, notification) must have ended: axe measures colours as painted.
        Browser.settled(page);
        excluded = Stream.concat(Stream.of(VAADIN_CONNECTION_INDICATOR), Stream.of(excluded))
                .toArray(String[]::new);
        List<String> violations = Browser.accessibilityViolations(page, List.of(excluded));
        softly.assertThat(violations).as("%s: WCAG 2.1 A/AA violations%n%s", name, String.join("\n", violations))
                .isEmpty();
        var structure = new AxeBuilder(page).withRules(STRUCTURE_RULES);
        List.of(excluded).forEach(structure::exclude);
        List<String> structureViolations = Browser.violations(structure);
        softly.assertThat(structureViolations).as("%s: landmarks and headings%n%s", name,
                String.join("\n", structureViolations)).isEmpty();
    }

    /**
     * Vaadin's own loading/reconnection indicator, a popover that Flow adds to every page and
     * that is empty and hidden while the server answers; axe's "region" rule counts it as
     * content outside a landmark. The application cannot move it, and it holds no text.
     */
    private static final String VAADIN_CONNECTION_INDICATOR = "vaadin-connection-indicator";

    /**
     * axe's "best-practice" rules about page structure, which a screen-reader user navigates by,
     * and its "experimental" label-in-name rule (WCAG 2.5.3, level A: a speech-input user says
     * what they see, so an aria-label must contain the visible text).
     */
    private static final List<String> STRUCTURE_RULES = List.of("label-content-name-mismatch","landmark-one-main", "region", "page-has-heading-one",
            "heading-order", "empty-heading", "landmark-unique", "landmark-no-duplicate-main",
            "landmark-main-is-top-level", "landmark-banner-is-top-level", "landmark-complementary-is-top-level");

    private void audit(String name, String... excluded) {
        audit(page, name, excluded);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    private String ticketOfTheDemoSchool() {
        var school = ((CproPrincipal) users.loadUserByUsername(TestSchools.DEMO_UAI)).withoutPassword();
        return schools.as(school, () -> tickets.create(new NewTicket(SupportCategory.UTILISATION,
                "Export du livret impossible " + SUBJECT_WORD, "Bonjour,\nl'export PDF du livret échoue.\nMerci."), null))
                .reference();
    }

    /** A word of this run only (letters), to find its ticket in a queue the demo and other tests fill too. */
    private static final String SUBJECT_WORD = "livret" + Long.toString(System.nanoTime(), 36).chars()
            .map(c -> Character.isDigit(c) ? 'a' + (c - '0') : c)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    @Test
    void theSchoolsOwnPagesPassTheAudit() {
        signInAsDemoSchool();
        audit("Accueil");

        page.locator(".cpro-navbar__user").click();
        assertThat(page.locator("h1")).hasText("Espace personnel");
        audit("Espace personnel");
        // The password and e-mail forms showing their errors.
        var passwordCard = page.locator(".cpro-account__password");
        passwordCard.getByLabel("Nouveau mot de passe", new Locator.GetByLabelOptions().setExact(true)).fill("court");
        passwordCard.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Changer le mot de passe")).click();
        page.getByLabel("Nouvelle adresse e-mail").fill("pas-une-adresse");
        button("Envoyer le lien de confirmation").click();
        assertThat(passwordCard.locator("[invalid]").first()).isVisible();
        assertThat(page.locator(".cpro-account__email vaadin-email-field[invalid]")).isVisible();
        audit("Espace personnel, formulaires en erreur");

        page.navigate(url("/mon-etablissement"));
        assertThat(page.locator("h1")).isVisible();
        audit("Mon établissement");

        page.navigate(url("/abonnement"));
        assertThat(page.locator("h1")).hasText("Abonnement");
        assertThat(page.locator("vaadin-grid")).containsText("BTS Électrotechnique");
        audit("Abonnement");

        page.locator("vaadin-button.cpro-navbar__change-diploma").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Changer de diplôme");
        audit("Dialogue Changer de diplôme");
    }

    @Test
    void assistanceAndTicketsPassTheAudit() {
        String reference = ticketOfTheDemoSchool();
        signInAsDemoSchool();

        page.navigate(url("/assistance"));
        assertThat(page.locator("h1")).hasText("Assistance");
        audit("Assistance");
        page.locator("button.cpro-help-category").filter(new Locator.FilterOptions().setHasText("Abonnement")).click();
        var panel = page.locator("#cpro-help-category-panel");
        panel.getByText("Comment renouveler l'abonnement de l'établissement ?").click();
        assertThat(panel.getByText("bon de commande", new Locator.GetByTextOptions().setExact(false))).isVisible();
        audit("Assistance, catégorie Abonnement ouverte");
        var search = page.locator("vaadin-text-field.cpro-help-search__field input");
        search.fill("mot de passe");
        assertThat(page.locator(".cpro-help-search__results")).containsText("réponses pour « mot de passe »");
        audit("Assistance, recherche avec réponses");
        search.fill("xylophone quantique");
        assertThat(page.locator(".cpro-help-search__results")).containsText("Aucune réponse");
        audit("Assistance, recherche sans réponse");

        page.navigate(url("/assistance/nouveau-ticket"));
        assertThat(page.locator("h1")).isVisible();
        audit("Nouveau ticket");
        button("Envoyer").click();
        assertThat(page.locator("vaadin-text-field[invalid]")).isVisible();
        audit("Nouveau ticket, champs obligatoires en erreur");

        page.navigate(url("/assistance/tickets"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference))).isVisible();
        audit("Liste des tickets");
        page.locator("vaadin-text-field input").fill("aucun-ticket-ne-porte-ce-nom");
        assertThat(page.locator("vaadin-grid")).containsText("Aucun ticket");
        audit("Liste des tickets, état vide par un filtre");

        page.navigate(url("/assistance/tickets/" + reference));
        assertThat(page.locator("h1")).containsText(reference);
        audit("Ticket " + reference);
        button("Envoyer la réponse").click();
        assertThat(page.locator(".cpro-reply vaadin-text-area[invalid]")).isVisible();
        audit("Ticket, réponse vide refusée");

        // Typed text, then Déconnexion: the unsaved-work confirmation.
        page.navigate(url("/assistance/nouveau-ticket"));
        page.locator("vaadin-text-field input").fill("Un objet pas encore envoyé");
        button("Déconnexion").click();
        assertThat(page.getByRole(AriaRole.ALERTDIALOG)).containsText("Modifications non enregistrées");
        audit("Confirmation des modifications non enregistrées");
    }

    @Test
    void theAgentsPagesPassTheAudit() {
        signIn("agent@cpro.demo", DEMO_PASSWORD);
        assertThat(page.locator("h1")).hasText("Accueil");
        audit("Accueil de l'agent");
        page.navigate(url("/espace-personnel"));
        assertThat(page.locator("h1")).hasText("Espace personnel");
        audit("Espace personnel de l'agent");
        // Assistance is the schools' own: an agent who follows a school's link meets "Page introuvable".
        page.navigate(url("/assistance"));
        assertThat(page.locator("h1")).hasText("Page introuvable");
        audit("Page introuvable");
    }

    @Test
    void theHelpdeskPagesPassTheAudit() {
        String reference = ticketOfTheDemoSchool();
        signIn("agent@cpro.demo", DEMO_PASSWORD);
        assertThat(page.locator("h1")).hasText("Accueil");

        // The demo's forty tickets and other tests' fill the queue: its first rows may all be more urgent.
        page.navigate(url("/helpdesk?q=" + SUBJECT_WORD));
        assertThat(page.locator("h1")).hasText("File d'attente");
        assertThat(page.locator("vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions()
                .setHasText(reference)).first()).isVisible();
        audit("File d'attente");
        page.locator("vaadin-grid vaadin-checkbox").nth(1).click();
        assertThat(page.locator(".cpro-queue")).containsText("1 ticket(s) sélectionné(s)");
        audit("File d'attente, un ticket sélectionné");
        page.navigate(url("/helpdesk?q=aucun-ticket-ne-porte-ce-nom"));
        assertThat(page.locator("vaadin-grid")).containsText("Aucun ticket ne correspond");
        audit("File d'attente, état vide par un filtre");

        page.navigate(url("/helpdesk/tickets/" + reference));
        assertThat(page.locator("h1")).containsText(reference);
        assertThat(page.locator(".cpro-workspace__school")).containsText("Camille MARTIN");
        audit("Ticket de l'agent " + reference);
        page.locator(".cpro-composer vaadin-radio-button").filter(new Locator.FilterOptions().setHasText("Note interne")).click();
        page.locator(".cpro-composer textarea").fill("Vérifier l'export côté serveur.");
        button("Ajouter la note").click();
        assertThat(page.locator(".cpro-workspace__thread")).containsText("Note interne — invisible pour l'établissement");
        audit("Ticket de l'agent, note interne");
        page.locator("h1").click();
        page.keyboard().press("?");
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Raccourcis clavier");
        audit("Dialogue des raccourcis clavier");
        button("Fermer").click();

        page.navigate(url("/helpdesk/reponses-types"));
        assertThat(page.locator("h1")).hasText("Réponses types");
        assertThat(page.locator("vaadin-grid")).containsText("Accusé de réception");
        audit("Réponses types");
        button("Nouvelle réponse type").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Nouvelle réponse type");
        audit("Dialogue Nouvelle réponse type");
    }

    @Test
    void thePublicPagesPassTheAudit() {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").waitFor();
        audit("Connexion");
        signIn(DEMO_SCHOOL, "pas-le-bon");
        assertThat(page.locator("vaadin-login-form")).containsText("Identifiant ou mot de passe incorrect");
        audit("Connexion, identifiants refusés");

        page.navigate(url("/mot-de-passe-oublie"));
        assertThat(page.locator("h2")).hasText("Mot de passe oublié");
        audit("Mot de passe oublié");
        button("Envoyer le lien").click();
        // The server's answer, whichever it is: the field in error, or the neutral "sent" message.
        assertThat(page.locator("vaadin-text-field[invalid], .cpro-public__message--success").first()).isVisible();
        audit("Mot de passe oublié, envoi");

        page.navigate(url("/activation/lien-inconnu"));
        assertThat(page.locator(".cpro-public__message--error")).isVisible();
        audit("Activation, lien invalide");
        page.navigate(url("/nouveau-mot-de-passe/lien-inconnu"));
        assertThat(page.locator("main")).isVisible();
        audit("Nouveau mot de passe, lien invalide");
        page.navigate(url("/confirmation-email/lien-inconnu"));
        assertThat(page.locator("main")).isVisible();
        audit("Confirmation d'adresse e-mail, lien invalide");

        page.navigate(url("/demo/courriels"));
        page.getByLabel("Destinataire").waitFor();
        audit("Boîte aux lettres de démonstration");
    }

    /**
     * WCAG 2.4.7 (Focus Visible), which axe cannot check: Tab through the school's main pages
     * and, at each stop, the focused element draws an outline or a shadow, or sits in a Vaadin
     * field that shows Lumo's focus ring.
     */
    @Test
    void theKeyboardFocusIsAlwaysVisible() {
        signInAsDemoSchool();
        focusStopsAreVisible("Accueil", 12);
        page.navigate(url("/assistance"));
        assertThat(page.locator("h1")).hasText("Assistance");
        focusStopsAreVisible("Assistance", 25);
        page.navigate(url("/assistance/nouveau-ticket"));
        assertThat(page.locator("h1")).isVisible();
        focusStopsAreVisible("Nouveau ticket", 14);
        page.navigate(url("/espace-personnel"));
        assertThat(page.locator("h1")).hasText("Espace personnel");
        focusStopsAreVisible("Espace personnel", 14);
    }

    private void focusStopsAreVisible(String name, int stops) {
        page.locator("body").click(new Locator.ClickOptions().setPosition(1, 1));
        for (int i = 0; i < stops; i++) {
            page.keyboard().press("Tab");
            // The focus ring may fade in (a CSS transition): judge it once it is drawn in full.
            page.waitForFunction("() => !document.activeElement || document.activeElement.getAnimations()"
                    + ".every(a => a.playState !== 'running')");
            Object hidden = page.evaluate("""
                    () => {
                      const el = document.activeElement;
                      if (!el || el === document.body) return null;
                      if (el.closest('[focus-ring], [navigating]')) return null;
                      const s = getComputedStyle(el);
                      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
                      if (outline || s.boxShadow !== 'none') return null;
                      return el.outerHTML.slice(0, 200);
                    }""");
            softly.assertThat(hidden).as("%s, tab stop %d: focus not visible on %s", name, i + 1, hidden).isNull();
        }
    }

    @Test
    void theNarrowScreensPassTheAudit() {
        page.setViewportSize(360, 740);
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").waitFor();
        audit("Connexion, 360 px");
        signInAsDemoSchool();
        audit("Accueil, 360 px");
        page.navigate(url("/assistance"));
        assertThat(page.locator("h1")).hasText("Assistance");
        audit("Assistance, 360 px");
        page.navigate(url("/assistance/nouveau-ticket"));
        assertThat(page.locator("h1")).isVisible();
        audit("Nouveau ticket, 360 px");
        button("Envoyer").click();
        assertThat(page.locator("vaadin-text-field[invalid]")).isVisible();
        audit("Nouveau ticket en erreur, 360 px");
        page.navigate(url("/assistance/tickets"));
        assertThat(page.locator("h1")).isVisible();
        audit("Liste des tickets, 360 px");
        page.navigate(url("/espace-personnel"));
        assertThat(page.locator("h1")).hasText("Espace personnel");
        audit("Espace personnel, 360 px");
    }
}
