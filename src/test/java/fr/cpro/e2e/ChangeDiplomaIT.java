package fr.cpro.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.TestSchools;
import fr.cpro.security.CproPrincipal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** "Changer de diplôme" in a real browser, as the demo school: the choice shows everywhere and survives sign-out. */
class ChangeDiplomaIT extends BrowserTest {

    @Autowired
    TestSchools schools;
    @Autowired
    DiplomaService diplomas;
    @Autowired
    UserDetailsService users;

    @BeforeEach
    void demoSchoolWorksInBacProMelecAndOpensAPage() {
        schools.pinDemoSubscriptions();
        var admin = ((CproPrincipal) users.loadUserByUsername(TestSchools.DEMO_UAI)).withoutPassword();
        schools.as(admin, () -> diplomas.changeMyDiploma(schools.diplomaId("BACPRO-MELEC")));
    }

    private void signIn() {
        signInAsDemoSchool();
    }

    private com.microsoft.playwright.Locator changeDiploma() {
        return page.locator("vaadin-button.cpro-navbar__change-diploma");
    }

    @Test
    void theSchoolChangesDiplomaSeesItInTheBannerAndOnAccueilAndKeepsItAfterSigningOut() {
        signIn();
        assertThat(changeDiploma()).containsText("Changer de diplôme");
        assertThat(changeDiploma()).containsText("Bac Pro MELEC");
        assertThat(page.locator(".cpro-home__diploma")).containsText("Bac Pro MELEC");

        changeDiploma().click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        assertThat(dialog).containsText("Changer de diplôme");
        assertThat(dialog).containsText("Abonnement expiré le");
        var expired = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("CAP Électricien"));
        assertThat(expired).isDisabled();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Bac Pro MELEC"))).isChecked();
        Browser.screenshot(page, "changer-de-diplome");

        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("BTS Électrotechnique")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Travailler dans ce diplôme")).click();

        assertThat(changeDiploma()).containsText("BTS Électrotechnique");
        assertThat(page.locator(".cpro-home__diploma")).containsText("BTS Électrotechnique");
        // The BTS subscription ends within 30 days: Accueil's Abonnement tile warns.
        assertThat(page.locator("a.cpro-tile--warning")).containsText("Pensez à le renouveler");
        Browser.screenshot(page, "accueil-abonnement-bientot-echu");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Déconnexion")).click();
        page.waitForURL(Pattern.compile(".*/login.*"));
        signIn();
        assertThat(changeDiploma()).containsText("BTS Électrotechnique");
        assertThat(page.locator(".cpro-home__diploma")).containsText("BTS Électrotechnique");
    }

    @Test
    void theExpiredDiplomaCannotBeChosen() {
        signIn();
        changeDiploma().click();
        var expired = page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("CAP Électricien"));
        assertThat(expired).isDisabled();
        // Even a forced click on the disabled option changes nothing.
        expired.click(new com.microsoft.playwright.Locator.ClickOptions().setForce(true));
        assertThat(expired).not().isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Travailler dans ce diplôme")).click();
        assertThat(changeDiploma()).containsText("Bac Pro MELEC");
        assertThat(page.locator(".cpro-home__diploma")).containsText("Bac Pro MELEC");
    }

    @Test
    void theTilesAreLinksThatTheKeyboardReaches() {
        signIn();
        String focused = "";
        for (int i = 0; i < 15 && !focused.contains("cpro-tile"); i++) {
            page.keyboard().press("Tab");
            focused = String.valueOf(page.evaluate("document.activeElement ? document.activeElement.className : ''"));
        }
        org.assertj.core.api.Assertions.assertThat(focused).as("Tab reaches a tile").contains("cpro-tile");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/abonnement"));
        assertThat(page.locator("h1")).hasText("Abonnement");
        assertThat(page.locator("vaadin-grid")).containsText("BTS Électrotechnique");
        Browser.screenshot(page, "abonnement");
    }
}
