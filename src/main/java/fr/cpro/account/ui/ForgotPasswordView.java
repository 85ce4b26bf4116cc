package fr.cpro.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.cpro.account.PasswordHelp;
import fr.cpro.security.InvalidUaiException;

/**
 * Mot de passe oublié: the UAI (or an agent's e-mail) → a reset link, or a new activation
 * link for an account not activated yet. The answer is the same whether an account exists
 * or not; only a malformed UAI gets its own message (a public rule, as on the login page).
 */
@Route(value = ForgotPasswordView.ROUTE, autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "mot-de-passe-oublie";

    final TextField identifier = new TextField();
    final Button submit = new Button();

    ForgotPasswordView(PasswordHelp passwordHelp) {
        super("forgot.title");
        identifier.setLabel(getTranslation("forgot.identifier"));
        identifier.setRequired(true);
        identifier.setMaxLength(254);
        identifier.setWidthFull();
        identifier.setAutofocus(true);
        identifier.getElement().setAttribute("autocomplete", "username");
        submit.setText(getTranslation("forgot.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        submit.setDisableOnClick(true);
        submit.addClickListener(e -> {
            try {
                passwordHelp.request(identifier.getValue());
                show(message(getTranslation("forgot.sent"), "success"), toLogin());
            } catch (InvalidUaiException invalid) {
                identifier.setErrorMessage(getTranslation(invalid.messageKey()));
                identifier.setInvalid(true);
            } finally {
                submit.setEnabled(true);
            }
        });
    }

    /** Each visit starts with the empty form, also when the router reuses this view. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        identifier.clear();
        identifier.setInvalid(false);
        show(new Paragraph(getTranslation("forgot.intro")), identifier, submit, toLogin());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("forgot.page-title");
    }
}
