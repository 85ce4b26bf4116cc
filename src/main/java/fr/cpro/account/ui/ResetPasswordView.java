package fr.cpro.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.ChangeRefusedException;
import fr.cpro.account.LinkHolder;
import fr.cpro.account.TokenPurpose;
import fr.cpro.account.TokenRefusedException;

import java.util.Arrays;

/**
 * Nouveau mot de passe, from the reset link: the password twice; saving it signs the
 * account out everywhere, then the user signs in with it.
 */
@Route(value = "nouveau-mot-de-passe/:jeton", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLifecycleService lifecycle;
    final NewPasswordFields password;
    final Button submit = new Button();
    private String token;
    private LinkHolder holder;

    ResetPasswordView(AccountLifecycleService lifecycle) {
        super("reset.title");
        this.lifecycle = lifecycle;
        this.password = new NewPasswordFields(() -> Arrays.asList(holder == null ? null : holder.login(),
                holder == null ? null : holder.firstName(), holder == null ? null : holder.lastName()));
        submit.setText(getTranslation("reset.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("jeton").orElse("");
        try {
            holder = lifecycle.checkLink(token, TokenPurpose.PASSWORD_RESET);
            show(new Paragraph(getTranslation("reset.intro", holder.login())), password, submit);
        } catch (TokenRefusedException refused) {
            show(message(getTranslation(refused.messageKey()), "error"), toForgotPassword(), toLogin());
        }
    }

    private void save() {
        if (!password.entriesMatch()) {
            return;
        }
        try {
            lifecycle.resetPassword(token, password.value());
            show(message(getTranslation("reset.done"), "success"), toLogin());
        } catch (ChangeRefusedException refused) {
            password.showErrors(refused.messageKeys());
        } catch (TokenRefusedException refused) {
            show(message(getTranslation(refused.messageKey()), "error"), toForgotPassword(), toLogin());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.page-title");
    }
}
