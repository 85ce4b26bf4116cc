package fr.cpro.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.cpro.account.Account;
import fr.cpro.account.AccountNames;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.ChangeRefusedException;
import fr.cpro.account.LinkHolder;
import fr.cpro.account.TokenPurpose;
import fr.cpro.account.TokenRefusedException;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

/**
 * Première connexion, from the activation link mailed to the school: the administrator's
 * Prénom, NOM and password (twice), then they are signed in.
 */
@Route(value = "activation/:jeton", autoLayout = false)
@AnonymousAllowed
public class ActivationView extends PublicPage implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountLifecycleService lifecycle;
    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final NewPasswordFields password = new NewPasswordFields(this::personalWords);
    final Button submit = new Button();
    private final BeanValidationBinder<AccountNames> names = new BeanValidationBinder<>(AccountNames.class);
    private String token;
    private LinkHolder holder;

    ActivationView(AccountLifecycleService lifecycle) {
        super("activation.title");
        this.lifecycle = lifecycle;
        firstName.setLabel(getTranslation("activation.first-name"));
        lastName.setLabel(getTranslation("activation.last-name"));
        for (TextField field : new TextField[] {firstName, lastName}) {
            field.setRequired(true);
            field.setMaxLength(Account.NAME_MAX);
            field.setWidthFull();
        }
        names.forField(firstName).bind("firstName");
        names.forField(lastName).bind("lastName");
        firstName.getElement().setAttribute("autocomplete", "given-name");
        lastName.getElement().setAttribute("autocomplete", "family-name");
        submit.setText(getTranslation("activation.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> activate());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("jeton").orElse("");
        try {
            holder = lifecycle.checkLink(token, TokenPurpose.ACTIVATION);
        } catch (TokenRefusedException refused) {
            show(message(getTranslation(refused.messageKey()), "error"), toForgotPassword(), toLogin());
            return;
        }
        // What the support team may have entered already, for the administrator to check.
        names.readRecord(new AccountNames(Objects.toString(holder.firstName(), ""),
                Objects.toString(holder.lastName(), "")));
        show(new Paragraph(getTranslation("activation.intro", holder.login())), firstName, lastName, password,
                submit);
    }

    private Collection<String> personalWords() {
        return Arrays.asList(holder == null ? null : holder.login(), firstName.getValue(), lastName.getValue());
    }

    private void activate() {
        boolean namesValid = names.validate().isOk();
        if (!password.entriesMatch() || !namesValid) {
            return;
        }
        try {
            // The service signs the user in once the activation has committed.
            lifecycle.activate(token, firstName.getValue(), lastName.getValue(), password.value());
            // A full load of Accueil, under the new session id.
            getUI().ifPresent(ui -> ui.getPage().setLocation(root()));
        } catch (ChangeRefusedException refused) {
            switch (refused.field()) {
                case FIRST_NAME -> invalid(firstName, refused);
                case LAST_NAME -> invalid(lastName, refused);
                default -> password.showErrors(refused.messageKeys());
            }
        } catch (TokenRefusedException refused) {
            show(message(getTranslation(refused.messageKey()), "error"), toForgotPassword(), toLogin());
        }
    }

    private void invalid(TextField field, ChangeRefusedException refused) {
        field.setErrorMessage(getTranslation(refused.messageKeys().getFirst()));
        field.setInvalid(true);
    }

    static String root() {
        var request = VaadinService.getCurrentRequest();
        return (request == null ? "" : request.getContextPath()) + "/";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("activation.page-title");
    }
}
