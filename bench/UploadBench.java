import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The browser half of bench/upload.sh: signs in as the demo school, opens the ticket form, gives
 * the file to the real Vaadin Upload in headless Chromium, and times the transfer in the page
 * (from the component's upload-start to upload-success), then waits for the server to confirm
 * the file and sends the ticket. Prints "browser_seconds=<s>" and "reference=<ref>".
 * Usage: java -cp <test classpath> bench/UploadBench.java BASE_URL FILE
 */
public class UploadBench {

    /** The flags Chromium runs with; CHROMIUM_ARGS (space-separated) adds some, for A/B runs. */
    static List<String> chromiumArgs() {
        var args = new java.util.ArrayList<>(List.of("--no-sandbox", "--disable-gpu", "--no-first-run"));
        String extra = System.getenv("CHROMIUM_ARGS");
        if (extra != null && !extra.isBlank()) {
            args.addAll(List.of(extra.trim().split("\\s+")));
        }
        return args;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path file = Path.of(args[1]);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getProperty("chromium", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(chromiumArgs()));
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("fr-FR")).newPage();
            page.setDefaultTimeout(60_000);
            page.navigate(base + "/login");
            page.locator("vaadin-login-form input[name='username']").fill("0759999L");
            page.locator("vaadin-login-form input[name='password']").fill("cpro-demo-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            page.locator("h1").filter(new Locator.FilterOptions().setHasText("Accueil")).waitFor();

            page.navigate(base + "/assistance/nouveau-ticket?categorie=UTILISATION");
            page.locator("vaadin-upload").waitFor();
            page.evaluate("""
                    () => {
                      const upload = document.querySelector('vaadin-upload');
                      upload.addEventListener('upload-start', () => window.benchStart = performance.now());
                      upload.addEventListener('upload-success', () => window.benchEnd = performance.now());
                      upload.addEventListener('upload-error', e => window.benchError = String(e.detail.file.error));
                    }""");
            if (args.length > 2 && args[2].equals("--print-target")) {
                // For the decomposition run: the Upload's own address and the session cookie, for curl.
                System.out.println("target=" + page.evaluate("() => new URL(document.querySelector('vaadin-upload').target, document.baseURI).href"));
                System.out.println("cookie=" + page.context().cookies().stream().map(c -> c.name + "=" + c.value)
                        .reduce((x, y) -> x + "; " + y).orElse(""));
                Thread.sleep(Long.parseLong(args[3]) * 1000);
                return;
            }
            page.locator("vaadin-text-field input").fill("Banc d'essai : fichier de 6 Gio");
            page.locator("vaadin-text-area textarea").fill("Téléversement mesuré par bench/upload.sh.");
            page.locator("vaadin-upload input[type=file]").setInputFiles(file);
            page.waitForFunction("() => window.benchEnd !== undefined || window.benchError !== undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(3_600_000).setPollingInterval(500));
            Object error = page.evaluate("() => window.benchError");
            if (error != null) {
                throw new IllegalStateException("upload failed in the browser: " + error);
            }
            double millis = ((Number) page.evaluate("() => window.benchEnd - window.benchStart")).doubleValue();
            page.locator(".cpro-attachment__status").filter(new Locator.FilterOptions()
                    .setHasText("Fichier prêt")).waitFor(new Locator.WaitForOptions().setTimeout(120_000));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer").setExact(true)).click();
            String reference = page.locator(".cpro-new-ticket__reference").innerText();
            System.out.printf("browser_seconds=%.3f%n", millis / 1000);
            System.out.println("reference=" + reference.replace("Référence : ", ""));
            browser.close();
        }
    }
}
