package fr.cpro.account.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.ChangeRefusedException;
import fr.cpro.account.TokenRefusedException;

/**
 * The link sent to a new e-mail address: opening it confirms the address (no sign-in
 * needed: the link proves the mailbox, and it may be opened on another device).
 */
@Route(value = "confirmation-email/:jeton", autoLayout = false)
@AnonymousAllowed
public class EmailConfirmationView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLifecycleService lifecycle;

    EmailConfirmationView(AccountLifecycleService lifecycle) {
        super("email-confirm.title");
        this.lifecycle = lifecycle;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("jeton").orElse("");
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
