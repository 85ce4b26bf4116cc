package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.SchoolRefusedException;
import fr.cpro.establishment.SubscriptionStatus;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.helpdesk.SchoolAdministration;
import org.springframework.data.domain.PageRequest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

/** The school's subscriptions, with their status today: add one, extend one, end one. */
class SchoolSubscriptions extends Composite<Section> {

    final Grid<SubscriptionSummary> grid = new Grid<>();
    final Button add = new Button();
    SubscriptionDialog dialog;
    private final SchoolAdministration administration;
    private final DiplomaService diplomas;
    private final FrenchDates dates;
    private final Clock clock;
    private long schoolId;

    SchoolSubscriptions(SchoolAdministration administration, DiplomaService diplomas, FrenchDates dates, Clock clock) {
        this.administration = administration;
        this.diplomas = diplomas;
        this.dates = dates;
        this.clock = clock;
        add.setText(getTranslation("helpdesk.schools.subscription.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addClickListener(e -> newDialog().add(diplomas.catalogue()));
        grid.addColumn(s -> s.diploma().shortName()).setHeader(getTranslation("subscription.diploma")).setFlexGrow(2);
        grid.addColumn(s -> dates.format(s.startDate())).setHeader(getTranslation("subscription.start")).setAutoWidth(true);
        grid.addColumn(s -> dates.format(s.endDate())).setHeader(getTranslation("subscription.end")).setAutoWidth(true);
        grid.addColumn(SubscriptionSummary::licences).setHeader(getTranslation("subscription.licences")).setAutoWidth(true);
        grid.addComponentColumn(s -> new Badge(getTranslation(s.status().labelKey()),
                s.status().name().toLowerCase(Locale.ROOT))).setHeader(getTranslation("subscription.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("helpdesk.schools.col.actions")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("helpdesk.schools.subscription.empty"));
        getContent().addClassName("cpro-school-subscriptions");
        getContent().add(new H2(getTranslation("helpdesk.schools.subscription.title")), add, grid);
    }

    void show(long schoolId) {
        this.schoolId = schoolId;
        // Lazy, in the catalogue's order; a school has at most one subscription per diploma.
        grid.setItems(q -> diplomas.subscriptionsOf(schoolId, PageRequest.of(q.getPage(), q.getPageSize())).stream());
    }

    private Div actions(SubscriptionSummary s) {
        var extend = new Button(getTranslation("helpdesk.schools.subscription.extend"), e -> newDialog().extend(s));
        extend.addThemeVariants(ButtonVariant.TERTIARY);
        extend.setAriaLabel(getTranslation("helpdesk.schools.subscription.extend.named", s.diploma().shortName()));
        var end = new Button(getTranslation("helpdesk.schools.subscription.end"), e -> confirmEnd(s));
        end.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        end.setAriaLabel(getTranslation("helpdesk.schools.subscription.end.named", s.diploma().shortName()));
        end.setVisible(s.status() != SubscriptionStatus.EXPIRED);
        return new Div(extend, end);
    }

    private SubscriptionDialog newDialog() {
        dialog = new SubscriptionDialog(administration, dates, schoolId, LocalDate.now(clock), this::refresh);
        return dialog;
    }

    private void confirmEnd(SubscriptionSummary s) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(new H2(getTranslation("helpdesk.schools.subscription.end.title", s.diploma().shortName())));
        confirm.setText(getTranslation(s.status() == SubscriptionStatus.UPCOMING
                ? "helpdesk.schools.subscription.end.text-upcoming" : "helpdesk.schools.subscription.end.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("helpdesk.schools.cancel"));
        confirm.setConfirmText(getTranslation("helpdesk.schools.subscription.end"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> end(s));
        confirm.open();
    }

    /** What the confirmation does (the tests press it here). */
    void end(SubscriptionSummary s) {
        try {
            administration.end(schoolId, s.id(), s.diploma().shortName());
            Notification.show(getTranslation("helpdesk.schools.subscription.ended", s.diploma().shortName()), 5_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (SchoolRefusedException e) {
            SchoolDialog.error(SchoolDialog.message(this, e, dates));
        } catch (RuntimeException e) {
            SchoolDialog.error(getTranslation("error.unexpected", ErrorReporter.report(e)));
        }
        refresh();
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
