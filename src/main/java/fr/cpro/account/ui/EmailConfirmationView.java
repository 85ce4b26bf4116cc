package fr.cpro.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
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

/**
 * The link sent to a new e-mail address. Opening it only checks the link and says which
 * address it confirms; the address changes when the user clicks "Confirmer": mail scanners
 * that open links must not confirm on the user's behalf. No sign-in needed: the link proves
 * the mailbox, and it may be opened on another device.
 */
@Route(value = "confirmation-email/:jeton", autoLayout = false)
@AnonymousAllowed
public class EmailConfirmationView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLifecycleService lifecycle;
    final Button confirm = new Button();
    private String token;

    EmailConfirmationView(AccountLifecycleService lifecycle) {
        super("email-confirm.title");
        this.lifecycle = lifecycle;
        confirm.setText(getTranslation("email-confirm.button"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        // Here, not in beforeEnter: the router reuses this view when only the link changes, and a
        // listener added on each visit would confirm once per visit on a single click.
        confirm.addClickListener(e -> confirm());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("jeton").orElse("");
        confirm.setEnabled(true);
        try {
            LinkHolder holder = lifecycle.checkLink(token, TokenPurpose.EMAIL_CHANGE);
            show(message(getTranslation("email-confirm.ask", holder.newEmail(), holder.login()), "info"), confirm);
        } catch (TokenRefusedException refused) {
            show(message(getTranslation(refused.messageKey()), "error"), toLogin());
        }
    }

    private void confirm() {
        try {
            String email = lifecycle.confirmEmailChange(token);
            show(message(getTranslation("email-confirm.done", email), "success"),
                    new Anchor(ActivationView.root(), getTranslation("email-confirm.to-app")));
        } catch (TokenRefusedException refused) {
            show(message(getTranslation(refused.messageKey()), "error"), toLogin());
        } catch (ChangeRefusedException refused) {
            show(message(getTranslation(refused.messageKeys().getFirst()), "error"), toLogin());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("email-confirm.page-title");
    }
}
