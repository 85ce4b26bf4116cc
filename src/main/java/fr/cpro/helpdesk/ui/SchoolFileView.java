package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.establishment.DiplomaService;
import fr.cpro.establishment.EstablishmentSummary;
import fr.cpro.helpdesk.SchoolAdministration;
import fr.cpro.helpdesk.SchoolsModules;
import fr.cpro.security.AppRoles;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.TicketQueue;
import fr.cpro.support.TicketStatus;
import jakarta.annotation.security.RolesAllowed;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A school's page for the support team: its details (the UAI never changes), its administrator account and
 * activation link, its subscriptions and its tickets, with the actions on each.
 */
@Route(SchoolFileView.ROUTE)
@RolesAllowed({AppRoles.AGENT, AppRoles.SUPERVISEUR})
public class SchoolFileView extends Main implements BeforeEnterObserver, HasDynamicTitle, HasUnsavedChanges {

    static final String UAI = "uai";
    static final String ROUTE = SchoolsModules.SCHOOLS_ROUTE + "/:" + UAI;
    /** How many of the school's tickets the page lists; the queue shows them all. */
    static final int TICKETS_SHOWN = 5;

    final H1 title = new H1();
    final Div details = new Div();
    final Button edit = new Button();
    final SchoolAccountCard account;
    final SchoolSubscriptions subscriptions;
    final Section tickets = new Section();
    SchoolDialog dialog;
    private final SchoolAdministration administration;
    private final TicketQueue queue;
    private final FrenchDates dates;
    private EstablishmentSummary school;

    SchoolFileView(SchoolAdministration administration, DiplomaService diplomas, TicketQueue queue, FrenchDates dates,
                   Clock clock) {
        this.administration = administration;
        this.queue = queue;
        this.dates = dates;
        addClassNames("cpro-page", "cpro-school-file");
        account = new SchoolAccountCard(administration, dates, clock, this::reload);
        subscriptions = new SchoolSubscriptions(administration, diplomas, dates, clock);
        edit.setText(getTranslation("helpdesk.schools.edit"));
        edit.setIcon(VaadinIcon.EDIT.create());
        edit.addClickListener(e -> {
            dialog = new SchoolDialog(administration, saved -> reload());
            dialog.edit(school);
        });
        var identity = new Section(new H2(getTranslation("helpdesk.schools.details.title")), details, edit);
        add(new RouterLink(getTranslation("helpdesk.schools.back"), SchoolsView.class), title, identity, account,
                subscriptions, tickets);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = administration.find(event.getRouteParameters().get(UAI).orElse(""));
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(found.get());
    }

    private void reload() {
        administration.find(school.uai()).ifPresent(this::show);
    }

    private void show(SchoolAdministration.SchoolFile file) {
        school = file.school();
        title.setText(getTranslation("helpdesk.schools.file.title", school.name(), school.uai()));
        details.removeAll();
        details.add(line("school.uai", school.uai()), line("school.name", school.name()),
                line("school.academie", school.academie()),
                line("helpdesk.schools.form.town", school.town() == null ? "—" : school.town()),
                line("school.email", school.officialEmail()));
        account.show(school, file.account());
        subscriptions.show(school.id());
        showTickets();
    }

    private Paragraph line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + " : ");
        label.addClassName("cpro-school-file__label");
        return new Paragraph(label, new Span(value));
    }

    /** The school's most urgent tickets, and the way to all of them in the queue. */
    private void showTickets() {
        tickets.removeAll();
        var all = new QueueFilter(EnumSet.allOf(TicketStatus.class), null, school.uai(), QueueFilter.Assignee.ANYONE,
                null, null, null);
        var open = new QueueFilter(Set.of(), null, school.uai(), QueueFilter.Assignee.ANYONE, null, null, null);
        tickets.add(new H2(getTranslation("helpdesk.schools.tickets.title")),
                new Paragraph(getTranslation("helpdesk.schools.tickets.count", queue.count(open), queue.count(all))));
        for (var row : queue.find(all, 0, TICKETS_SHOWN)) {
            var link = new RouterLink(row.reference() + " — " + row.subject(), TicketWorkspaceView.class,
                    new RouteParameters(TicketWorkspaceView.REFERENCE, row.reference()));
            tickets.add(new Div(link, new Badge(getTranslation(row.status().labelKey()),
                    row.status().name().toLowerCase(Locale.ROOT).replace('_', '-'))));
        }
        var inQueue = new RouterLink(getTranslation("helpdesk.schools.tickets.queue"), QueueView.class);
        inQueue.setQueryParameters(QueueParams.write(all));
        inQueue.addClassName("cpro-school-file__queue");
        tickets.add(inQueue);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dialog != null && dialog.hasUnsavedChanges();
    }

    @Override
    public String getPageTitle() {
        return (school == null ? getTranslation("helpdesk.schools.title") : school.name()) + " · "
                + getTranslation("app.name");
    }
}
