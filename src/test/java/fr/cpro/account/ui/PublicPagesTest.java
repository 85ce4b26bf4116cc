package fr.cpro.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import fr.cpro.CproTest;
import fr.cpro.TestAccounts;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The pages opened without signing in: forgotten password and the links from mails. */
@CproTest
@WithAnonymousUser
class PublicPagesTest extends SpringBrowserlessTest {

    static final String PASSWORD = "Une phrase assez longue pour CPRO";

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    AccountLifecycleService lifecycle;
    @Autowired
    JdbcTemplate jdbc;

    private String forgot(String identifier) {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.identifier).setValue(identifier);
        test(view.submit).click();
        return view.content.getElement().getTextRecursively();
    }

    @Test
    void forgottenPasswordAnswersTheSameForAnAccountAndForNone() {
        var school = testAccounts.activeSchool("Iris", "Morin", PASSWORD);
        String known = forgot(school.uai());
        String unknown = forgot("0750655E");
        String agent = forgot("personne@cpro.demo");
        assertThat(known).contains("Si un compte correspond").isEqualTo(unknown).isEqualTo(agent);
    }

    @Test
    void forgottenPasswordExplainsAMistypedUai() {
        ForgotPasswordView view = navigate(ForgotPasswordView.class);
        test(view.identifier).setValue("0759999M");
        test(view.submit).click();
        assertThat(view.identifier.isInvalid()).isTrue();
        assertThat(view.identifier.getErrorMessage()).contains("lettre finale");
        assertThat(view.identifier.getValue()).isEqualTo("0759999M");
    }

    @Test
    void theActivationPageNamesTheSchoolAndSignsTheAdministratorIn() {
        var school = testAccounts.pendingSchool();
        String token = testAccounts.latestToken(school.officialEmail(), "activation/");
        ActivationView view = navigate(ActivationView.class, Map.of("jeton", token));
        assertThat(view.content.getElement().getTextRecursively()).contains(school.uai());

        test(view.firstName).setValue("Mila");
        test(view.lastName).setValue("Fontaine");
        test(view.password.password).setValue("fontaine du lycée 2026");
        test(view.password.confirm).setValue("fontaine du lycée 2026");
        test(view.submit).click();
        assertThat(view.password.password.getErrorMessage()).contains("ni vos nom et prénom");
        assertThat(currentUser.get()).isEmpty();

        test(view.password.password).setValue("Trois chats gris sur le toit");
        test(view.password.confirm).setValue("Trois chats gris sur le toit");
        test(view.submit).click();
        assertThat(currentUser.get()).hasValueSatisfying(user -> {
            assertThat(user.login()).isEqualTo(school.uai());
            assertThat(user.displayName()).isEqualTo("Mila FONTAINE");
        });
    }

    @Test
    void theActivationFormNamesAMissingNameBeforeAnythingIsSent() {
        var school = testAccounts.pendingSchool();
        String token = testAccounts.latestToken(school.officialEmail(), "activation/");
        ActivationView view = navigate(ActivationView.class, Map.of("jeton", token));

        test(view.firstName).setValue("Mila");
        test(view.lastName).setValue("  ");
        test(view.password.password).setValue("Trois chats gris sur le toit");
        test(view.password.confirm).setValue("Trois chats gris sur le toit");
        test(view.submit).click();

        assertThat(view.lastName.isInvalid()).isTrue();
        assertThat(view.lastName.getErrorMessage()).isEqualTo("Ce champ est obligatoire.");
        assertThat(currentUser.get()).as("not activated, not signed in").isEmpty();
        assertThat(testAccounts.latestToken(school.officialEmail(), "activation/")).as("the link still works")
                .isEqualTo(token);
    }

    @Test
    void aRefusedLinkShowsItsFrenchMessageAndTheWayOut() {
        ActivationView view = navigate(ActivationView.class, Map.of("jeton", "pas-un-vrai-jeton-0000000000"));
        String text = view.content.getElement().getTextRecursively();
        assertThat(text).contains("Ce lien d'activation n'est pas valide", "Mot de passe oublié");
        assertThat(view.submit.isAttached()).isFalse();

        ResetPasswordView reset = navigate(ResetPasswordView.class, Map.of("jeton", "pas-un-vrai-jeton-0000000000"));
        assertThat(reset.content.getElement().getTextRecursively()).contains("Ce lien de réinitialisation n'est pas valide");

        EmailConfirmationView confirm = navigate(EmailConfirmationView.class,
                Map.of("jeton", "pas-un-vrai-jeton-0000000000"));
        assertThat(confirm.content.getElement().getTextRecursively()).contains("Ce lien de confirmation n'est pas valide");
    }

    @Test
    void openingTheEmailLinkOnlyAsksAndTheAddressChangesOnConfirm() {
        var school = testAccounts.activeSchool("Lina", "Perrin", PASSWORD);
        String newEmail = "lina.perrin." + System.nanoTime() + "@ac-test.fr";
        testAccounts.as(school.uai(), () -> lifecycle.requestEmailChange(newEmail, PASSWORD));
        String token = testAccounts.latestToken(newEmail, "confirmation-email/");

        EmailConfirmationView view = navigate(EmailConfirmationView.class, Map.of("jeton", token));
        assertThat(view.content.getElement().getTextRecursively()).contains(newEmail, school.uai());
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE login = ?", String.class, school.uai()))
                .as("a mail scanner opening the link changes nothing").isNotEqualTo(newEmail);

        test(view.confirm).click();
        assertThat(view.content.getElement().getTextRecursively()).contains("C'est fait", newEmail);
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE login = ?", String.class, school.uai()))
                .isEqualTo(newEmail);
    }

    @Test
    void aReusedConfirmationPageConfirmsOnlyTheLinkItShows() {
        var first = testAccounts.activeSchool("Noé", "Roux", PASSWORD);
        var second = testAccounts.activeSchool("Léa", "Blanc", PASSWORD);
        String firstEmail = "noe.roux." + System.nanoTime() + "@ac-test.fr";
        String secondEmail = "lea.blanc." + System.nanoTime() + "@ac-test.fr";
        testAccounts.as(first.uai(), () -> lifecycle.requestEmailChange(firstEmail, PASSWORD));
        testAccounts.as(second.uai(), () -> lifecycle.requestEmailChange(secondEmail, PASSWORD));

        EmailConfirmationView view = navigate(EmailConfirmationView.class,
                Map.of("jeton", testAccounts.latestToken(firstEmail, "confirmation-email/")));
        EmailConfirmationView reused = navigate(EmailConfirmationView.class,
                Map.of("jeton", testAccounts.latestToken(secondEmail, "confirmation-email/")));
        assertThat(reused).as("the router reuses the view when only the link changes").isSameAs(view);

        test(reused.confirm).click();

        assertThat(reused.content.getElement().getTextRecursively()).contains("C'est fait", secondEmail);
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE login = ?", String.class, second.uai()))
                .isEqualTo(secondEmail);
        assertThat(jdbc.queryForObject("SELECT email FROM account WHERE login = ?", String.class, first.uai()))
                .as("the link opened first and left is not confirmed by the click").isNotEqualTo(firstEmail);
    }
}
