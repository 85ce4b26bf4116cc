package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.establishment.DiplomaSummary;
import fr.cpro.establishment.SchoolRefusedException;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.helpdesk.SchoolAdministration;

import java.time.LocalDate;
import java.util.List;

/**
 * Adds a subscription to a diploma (from, to, licences), or extends one (a later last day). A refusal is told
 * in French and the dialog stays open.
 */
class SubscriptionDialog extends Dialog {

    final Select<DiplomaSummary> diploma = new Select<>();
    final DatePicker start;
    final DatePicker end;
    final IntegerField licences = new IntegerField();
    final Button save = new Button();
    private final H2 heading = new H2();
    private final SchoolAdministration administration;
    private final FrenchDates dates;
    private final long schoolId;
    private final Runnable onSaved;
    private SubscriptionSummary extending;

    SubscriptionDialog(SchoolAdministration administration, FrenchDates dates, long schoolId, LocalDate today,
                       Runnable onSaved) {
        this.administration = administration;
        this.dates = dates;
        this.schoolId = schoolId;
        this.onSaved = onSaved;
        setModal(true);
        setWidth("min(36rem, 95vw)");
        getHeader().add(heading);
        diploma.setLabel(getTranslation("subscription.diploma"));
        diploma.setItemLabelGenerator(d -> d.shortName() + " — " + d.title());
        start = FrenchDatePicker.create(getTranslation("subscription.start"), today);
        end = FrenchDatePicker.create(getTranslation("subscription.end"), today.plusYears(1).minusDays(1));
        licences.setLabel(getTranslation("subscription.licences"));
        licences.setMin(1);
        licences.setStepButtonsVisible(true);
        licences.setValue(25);
        var form = new FormLayout(diploma, licences, start, end);
        form.setColspan(diploma, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("24em", 2));
        add(form);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        var cancel = new Button(getTranslation("helpdesk.schools.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    void add(List<DiplomaSummary> catalogue) {
        extending = null;
        heading.setText(getTranslation("helpdesk.schools.subscription.dialog.add"));
        save.setText(getTranslation("helpdesk.schools.subscription.add"));
        diploma.setItems(catalogue);
        diploma.setReadOnly(false);
        start.setReadOnly(false);
        licences.setReadOnly(false);
        open();
    }

    void extend(SubscriptionSummary subscription) {
        extending = subscription;
        heading.setText(getTranslation("helpdesk.schools.subscription.dialog.extend", subscription.diploma().shortName()));
        save.setText(getTranslation("helpdesk.schools.subscription.extend"));
        diploma.setItems(List.of(subscription.diploma()));
        diploma.setValue(subscription.diploma());
        diploma.setReadOnly(true);
        start.setValue(subscription.startDate());
        start.setReadOnly(true);
        licences.setValue(subscription.licences());
        licences.setReadOnly(true);
        end.setValue(subscription.endDate().plusYears(1));
        open();
    }

    private void save() {
        try {
            if (extending == null) {
                if (diploma.getValue() == null) {
                    SchoolDialog.error(getTranslation("subscription.error.diploma-unknown"));
                    return;
                }
                administration.addSubscription(schoolId, diploma.getValue().code(), start.getValue(), end.getValue(),
                        licences.getValue() == null ? 0 : licences.getValue());
            } else {
                administration.extend(schoolId, extending.id(), end.getValue());
            }
            close();
            Notification.show(getTranslation(extending == null ? "helpdesk.schools.subscription.added"
                    : "helpdesk.schools.subscription.extended", diploma.getValue().shortName()), 5_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            onSaved.run();
        } catch (SchoolRefusedException e) {
            SchoolDialog.error(SchoolDialog.message(this, e, dates));
        } catch (RuntimeException e) {
            SchoolDialog.error(getTranslation("error.unexpected", ErrorReporter.report(e)));
        }
    }
}
