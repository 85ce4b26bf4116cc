package fr.cpro.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.cpro.account.Account;
import fr.cpro.account.AccountLifecycleService;
import fr.cpro.account.ChangeRefusedException;
import fr.cpro.account.EmailChange;
import fr.cpro.base.EmailAddresses;

/**
 * Modifier l'adresse e-mail: the new address and the current password; a confirmation link
 * goes to the new address, which replaces the old one only once confirmed.
 */
class EmailChangeForm extends Composite<Section> {

    final EmailField email = new EmailField();
    final PasswordField current = new CurrentPasswordField();
    final Button submit = new Button();
    final Paragraph status = new Paragraph();
    private final BeanValidationBinder<EmailChange> binder = new BeanValidationBinder<>(EmailChange.class);

    EmailChangeForm(AccountLifecycleService lifecycle, String currentEmail) {
        email.setLabel(getTranslation("account.email.new"));
        email.setMaxLength(Account.EMAIL_MAX);
        email.setRequiredIndicatorVisible(true);
        // The app's one e-mail rule, in the browser too; the field's own checks speak French.
        email.setPattern(EmailAddresses.REGEX);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("account.email.error.format"))
                .setMaxLengthErrorMessage(getTranslation("account.email.error.format")));
        email.setWidthFull();
        email.getElement().setAttribute("autocomplete", "email");
        binder.forField(email).bind("newEmail");
        binder.forField(current).bind("currentPassword");
        status.addClassName("cpro-account__email-status");
        status.getElement().setAttribute("role", "status");
        status.setVisible(false);
        submit.setText(getTranslation("account.email.submit"));
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.addClickListener(e -> {
            EmailChange change;
            try {
                change = binder.writeRecord();
            } catch (ValidationException invalid) {
                return; // the binder shows why under the field
            }
            try {
                String sentTo = lifecycle.requestEmailChange(change.newEmail(), change.currentPassword());
                binder.readRecord(new EmailChange("", ""));
                status.setText(getTranslation("account.email.sent", sentTo));
                status.setVisible(true);
            } catch (ChangeRefusedException refused) {
                var field = refused.field() == ChangeRefusedException.Field.EMAIL ? email : null;
                String message = getTranslation(refused.messageKeys().getFirst());
                if (field != null) {
                    email.setErrorMessage(message);
                    email.setInvalid(true);
                } else {
                    current.setErrorMessage(message);
                    current.setInvalid(true);
                }
            }
        });
        var section = getContent();
        section.addClassNames("cpro-card", "cpro-account__email");
        section.add(new H2(getTranslation("account.email.title")),
                new Paragraph(getTranslation("account.email.intro",
                        currentEmail == null ? getTranslation("account.not-provided") : currentEmail)),
                email, current, submit, status);
    }

    boolean hasInput() {
        return !email.isEmpty() || !current.isEmpty();
    }
}
