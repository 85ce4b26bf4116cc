package fr.cpro.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.base.FileSizes;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.base.ui.UnsavedChanges;
import fr.cpro.security.AppRoles;
import fr.cpro.support.AttachmentReceiver;
import fr.cpro.support.ReceivedFile;
import fr.cpro.support.SupportException;
import fr.cpro.support.TicketDetails;
import fr.cpro.support.TicketNotFoundException;
import fr.cpro.support.TicketService;
import fr.cpro.support.TicketStatus;
import jakarta.annotation.security.RolesAllowed;

/**
 * One ticket: its whole history of exchanges (the school's messages and the team's replies),
 * a reply with an optional file, "Marquer comme résolu" and "Rouvrir". Another school's
 * reference is a page that does not exist.
 */
@Route(TicketView.ROUTE)
@RolesAllowed(AppRoles.ETABLISSEMENT)
public class TicketView extends Main implements HasDynamicTitle, HasUnsavedChanges, BeforeEnterObserver {

    public static final String REFERENCE = "reference";
    public static final String ROUTE = "assistance/tickets/:" + REFERENCE;

    final H1 title = new H1();
    final Div summary = new Div();
    final Section history = new Section();
    final Button resolve = new Button();
    final Button reopen = new Button();
    final Paragraph closed = new Paragraph();
    final ReplyForm reply;
    private final TicketService tickets;
    private final FrenchDates dates;
    private final FileSizes sizes;
    private String reference;

    TicketView(TicketService tickets, AttachmentReceiver receiver, FrenchDates dates, FileSizes sizes) {
        this.tickets = tickets;
        this.dates = dates;
        this.sizes = sizes;
        addClassNames("cpro-page", "cpro-ticket");
        resolve.setText(getTranslation("support.ticket.resolve"));
        resolve.addClickListener(e -> act(() -> tickets.resolve(reference), "support.ticket.resolved"));
        reopen.setText(getTranslation("support.ticket.reopen"));
        reopen.addThemeVariants(ButtonVariant.PRIMARY);
        reopen.addClickListener(e -> act(() -> tickets.reopen(reference), "support.ticket.reopened"));
        closed.setText(getTranslation("support.ticket.closed"));
        reply = new ReplyForm(receiver, sizes, this::sendReply);
        summary.addClassName("cpro-card");
        history.addClassName("cpro-ticket__history");
        var actions = new Div(resolve, reopen);
        actions.addClassName("cpro-ticket__actions");
        add(new RouterLink(getTranslation("support.ticket.back"), TicketListView.class), title, summary, actions,
                history, closed, reply);
        reply.addChangeListener(() -> UnsavedChanges.changed(this));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reference = event.getRouteParameters().get(REFERENCE).orElse("");
        try {
            show(tickets.get(reference));
        } catch (TicketNotFoundException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(TicketDetails ticket) {
        title.setText(ticket.reference() + " · " + ticket.subject());
        summary.removeAll();
        var facts = new DescriptionList();
        fact(facts, "support.ticket.status", new StatusBadge(ticket.status()));
        fact(facts, "support.ticket.category", new Span(getTranslation(ticket.category().labelKey())));
        fact(facts, "support.ticket.created", new Span(dates.full(ticket.createdAt())));
        if (ticket.status() == TicketStatus.EN_ATTENTE) {
            // The team waits for the school: its clock stands still until the school answers.
            var paused = new Span(getTranslation("support.ticket.due.paused"));
            paused.addClassName("cpro-ticket__due");
            fact(facts, "support.ticket.due.label", paused);
        } else if (ticket.dueAt() != null) {
            var due = new Span(dates.full(ticket.dueAt()));
            due.addClassName("cpro-ticket__due");
            if (ticket.overdue()) {
                var late = new Span(getTranslation("support.list.overdue"));
                late.addClassNames("cpro-badge", "cpro-badge--overdue");
                due.add(new com.vaadin.flow.component.Text(" "), late);
            }
            fact(facts, "support.ticket.due", due);
        }
        if (ticket.diplomaLabel() != null) {
            fact(facts, "support.ticket.diploma", new Span(ticket.diplomaLabel()));
        }
        summary.add(facts);

        history.removeAll();
        history.add(new H2(getTranslation("support.ticket.history")));
        ticket.messages().forEach(m -> history.add(new MessageCard(m, dates, sizes)));

        TicketStatus status = ticket.status();
        resolve.setVisible(status != TicketStatus.RESOLU && status != TicketStatus.FERME);
        reopen.setVisible(status == TicketStatus.RESOLU);
        closed.setVisible(status == TicketStatus.FERME);
        reply.setVisible(status.isOpenToReplies());
        reply.reopens.setVisible(status == TicketStatus.RESOLU);
    }

    private static void fact(DescriptionList list, String labelKey, com.vaadin.flow.component.Component value) {
        list.add(new DescriptionList.Term(list.getTranslation(labelKey)), new DescriptionList.Description(value));
    }

    private boolean sendReply(String text, ReceivedFile file) {
        return act(() -> tickets.reply(reference, text, file), "support.ticket.reply.sent");
    }

    private boolean act(Runnable action, String successKey) {
        try {
            action.run();
            show(tickets.get(reference));
            Notification.show(getTranslation(successKey), 5_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            return true;
        } catch (SupportException e) {
            error(getTranslation(e.messageKey(), e.params()));
        } catch (RuntimeException e) {
            error(getTranslation("support.error.send", ErrorReporter.report(e)));
        }
        return false;
    }

    private static void error(String text) {
        Notification.show(text, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    @Override
    public boolean hasUnsavedChanges() {
        return reply.hasContent();
    }

    @Override
    public String getPageTitle() {
        return (reference == null ? "" : reference + " · ") + getTranslation("app.name");
    }
}
