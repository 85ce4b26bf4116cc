package fr.cpro.e2e;

import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cpro.establishment.TestSchools;
import fr.cpro.security.CproPrincipal;
import fr.cpro.support.NewTicket;
import fr.cpro.support.TicketService;
import fr.cpro.support.SupportCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy is strict and Vaadin works under it: on every screen, in Chromium,
 * no script, style, image or connection is refused (a refusal is a console error and a
 * {@code securitypolicyviolation} event), and a page of another origin cannot frame the app.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    /** Gathers the page's CSP violations in {@code window.cproCspViolations}, from the first script on. */
    private static final String RECORD_VIOLATIONS = """
            window.cproCspViolations = [];
            document.addEventListener('securitypolicyviolation', e => window.cproCspViolations.push(
                e.effectiveDirective + ' refused ' + e.blockedURI + ' (' + e.sourceFile + ':' + e.lineNumber + ')'));
            """;

    @Autowired
    TestSchools schools;
    @Autowired
    TicketService tickets;
    @Autowired
    UserDetailsService users;

    private final List<String> refusals = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listenForRefusals() {
        context.addInitScript(RECORD_VIOLATIONS);
        page.onConsoleMessage(message -> {
            if (isCspRefusal(message)) {
                refusals.add(message.text());
            }
        });
    }

    private static boolean isCspRefusal(ConsoleMessage message) {
        return message.text().contains("Content Security Policy");
    }

    /** The violations this page saw, once its heading shows. */
    private List<String> violationsOn(String path, String heading) {
        page.navigate(url(path));
        assertThat(page.locator("h1")).hasText(heading);
        return violationsNow(path);
    }

    @SuppressWarnings("unchecked")
    private List<String> violationsNow(String where) {
        var found = new ArrayList<String>();
        ((List<Object>) page.evaluate("window.cproCspViolations")).forEach(v -> found.add(where + ": " + v));
        return found;
    }

    @Test
    void theSchoolsScreensRunWithoutAnyRefusal() {
        schools.pinDemoSubscriptions();
        var school = ((CproPrincipal) users.loadUserByUsername(TestSchools.DEMO_UAI)).withoutPassword();
        String reference = schools.as(school, () -> tickets.create(new NewTicket(SupportCategory.UTILISATION,
                "Politique de sécurité", "Bonjour,\nune question.\nMerci."), null)).reference();
        signInAsDemoSchool();

        var violations = new ArrayList<>(violationsNow("Accueil"));
        violations.addAll(violationsOn("/espace-personnel", "Espace personnel"));
        violations.addAll(violationsOn("/mon-etablissement", "Mon établissement"));
        violations.addAll(violationsOn("/abonnement", "Abonnement"));
        page.locator("vaadin-button.cpro-navbar__change-diploma").click();
        assertThat(page.getByRole(AriaRole.DIALOG)).containsText("Changer de diplôme");
        violations.addAll(violationsNow("Changer de diplôme"));
        page.keyboard().press("Escape");
        violations.addAll(violationsOn("/assistance", "Assistance"));
        violations.addAll(violationsOn("/assistance/nouveau-ticket", "Vous ne trouvez pas de réponses à votre question ?"));
        violations.addAll(violationsOn("/assistance/tickets", "Liste des tickets"));
        page.navigate(url("/assistance/tickets/" + reference));
        assertThat(page.locator("h1")).containsText("Politique de sécurité");
        violations.addAll(violationsNow("Demande " + reference));
        violations.addAll(violationsOn("/page-inexistante", "Page introuvable"));

        assertThat(violations).isEmpty();
        assertThat(refusals).isEmpty();
    }

    @Test
    void theSignedOutScreensAndTheAgentsRunWithoutAnyRefusal() {
        var violations = new ArrayList<>(violationsOn("/login", "CPRO STI"));
        violations.addAll(violationsOn("/mot-de-passe-oublie", "CPRO STI"));
        violations.addAll(violationsOn("/activation/lien-inconnu", "CPRO STI"));
        violations.addAll(violationsOn("/demo/courriels", "Courriels de démonstration"));
        signIn("agent@cpro.demo", DEMO_PASSWORD);
        assertThat(page.locator("h1")).hasText("Accueil");
        violations.addAll(violationsNow("Accueil (agent)"));
        violations.addAll(violationsOn("/espace-personnel", "Espace personnel"));

        assertThat(violations).isEmpty();
        assertThat(refusals).isEmpty();
    }

    @Test
    void aPageOfAnotherOriginCannotFrameTheApplication() {
        // The test's blank page, a document of no origin and no policy of its own, frames the login page.
        ConsoleMessage refusal = page.waitForConsoleMessage(
                new Page.WaitForConsoleMessageOptions().setPredicate(m -> m.text().contains("frame-ancestors")),
                () -> page.setContent("<iframe title='cadre' src='" + url("/login") + "'></iframe>"));

        assertThat(refusal.text()).contains("frame-ancestors 'none'");
        var frame = page.frames().stream().filter(f -> f != page.mainFrame()).findFirst().orElseThrow();
        frame.waitForLoadState();
        // Chromium replaces a refused frame by its own error page: the application never loaded in it.
        assertThat(frame.url()).startsWith("chrome-error://");
        assertThat(frame.locator("vaadin-login-form").count()).isZero();
    }
}
