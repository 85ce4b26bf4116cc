package fr.cpro.account.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import fr.cpro.CproTest;
import fr.cpro.home.ui.HomeView;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/** Espace personnel's two forms, as the demo school's administrator. */
@CproTest
@WithUserDetails("0759999L")
class AccountViewTest extends SpringBrowserlessTest {

    @Test
    void theStrengthIndicatorFollowsTheTyping() {
        AccountView view = navigate(AccountView.class);
        var fresh = view.passwordForm.fresh;
        assertThat(fresh.indicator.isVisible()).isFalse();

        test(fresh.password).setValue("motdepasse2026");
        assertThat(fresh.strength.getText()).isEqualTo("Robustesse : insuffisante");
        assertThat(fresh.password.isInvalid()).isTrue();
        assertThat(fresh.password.getErrorMessage()).contains("mots de passe courants");

        test(fresh.password).setValue("Camille au lycée, 2026 !");
        assertThat(fresh.password.getErrorMessage()).contains("ni vos nom et prénom");

        test(fresh.password).setValue("Trois chats gris dorment sur le toit, 2026 !");
        assertThat(fresh.strength.getText()).isEqualTo("Robustesse : excellente");
        assertThat(fresh.password.isInvalid()).isFalse();
    }

    @Test
    void twoDifferentEntriesAreRefusedBeforeAnythingIsSent() {
        AccountView view = navigate(AccountView.class);
        var form = view.passwordForm;
        test(form.current).setValue("cpro-demo-2026");
        test(form.fresh.password).setValue("Trois chats gris dorment sur le toit");
        test(form.fresh.confirm).setValue("Trois chats gris dorment sur le toi");
        test(form.submit).click();
        assertThat(form.fresh.confirm.isInvalid()).isTrue();
        assertThat(form.fresh.confirm.getErrorMessage()).isEqualTo(
                "Les deux saisies du nouveau mot de passe ne sont pas identiques.");
        assertThat(form.current.getValue()).as("nothing typed is lost").isEqualTo("cpro-demo-2026");
    }

    @Test
    void aMissingNewPasswordIsSaidOnItsFieldBeforeAnythingIsSent() {
        AccountView view = navigate(AccountView.class);
        var form = view.passwordForm;
        test(form.current).setValue("cpro-demo-2026");
        test(form.submit).click();
        assertThat(form.fresh.password.isInvalid()).isTrue();
        assertThat(form.fresh.password.getErrorMessage())
                .isEqualTo("Le mot de passe doit comporter au moins 12 caractères.");
        assertThat(form.current.isInvalid()).as("not checked against the account yet").isFalse();
    }

    @Test
    void aWrongCurrentPasswordIsSaidOnItsField() {
        AccountView view = navigate(AccountView.class);
        var form = view.passwordForm;
        test(form.current).setValue("pas-le-bon-mot-de-passe");
        test(form.fresh.password).setValue("Trois chats gris dorment sur le toit");
        test(form.fresh.confirm).setValue("Trois chats gris dorment sur le toit");
        test(form.submit).click();
        assertThat(form.current.isInvalid()).isTrue();
        assertThat(form.current.getErrorMessage()).isEqualTo("Le mot de passe actuel est incorrect.");
        assertThat(form.fresh.password.getValue()).isEqualTo("Trois chats gris dorment sur le toit");
    }

    @Test
    void anEmailChangeWithABadAddressIsRefusedOnTheAddressField() {
        AccountView view = navigate(AccountView.class);
        var form = view.emailForm;
        test(form.email).setValue("ce.0759999L@ac-paris.fr");
        test(form.current).setValue("cpro-demo-2026");
        test(form.submit).click();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage()).isEqualTo("C'est déjà l'adresse de votre compte.");
        assertThat(form.status.isVisible()).isFalse();
    }

    @Test
    void anAddressThatIsNoAddressIsRefusedByTheFormBeforeAnythingIsSent() {
        AccountView view = navigate(AccountView.class);
        var form = view.emailForm;
        test(form.email).setValue("camille.martin-ac-paris.fr");
        test(form.current).setValue("cpro-demo-2026");
        test(form.submit).click();
        assertThat(form.email.isInvalid()).isTrue();
        assertThat(form.email.getErrorMessage())
                .isEqualTo("Saisissez une adresse e-mail valide, par exemple prenom.nom@ac-paris.fr.");
        assertThat(form.status.isVisible()).as("no link sent").isFalse();
        assertThat(form.current.getValue()).as("nothing typed is lost").isEqualTo("cpro-demo-2026");
    }

    @Test
    void leavingWithATypedPasswordAsksFirst() {
        AccountView view = navigate(AccountView.class);
        test(view.passwordForm.current).setValue("cpro-demo-2026");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isSameAs(view);
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(view.passwordForm.current.getValue()).isEqualTo("cpro-demo-2026");
    }

    @Test
    void leavingWithATypedAddressAsksFirst() {
        AccountView view = navigate(AccountView.class);
        test(view.emailForm.email).setValue("nouvelle@ac-paris.fr");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(getCurrentView()).isSameAs(view);
        assertThat(find(ConfirmDialog.class).exists()).isTrue();
    }
}
