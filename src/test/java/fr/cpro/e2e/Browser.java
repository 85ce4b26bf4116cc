package fr.cpro.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium, driven by Playwright. On a developer's machine without Chromium
 * the end-to-end tests are skipped with a printed reason; under {@code CI=true} a missing
 * Chromium fails the build instead, so CI can never go green without running them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("cpro.e2e.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "e2e");

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;

    private Browser(Playwright playwright, com.microsoft.playwright.Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /**
     * Starts Chromium, or skips the calling test class with the reason printed; under
     * {@code CI=true} (as .ci/run sets it) a missing Chromium is an error, not a skip.
     */
    static Browser startOrSkip() {
        if (!Files.isExecutable(CHROMIUM)) {
            String install = " (apt-get install -y chromium chromium-driver; .ci/run does it)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true and no Chromium at " + CHROMIUM
                        + ": the end-to-end tests must run on CI, not be skipped" + install);
            }
            String reason = "End-to-end tests skipped: no Chromium at " + CHROMIUM + install;
            System.out.println(reason);
            Assumptions.abort(reason);
        }
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
        return new Browser(playwright, browser);
    }

    /** A fresh browser profile (no cookies) with a French locale and a desktop window. */
    BrowserContext newContext() {
        return browser.newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setLocale("fr-FR")
                .setViewportSize(1280, 800));
    }

    /**
     * True when the page has come to rest as a user would see it: Vaadin's client has no request
     * under way (its pending answer may still change the page), no overlay is opening or closing,
     * and no finite CSS animation or transition is running (an infinite one, such as a spinner,
     * never ends). Audits and screenshots wait for it instead of a fixed delay.
     */
    private static final String AT_REST = """
            () => {
              const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};
              if (Object.values(clients).some(c => typeof c.isActive === 'function' && c.isActive())) return false;
              const moving = root => [...root.querySelectorAll('*')].some(e =>
                  e.hasAttribute('opening') || e.hasAttribute('closing') || (e.shadowRoot && moving(e.shadowRoot)));
              if (moving(document)) return false;
              return document.getAnimations().every(a => a.playState !== 'running'
                  || (a.effect && a.effect.getComputedTiming().iterations === Infinity));
            }""";

    /** Waits until the page is {@linkplain #AT_REST at rest}. */
    static void settled(Page page) {
        page.waitForFunction(AT_REST, null, new Page.WaitForFunctionOptions().setPollingInterval(50));
    }

    /** Waits until the page is at rest, then takes its picture. */
    static void screenshot(Page page, String name) {
        settled(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /**
     * The WCAG 2.1 A and AA violations that axe-core finds on the page as it is now, one
     * line each ("rule (impact): first offending element"); empty when the page passes.
     */
    static List<String> accessibilityViolations(Page page) {
        return accessibilityViolations(page, List.of());
    }

    /**
     * The same audit with some elements left out ({@link AxeBuilder#exclude}: CSS selectors),
     * for the rare finding inside a Vaadin component that the application cannot change; each
     * line names every offending element (its selector) and axe's own summary of the fix.
     */
    static List<String> accessibilityViolations(Page page, List<String> excluded) {
        var builder = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"));
        excluded.forEach(builder::exclude);
        return violations(builder);
    }

    /** Runs that audit and describes its violations, one line a rule with every offending element. */
    static List<String> violations(AxeBuilder audit) {
        return audit.analyze().getViolations().stream()
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): "
                        + (rule.getNodes().isEmpty() ? "" : rule.getNodes().getFirst().getHtml())
                        + rule.getNodes().stream().map(n -> "\n    at " + n.getTarget() + " — "
                                + String.valueOf(n.getFailureSummary()).replace('\n', ' '))
                        .collect(java.util.stream.Collectors.joining()))
                .toList();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
