package fr.cpro.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A form that opts into the unsaved-work guard, as the account and ticket forms do. */
@Route("test/guarded-form")
@PermitAll
public class GuardedFormView extends Main implements HasUnsavedChanges {

    final TextField subject = new TextField("Objet");

    public GuardedFormView() {
        add(subject);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !subject.isEmpty();
    }
}
