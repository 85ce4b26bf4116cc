package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.cpro.base.EmailAddresses;
import fr.cpro.establishment.DirectoryDetails;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.OfficialMailbox;

import java.util.Objects;
import java.util.Optional;

/**
 * A school's UAI and details, for the support team. While the official mailbox has not been typed by hand,
 * it follows the suggestion {@code ce.<UAI>@ac-<académie>.fr}; once typed, it is the agent's. The UAI is
 * typed once, at registration: afterwards it is shown read-only.
 */
class SchoolForm extends Composite<FormLayout> {

    final TextField uai = new TextField();
    final TextField name = new TextField();
    final TextField academie = new TextField();
    final TextField town = new TextField();
    final EmailField officialEmail = new EmailField();
    private final BeanValidationBinder<DirectoryDetails> binder = new BeanValidationBinder<>(DirectoryDetails.class);
    /** The last suggestion shown; the mailbox follows while it still holds it. */
    private String suggested = "";

    SchoolForm() {
        uai.setLabel(getTranslation("school.uai"));
        uai.setRequiredIndicatorVisible(true);
        uai.setMaxLength(12);
        uai.setHelperText(getTranslation("helpdesk.schools.form.uai.help"));
        uai.setValueChangeMode(ValueChangeMode.EAGER);
        name.setLabel(getTranslation("school.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(DirectoryDetails.NAME_MAX);
        academie.setLabel(getTranslation("school.academie"));
        academie.setRequiredIndicatorVisible(true);
        academie.setMaxLength(DirectoryDetails.ACADEMIE_MAX);
        academie.setValueChangeMode(ValueChangeMode.EAGER);
        town.setLabel(getTranslation("helpdesk.schools.form.town"));
        town.setMaxLength(DirectoryDetails.TOWN_MAX);
        officialEmail.setLabel(getTranslation("school.email"));
        officialEmail.setRequiredIndicatorVisible(true);
        officialEmail.setMaxLength(DirectoryDetails.EMAIL_MAX);
        officialEmail.setPattern(EmailAddresses.REGEX);
        officialEmail.setHelperText(getTranslation("helpdesk.schools.form.email.help"));
        name.setI18n(new TextField.TextFieldI18n()
                .setRequiredErrorMessage(getTranslation("school.error.name-required"))
                .setMaxLengthErrorMessage(getTranslation("school.error.name-too-long")));
        academie.setI18n(new TextField.TextFieldI18n()
                .setRequiredErrorMessage(getTranslation("school.error.academie-required"))
                .setMaxLengthErrorMessage(getTranslation("school.error.academie-too-long")));
        officialEmail.setI18n(new EmailField.EmailFieldI18n()
                .setRequiredErrorMessage(getTranslation("school.error.email-required"))
                .setMaxLengthErrorMessage(getTranslation("school.error.email-invalid"))
                .setPatternErrorMessage(getTranslation("school.error.email-invalid")));

        binder.forField(name).bind("name");
        binder.forField(officialEmail).bind("officialEmail");
        binder.forField(academie).bind("academie");
        binder.forField(town).bind("town");
        uai.addValueChangeListener(e -> suggest());
        academie.addValueChangeListener(e -> suggest());

        getContent().add(uai, name, academie, town, officialEmail);
        getContent().setColspan(officialEmail, 2);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("32em", 2));
    }

    /** A new school: everything empty, the UAI to type. */
    void clear() {
        uai.setReadOnly(false);
        uai.clear();
        suggested = "";
        binder.readRecord(new DirectoryDetails("", "", "", ""));
    }

    /** An existing school: its details to correct, its UAI read-only. */
    void show(EstablishmentSummary school) {
        uai.setValue(school.uai());
        uai.setReadOnly(true);
        uai.setHelperText(getTranslation("helpdesk.schools.form.uai.fixed"));
        binder.readRecord(new DirectoryDetails(school.name(), school.officialEmail(), school.academie(),
                school.town() == null ? "" : school.town()));
        suggested = OfficialMailbox.suggest(school.uai(), school.academie());
    }

    private void suggest() {
        if (uai.isReadOnly()) {
            return;
        }
        String next = OfficialMailbox.suggest(fr.cpro.security.Uai.normalise(uai.getValue()), academie.getValue());
        if (officialEmail.getValue().isEmpty() || Objects.equals(officialEmail.getValue(), suggested)) {
            officialEmail.setValue(next);
        }
        suggested = next;
    }

    /** The typed details, or nothing (with the fields' messages shown) when one is invalid. */
    Optional<DirectoryDetails> validDetails() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            return Optional.empty();
        }
    }

    boolean hasChanges() {
        return binder.hasChanges() || (!uai.isReadOnly() && !uai.isEmpty());
    }
}
