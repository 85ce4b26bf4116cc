package fr.cpro.establishment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.SchoolDetails;

/**
 * The school's details: name and official mailbox editable, UAI and académie shown read-only
 * (they belong to the Education ministry's directory).
 */
class SchoolDetailsForm extends Composite<FormLayout> {

    /** What the fields edit; the binder writes here only when every field is valid. */
    static final class Draft {
        String name = "";
        String officialEmail = "";
    }

    final TextField uai = new TextField();
    final TextField academie = new TextField();
    final TextField name = new TextField();
    final EmailField officialEmail = new EmailField();
    private final Binder<Draft> binder = new Binder<>();
    private Draft draft = new Draft();

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
        // The fields check their own constraints before the binder: give them the French messages too.
        name.setI18n(new TextField.TextFieldI18n()
                .setRequiredErrorMessage(getTranslation("school.error.name-required"))
                .setMaxLengthErrorMessage(getTranslation("school.error.name-too-long")));
        officialEmail.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage(getTranslation("school.error.email-required"))
                .setMaxLengthErrorMessage(getTranslation("school.error.email-invalid"))
                .setPatternErrorMessage(getTranslation("school.error.email-invalid")));

        binder.forField(name)
                .asRequired(getTranslation("school.error.name-required"))
                .withValidator(v -> v.strip().length() <= SchoolDetails.NAME_MAX,
                        getTranslation("school.error.name-too-long"))
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(officialEmail)
                .asRequired(getTranslation("school.error.email-required"))
                .withValidator(SchoolDetails::isEmail, getTranslation("school.error.email-invalid"))
                .bind(d -> d.officialEmail, (d, v) -> d.officialEmail = v);

        getContent().add(name, officialEmail, uai, academie);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("40em", 2));
    }

    /** Shows the school as saved; the form has no changes afterwards. */
    void show(EstablishmentSummary school) {
        uai.setValue(school.uai());
        academie.setValue(school.academie());
        draft = new Draft();
        draft.name = school.name();
        draft.officialEmail = school.officialEmail();
        binder.readBean(draft);
    }

    /** The typed details, or nothing (with the fields' messages shown) when a field is invalid. */
    java.util.Optional<SchoolDetails> validDetails() {
        var candidate = new Draft();
        if (!binder.writeBeanIfValid(candidate)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SchoolDetails(candidate.name, candidate.officialEmail));
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    /** Puts the service's refusal under the field it concerns, keeping what was typed. */
    void showError(String messageKey) {
        if (messageKey.contains("email")) {
            officialEmail.setErrorMessage(getTranslation(messageKey));
            officialEmail.setInvalid(true);
        } else {
            name.setErrorMessage(getTranslation(messageKey));
            name.setInvalid(true);
        }
    }
}
