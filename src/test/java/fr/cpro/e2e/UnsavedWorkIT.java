package fr.cpro.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Espace personnel in headless Chromium: closing or reloading the tab with something typed and not
 * saved makes the browser ask ({@code beforeunload}); once saved, or cleared, it lets the tab go.
 */
class UnsavedWorkIT extends BrowserTest {

    private static final Locator.GetByLabelOptions EXACT = new Locator.GetByLabelOptions().setExact(true);
    private static final String CLEAN = "() => window.cproTabGuard && !window.cproTabGuard.dirty && !window.cproTabGuard.typed";
    private static final String DIRTY = "() => window.cproTabGuard && window.cproTabGuard.dirty";

    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void openEspacePersonnel() {
        signInAsDemoSchool();
        page.navigate(url("/espace-personnel"));
        assertThat(page.locator("h1")).hasText("Espace personnel");
    }

    private Locator emailCard() {
        return page.locator(".cpro-account__email");
    }

    private Locator currentPassword() {
        return page.locator(".cpro-account__password").getByLabel("Mot de passe actuel", EXACT);
    }

    @Test
    void closingTheTabWhileTypingAsksAndOnceSentItClosesWithoutAsking() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss(); // "Rester sur la page"
        });
        var email = emailCard().getByLabel("Nouvelle adresse e-mail", EXACT);
        email.click();
        // Still in the field: the server has not received the text yet, the browser asks anyway.
        email.fill("camille.martin@ac-paris.fr");

        page.close(new Page.CloseOptions().setRunBeforeUnload(true));
        page.waitForCondition(() -> !dialogs.isEmpty());
        org.assertj.core.api.Assertions.assertThat(dialogs).containsExactly("beforeunload");
        org.assertj.core.api.Assertions.assertThat(page.isClosed()).as("the user stayed").isFalse();
        assertThat(email).hasValue("camille.martin@ac-paris.fr");

        // Sent: the form is empty again and nothing is left to lose.
        emailCard().getByLabel("Mot de passe actuel", EXACT).fill(DEMO_PASSWORD);
        emailCard().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer le lien de confirmation"))
                .click();
        assertThat(emailCard().locator(".cpro-account__email-status")).containsText("Un lien de confirmation a été envoyé");

        page.waitForClose(() -> page.close(new Page.CloseOptions().setRunBeforeUnload(true)));
        org.assertj.core.api.Assertions.assertThat(dialogs).as("no second question").hasSize(1);
    }

    @Test
    void reloadingWithATypedPasswordAsksAndOnceClearedReloadsWithoutAsking() {
        page.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.accept(); // "Recharger"
        });
        currentPassword().click();
        currentPassword().fill(DEMO_PASSWORD);
        currentPassword().press("Tab");
        page.waitForFunction(DIRTY);

        page.reload();
        org.assertj.core.api.Assertions.assertThat(dialogs).containsExactly("beforeunload");
        assertThat(page.locator("h1")).hasText("Espace personnel");
        assertThat(currentPassword()).hasValue("");

        // Typed, then cleared: nothing to lose.
        currentPassword().click();
        currentPassword().fill("brouillon");
        currentPassword().press("Tab");
        page.waitForFunction(DIRTY);
        currentPassword().fill("");
        currentPassword().press("Tab");
        page.waitForFunction(CLEAN);

        page.reload();
        assertThat(page.locator("h1")).hasText("Espace personnel");
        org.assertj.core.api.Assertions.assertThat(dialogs).as("no second question").hasSize(1);
    }
}
