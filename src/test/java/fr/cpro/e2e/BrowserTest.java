package fr.cpro.e2e;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import fr.cpro.CproTest;
import org.junit.jupiter.api.AfterAll;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * An end-to-end test: the whole application on a random port, driven in headless Chromium.
 * Each test gets a fresh browser profile ({@link #context}) with one page ({@link #page}).
 */
@CproTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    static final String DEMO_SCHOOL = "0759999L";
    static final String DEMO_PASSWORD = "cpro-demo-2026";

    /** How long an action or an assertion waits for the page before failing. */
    static final int PATIENCE_MS = 30_000;

    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void startBrowser() {
        // Playwright's assertions wait 5 s by default, whatever the page's timeout: too short for a
        // round trip on a shared 2-core machine. They get the same patience as the page's actions.
        PlaywrightAssertions.setDefaultAssertionTimeout(PATIENCE_MS);
        browser = Browser.startOrSkip();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext();
        page = open(context);
    }

    @AfterEach
    void closePage() {
        context.close();
    }

    /** The address of a path of the application under test. */
    String url(String path) {
        return "http://localhost:" + port + (path.startsWith("/") ? path : "/" + path);
    }

    /** A new page in that browser profile, with the patience Vaadin's first load needs on 2 cores. */
    static Page open(BrowserContext context) {
        Page page = context.newPage();
        page.setDefaultTimeout(PATIENCE_MS);
        return page;
    }

    /** A PDF-looking file of random bytes (the same for the same seed), under target/e2e/files. */
    static Path pdfFile(String name, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        Path dir = Files.createDirectories(Path.of("target", "e2e", "files"));
        return Files.write(dir.resolve(name), bytes);
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Fills and sends the login form; what follows (Accueil or an error) is the caller's to check. */
    void signIn(Page page, String login, String password) {
        page.navigate(url("/login"));
        page.locator("vaadin-login-form input[name='username']").fill(login);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    void signIn(String login, String password) {
        signIn(page, login, password);
    }

    /** Signs the demo school in and waits for Accueil. */
    void signInAsDemoSchool() {
        signIn(DEMO_SCHOOL, DEMO_PASSWORD);
        assertThat(page.locator("h1")).hasText("Accueil");
    }
}
