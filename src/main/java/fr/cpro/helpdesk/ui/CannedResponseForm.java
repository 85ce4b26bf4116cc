package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BindingValidationStatusHandler;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.cpro.helpdesk.CannedResponseDraft;
import fr.cpro.helpdesk.CannedValues;

import java.util.Optional;

/**
 * The title and text of a canned response, bound to the {@link CannedResponseDraft} record with its Bean
 * Validation constraints, whose messages are translation keys shown in French next to the field.
 */
class CannedResponseForm extends Composite<FormLayout> {

    final TextField title = new TextField();
    final TextArea body = new TextArea();
    private final BeanValidationBinder<CannedResponseDraft> binder = new BeanValidationBinder<>(CannedResponseDraft.class);

    CannedResponseForm() {
        title.setLabel(getTranslation("helpdesk.canned.field.title"));
        title.setMaxLength(CannedResponseDraft.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();
        body.setLabel(getTranslation("helpdesk.canned.field.body"));
        body.setMaxLength(CannedResponseDraft.BODY_MAX);
        body.setRequiredIndicatorVisible(true);
        body.setHelperText(getTranslation("helpdesk.canned.field.body.helper", String.join(", ", CannedValues.PLACEHOLDERS)));
        body.setMinRows(10);
        body.setWidthFull();
        // Every keystroke counts as a change, so that leaving asks first even before the field is left.
        title.setValueChangeMode(ValueChangeMode.EAGER);
        body.setValueChangeMode(ValueChangeMode.EAGER);
        binder.forField(title).withValidationStatusHandler(translated(title, CannedResponseDraft.TITLE_MAX))
                .bind("title");
        binder.forField(body).withValidationStatusHandler(translated(body, CannedResponseDraft.BODY_MAX))
                .bind("body");
        getContent().add(title, body);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    private BindingValidationStatusHandler translated(HasValidation field, int max) {
        return status -> {
            field.setInvalid(status.isError());
            field.setErrorMessage(status.getMessage().filter(m -> status.isError())
                    .map(key -> getTranslation(key, max)).orElse(""));
        };
    }

    void read(CannedResponseDraft draft) {
        binder.readRecord(draft);
    }

    /** The typed record when it is valid; otherwise the fields show why, and nothing is returned. */
    Optional<CannedResponseDraft> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }
}
