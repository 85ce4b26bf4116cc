package fr.cpro.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Many small files in a row, the case where the browser's "upload finished" and the server's
 * "file received" race each other (a few KiB arrive before the browser has even told the server
 * that the transfer started). Every one of them must end on "Fichier prêt à être envoyé", and a
 * reply sent while its file is still on the way must leave with that file.
 */
class UploadRaceIT extends BrowserTest {

    private static final int ROUNDS = 25;
    private static final int REPLIES = 12;

    @BeforeEach
    void signInAsSchool() {
        signInAsDemoSchool();
    }

    private static FilePayload smallFile(String name, int round) {
        byte[] bytes = ("%PDF-1.7\nfichier " + round + "\n" + "x".repeat(200 + round * 37))
                .getBytes(StandardCharsets.US_ASCII);
        return new FilePayload(name, "application/pdf", bytes);
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    @Test
    void everySmallFileOfTheTicketFormEndsReady() {
        page.navigate(url("/assistance/nouveau-ticket"));
        Locator status = page.locator(".cpro-attachment__status");
        for (int round = 1; round <= ROUNDS; round++) {
            String name = "petit-" + round + ".pdf";
            page.locator("vaadin-upload input[type=file]").setInputFiles(smallFile(name, round));
            assertThat(status).containsText("Fichier prêt à être envoyé : " + name);
            // Removing it empties the field for the next round, as a user changing their mind would.
            page.locator("vaadin-upload-file [part~=remove-button]").click();
            assertThat(status).isEmpty();
            assertThat(page.locator("vaadin-upload-file")).hasCount(0);
        }
    }

    @Test
    void aReplySentWhileItsSmallFileIsOnTheWayLeavesWithIt() {
        page.navigate(url("/assistance/nouveau-ticket?categorie=ABONNEMENT"));
        assertThat(page.locator("vaadin-combo-box input")).hasValue("Abonnement");
        page.locator("vaadin-text-field input").fill("Plusieurs petites pièces jointes");
        page.locator("vaadin-text-area textarea").fill("Premier message.");
        page.locator("vaadin-upload input[type=file]").setInputFiles(smallFile("premier.pdf", 0));
        assertThat(page.locator("vaadin-upload-file")).hasCount(1);
        // Sent at once: the form waits for the file if it has not arrived yet, then sends it.
        button("Envoyer").click();
        Locator reference = page.locator(".cpro-new-ticket__reference");
        assertThat(reference).containsText(Pattern.compile("CPRO-\\d{4}-\\d{6}"));
        String ticket = Pattern.compile("CPRO-\\d{4}-\\d{6}").matcher(reference.innerText()).results()
                .findFirst().orElseThrow().group();
        page.navigate(url("/assistance/tickets/" + ticket));
        assertThat(page.locator("h1")).containsText(ticket);
        Locator files = page.locator("a.cpro-message__file");
        assertThat(files).hasCount(1);

        for (int round = 1; round <= REPLIES; round++) {
            String name = "reponse-" + round + ".pdf";
            page.locator(".cpro-reply vaadin-text-area textarea").fill("Réponse numéro " + round + ".");
            page.locator(".cpro-reply vaadin-upload input[type=file]").setInputFiles(smallFile(name, round));
            // The file's row appears at once (the transfer may still be on its way) and pushes the button
            // down; it shrinks again the moment the transfer ends (its progress bar goes), which for a file this
            // small is just when a pointer would press. Send from the keyboard, which does not aim: the race under
            // test (sending while the file is on its way) is the same, and a click cannot land beside the button.
            assertThat(page.locator(".cpro-reply vaadin-upload-file")).hasCount(1);
            button("Envoyer la réponse").press("Enter");
            try {
                assertThat(page.locator(".cpro-ticket__history")).containsText("Réponse numéro " + round + ".");
            } catch (AssertionError stuck) {
                // Say what the user saw: the field's status, the button, the text field's error.
                Browser.screenshot(page, "reponse-bloquee-" + round);
                throw new AssertionError("reply " + round + " not sent; status='"
                        + page.locator(".cpro-reply .cpro-attachment__status").innerText() + "', button='"
                        + page.locator(".cpro-reply vaadin-button").last().innerText() + "', message invalid="
                        + page.locator(".cpro-reply vaadin-text-area").getAttribute("invalid") + ", files="
                        + page.locator(".cpro-reply vaadin-upload-file").count(), stuck);
            }
            assertThat(files).hasCount(round + 1);
            assertThat(files.filter(new Locator.FilterOptions().setHasText(name))).hasCount(1);
            // The form is empty again and ready for the next one.
            assertThat(page.locator(".cpro-reply vaadin-upload-file")).hasCount(0);
            assertThat(button("Envoyer la réponse")).isEnabled();
        }
    }
}
