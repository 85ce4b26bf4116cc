package fr.cpro.establishment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import fr.cpro.base.EmailAddresses;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.SchoolDetails;

import java.util.Optional;

/**
 * The school's details: name and official mailbox editable, UAI and académie shown read-only
 * (they belong to the Education ministry's directory).
 */
class SchoolDetailsForm extends Composite<FormLayout> {

    final TextField uai = new TextField();
    final TextField academie = new TextField();
    final TextField name = new TextField();
    final EmailField officialEmail = new EmailField();
    // The record's constraints, in French, under each field; the service checks them again.
    private final BeanValidationBinder<SchoolDetails> binder = new BeanValidationBinder<>(SchoolDetails.class);

    SchoolDetailsForm() {
        uai.setLabel(getTranslation("school.uai"));
        uai.setReadOnly(true);
        uai.setHelperText(getTranslation("school.uai.help"));
        academie.setLabel(getTranslation("school.academie"));
        academie.setReadOnly(true);

        name.setLabel(getTranslation("school.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(SchoolDetails.NAME_MAX);
        officialEmail.setLabel(getTranslation("school.email"));
        officialEmail.setRequiredIndicatorVisible(true);
        officialEmail.setMaxLength(SchoolDetails.EMAIL_MAX);
        officialEmail.setHelperText(getTranslation("school.email.help"));
        officialEmail.setPattern(EmailAddresses.REGEX);
        // The fields check their own constraints before the binder: give them the French messages too.
        name.setI18n(new TextField.TextFieldI18n()
                .setRequiredErrorMessage(getTranslation("school.error.name-required"))
                .setMaxLengthErrorMessage(getTranslation("school.error.name-too-long")));
        officialEmail.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage(getTranslation("school.error.email-required"))
                .setMaxLengthErrorMessage(getTranslation("school.error.email-invalid"))
                .setPatternErrorMessage(getTranslation("school.error.email-invalid")));

        binder.forField(name).bind("name");
        binder.forField(officialEmail).bind("officialEmail");

        getContent().add(name, officialEmail, uai, academie);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2));
    }

    /** Shows the school as saved; the form has no changes afterwards. */
    void show(EstablishmentSummary school) {
        uai.setValue(school.uai());
        academie.setValue(school.academie());
        binder.readRecord(new SchoolDetails(school.name(), school.officialEmail()));
    }

    /** The typed details, or nothing (with the fields' messages shown) when a field is invalid. */
    Optional<SchoolDetails> validDetails() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }
}
