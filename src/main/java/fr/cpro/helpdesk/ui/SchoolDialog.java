package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.base.ui.UnsavedChanges;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.establishment.SchoolRefusedException;
import fr.cpro.helpdesk.SchoolAdministration;
import jakarta.validation.ConstraintViolationException;

import java.util.function.Consumer;

/**
 * Registers a school by hand, or corrects one. A refusal (wrong check letter, UAI taken) is told in French
 * under the UAI and the dialog stays open with what was typed.
 */
class SchoolDialog extends Dialog {

    /** The refusals about the UAI, shown under its field as well. */
    private static final java.util.Set<String> UAI_REFUSALS = java.util.Set.of("school.error.uai-format",
            "school.error.uai-check-letter", "school.error.uai-taken");

    final SchoolForm form = new SchoolForm();
    final Checkbox sendLink = new Checkbox();
    final Button save = new Button();
    final Button cancel = new Button();
    private final H2 heading = new H2();
    private final SchoolAdministration administration;
    private final Consumer<EstablishmentSummary> onSaved;
    private EstablishmentSummary editing;

    SchoolDialog(SchoolAdministration administration, Consumer<EstablishmentSummary> onSaved) {
        this.administration = administration;
        this.onSaved = onSaved;
        setModal(true);
        setWidth("min(44rem, 95vw)");
        getHeader().add(heading);
        sendLink.setLabel(getTranslation("helpdesk.schools.form.send-link"));
        sendLink.setValue(true);
        add(form, sendLink);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("helpdesk.schools.cancel"));
        cancel.addClickListener(e -> closeWhenConfirmed());
        getFooter().add(cancel, save);
        addDialogCloseActionListener(e -> closeWhenConfirmed());
    }

    void create() {
        editing = null;
        heading.setText(getTranslation("helpdesk.schools.dialog.create"));
        save.setText(getTranslation("helpdesk.schools.form.create"));
        sendLink.setVisible(true);
        form.clear();
        open();
        form.uai.focus();
    }

    void edit(EstablishmentSummary school) {
        editing = school;
        heading.setText(getTranslation("helpdesk.schools.dialog.edit", school.uai()));
        save.setText(getTranslation("helpdesk.schools.form.save"));
        sendLink.setVisible(false);
        form.show(school);
        open();
        form.name.focus();
    }

    boolean hasUnsavedChanges() {
        return isOpened() && form.hasChanges();
    }

    private void closeWhenConfirmed() {
        UnsavedChanges.runWhenConfirmed(UI.getCurrent(), this::close);
    }

    private void save() {
        form.uai.setInvalid(false);
        var details = form.validDetails();
        if (details.isEmpty()) {
            return;
        }
        try {
            EstablishmentSummary saved = editing == null
                    ? administration.register(form.uai.getValue(), details.get(), sendLink.getValue())
                    : administration.update(editing.id(), details.get());
            close();
            Notification.show(getTranslation(editing == null ? "helpdesk.schools.created" : "helpdesk.schools.saved",
                    saved.name(), saved.uai()), 5_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onSaved.accept(saved);
        } catch (SchoolRefusedException e) {
            String message = getTranslation(e.messageKey(), e.params());
            if (UAI_REFUSALS.contains(e.messageKey())) {
                form.uai.setErrorMessage(message);
                form.uai.setInvalid(true);
            }
            error(message);
        } catch (ConstraintViolationException e) {
            error(getTranslation("helpdesk.schools.error.invalid"));
        } catch (RuntimeException e) {
            error(getTranslation("error.unexpected", ErrorReporter.report(e)));
        }
    }

    /** The refusal's French text, its dates written as French writes them. */
    static String message(com.vaadin.flow.component.Component on, SchoolRefusedException e, fr.cpro.base.FrenchDates dates) {
        Object[] params = e.params();
        for (int i = 0; i < params.length; i++) {
            if (params[i] instanceof java.time.LocalDate date) {
                params[i] = dates.format(date);
            }
        }
        return on.getTranslation(e.messageKey(), params);
    }

    static void error(String text) {
        Notification.show(text, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
