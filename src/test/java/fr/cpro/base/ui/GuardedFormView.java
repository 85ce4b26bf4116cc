package fr.cpro.base.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** A form that opts into the unsaved-work guard by saying whether it has unsaved changes, and nothing else. */
@Route("test/guarded-form")
@PermitAll
public class GuardedFormView extends Main implements HasUnsavedChanges {

    final TextField subject = new TextField("Objet");
    /** Sent: the text stays shown but is saved, as the ticket form does. */
    boolean sent;

    public GuardedFormView() {
        add(subject);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return !sent && !subject.isEmpty();
    }
}
