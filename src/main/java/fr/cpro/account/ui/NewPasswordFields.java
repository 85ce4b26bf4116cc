package fr.cpro.account.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.cpro.account.NewPassword;
import fr.cpro.account.PasswordPolicy;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * A new password typed twice, the rules, and a strength indicator updated as the user types.
 * The indicator is a hint; the service applies the same rules again.
 */
class NewPasswordFields extends Composite<Div> {

    final PasswordField password = new PasswordField();
    final PasswordField confirm = new PasswordField();
    final ProgressBar meter = new ProgressBar(0, 4);
    final Span strength = new Span();
    final Div indicator = new Div(meter, strength);
    private final BeanValidationBinder<NewPassword> binder = new BeanValidationBinder<>(NewPassword.class);
    private final Supplier<Collection<String>> personal;

    NewPasswordFields(Supplier<Collection<String>> personal) {
        this.personal = personal;
        password.setLabel(getTranslation("password.new"));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        password.setRequiredIndicatorVisible(true);
        password.setMaxLength(200);
        password.setValueChangeMode(ValueChangeMode.LAZY);
        password.setValueChangeTimeout(250);
        // Bound before the strength listener: the binder clears the field's message when its own
        // check passes, then the policy's problems are shown.
        binder.forField(password).bind("password");
        password.addValueChangeListener(e -> updateStrength());
        password.setWidthFull();

        confirm.setLabel(getTranslation("password.confirm"));
        confirm.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirm.setRequiredIndicatorVisible(true);
        confirm.setMaxLength(200);
        binder.forField(confirm)
                .withValidator(typed -> typed.equals(password.getValue()), getTranslation("password.mismatch"))
                .bind("confirmation");
        confirm.setWidthFull();

        var rules = new Paragraph(getTranslation("password.rules"));
        rules.addClassName("cpro-password__rules");
        meter.addClassName("cpro-password__meter");
        meter.getElement().setAttribute("aria-hidden", "true");
        strength.addClassName("cpro-password__strength");
        strength.getElement().setAttribute("aria-live", "polite");
        indicator.addClassName("cpro-password__indicator");
        indicator.setVisible(false);

        getContent().addClassName("cpro-password");
        getContent().add(password, indicator, rules, confirm);
    }

    private void updateStrength() {
        String value = password.getValue();
        indicator.setVisible(!value.isEmpty());
        int score = PasswordPolicy.strength(value, personal.get());
        meter.setValue(Math.max(score, 0.25)); // a sliver of red rather than an empty bar
        meter.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_CONTRAST,
                ProgressBarVariant.LUMO_SUCCESS);
        meter.addThemeVariants(score <= 1 ? ProgressBarVariant.LUMO_ERROR
                : score == 2 ? ProgressBarVariant.LUMO_CONTRAST : ProgressBarVariant.LUMO_SUCCESS);
        strength.setText(getTranslation("password.strength", getTranslation(PasswordPolicy.strengthKey(score))));
        // Say why as soon as a rule is broken, not only at submission.
        List<String> problems = PasswordPolicy.violations(value, personal.get());
        if (!problems.isEmpty() && value.length() >= PasswordPolicy.MIN_LENGTH) {
            showErrors(problems);
        }
    }

    /** Checks that a password is typed and both entries match; says why under the field when not. */
    boolean entriesMatch() {
        boolean valid = binder.validate().isOk();
        updateStrength(); // validating cleared the policy's hints under the password; they still hold
        return valid;
    }

    /** Shows the refused rules under the new password field. */
    void showErrors(List<String> keys) {
        password.setErrorMessage(String.join(" ", keys.stream().map(this::getTranslation).toList()));
        password.setInvalid(true);
    }

    String value() {
        return password.getValue();
    }

    boolean hasInput() {
        return !password.isEmpty() || !confirm.isEmpty();
    }

    void clear() {
        binder.readRecord(new NewPassword("", ""));
        indicator.setVisible(false);
    }
}
