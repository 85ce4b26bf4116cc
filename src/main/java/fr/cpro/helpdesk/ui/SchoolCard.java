package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.account.SchoolAdministrator;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.establishment.SubscriptionSummary;
import fr.cpro.support.AuthorSide;
import fr.cpro.support.MessageView;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.TicketStatus;
import fr.cpro.support.TicketWorkspace;

import java.util.EnumSet;
import java.util.Optional;

/**
 * Who wrote: the school, its académie and mailbox, its administrator (or that the first connection is still to
 * come), who sent the ticket, the diploma recorded on it and where the school's subscription to that diploma
 * stands, and a link to the school's other tickets.
 */
final class SchoolCard extends Composite<Section> {

    /**
     * @param administrator the school's administrator account, empty when none was created
     * @param subscription  the school's subscription to the ticket's diploma, empty when it has none (or the
     *                      ticket records no diploma)
     */
    SchoolCard(TicketWorkspace ws, Optional<SchoolAdministrator> administrator,
               Optional<SubscriptionSummary> subscription, FrenchDates dates) {
        var school = ws.school();
        var facts = new DescriptionList();
        fact(facts, "helpdesk.school.name", new Span(school.name()));
        fact(facts, "helpdesk.school.uai", new Span(school.uai()));
        fact(facts, "helpdesk.school.academie", new Span(school.academie()));
        fact(facts, "helpdesk.school.email", new Span(school.officialEmail()));
        fact(facts, "helpdesk.school.admin", administrator.map(this::administrator)
                .orElseGet(() -> new Span(getTranslation("helpdesk.school.admin.none"))));
        ws.ticket().messages().stream().filter(m -> m.side() == AuthorSide.SCHOOL).findFirst()
                .map(MessageView::authorName).ifPresent(name -> fact(facts, "helpdesk.school.sender", new Span(name)));
        String diploma = ws.ticket().diplomaLabel();
        fact(facts, "helpdesk.school.diploma", new Span(diploma == null
                ? getTranslation("helpdesk.school.no-diploma") : diploma));
        if (diploma != null) {
            fact(facts, "helpdesk.school.subscription", subscription.map(s -> subscriptionState(s, dates))
                    .orElseGet(() -> new Badge(getTranslation("helpdesk.school.subscription.none"), "overdue")));
        }
        var others = new RouterLink(getTranslation("helpdesk.school.others"), QueueView.class);
        others.setQueryParameters(QueueParams.write(new QueueFilter(EnumSet.allOf(TicketStatus.class), null,
                school.uai(), null, null, null, null)));
        others.addClassName("cpro-workspace__school-tickets");
        getContent().addClassNames("cpro-card", "cpro-workspace__school");
        getContent().add(new H2(getTranslation("helpdesk.school.title")), facts, others);
    }

    private Component administrator(SchoolAdministrator admin) {
        var value = new Span();
        value.addClassName("cpro-workspace__admin");
        if (admin.activated()) {
            value.add(new Text(admin.displayName() + " · " + admin.email()));
        } else {
            // The name is given at the first connection: until then, only the mailbox the link went to.
            value.add(new Text(admin.email() + " "), new Badge(getTranslation("helpdesk.school.admin.pending"), "en-attente"));
        }
        return value;
    }

    private Component subscriptionState(SubscriptionSummary s, FrenchDates dates) {
        return switch (s.status()) {
            case VALID -> new Badge(getTranslation("helpdesk.school.subscription.active", dates.format(s.endDate())), "resolu");
            case EXPIRING -> new Badge(getTranslation("helpdesk.school.subscription.ending", dates.format(s.endDate()),
                    s.daysLeft()), "en-cours");
            case EXPIRED -> new Badge(getTranslation("helpdesk.school.subscription.expired", dates.format(s.endDate())), "overdue");
            case UPCOMING -> new Badge(getTranslation("helpdesk.school.subscription.upcoming", dates.format(s.startDate())), "nouveau");
        };
    }

    private void fact(DescriptionList list, String key, Component value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
