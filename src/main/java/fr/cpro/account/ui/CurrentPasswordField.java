package fr.cpro.account.ui;

import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * "Mot de passe actuel", as every change of Espace personnel asks for it: required, filled by the
 * browser's password manager, its error cleared as soon as the user types again.
 */
class CurrentPasswordField extends PasswordField {

    CurrentPasswordField() {
        setLabel(getTranslation("password.current"));
        setAutocomplete(Autocomplete.CURRENT_PASSWORD);
        setRequiredIndicatorVisible(true);
        setMaxLength(200);
        setWidthFull();
        addValueChangeListener(e -> setInvalid(false));
    }
}
