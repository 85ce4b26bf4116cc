package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.support.MessageView;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.TicketStatus;
import fr.cpro.support.TicketWorkspace;

import java.util.EnumSet;
import java.util.Set;

/** Who wrote: the school, its académie and mailbox, who sent the ticket, the diploma, and its other tickets. */
final class SchoolCard extends Composite<Section> {

    SchoolCard(TicketWorkspace ws) {
        var school = ws.school();
        var facts = new DescriptionList();
        fact(facts, "helpdesk.school.name", school.name());
        fact(facts, "helpdesk.school.uai", school.uai());
        fact(facts, "helpdesk.school.academie", school.academie());
        fact(facts, "helpdesk.school.email", school.officialEmail());
        ws.ticket().messages().stream().filter(m -> m.side() == fr.cpro.support.AuthorSide.SCHOOL).findFirst()
                .map(MessageView::authorName).ifPresent(name -> fact(facts, "helpdesk.school.sender", name));
        fact(facts, "helpdesk.school.diploma", ws.ticket().diplomaLabel() == null
                ? getTranslation("helpdesk.school.no-diploma") : ws.ticket().diplomaLabel());
        var others = new RouterLink(getTranslation("helpdesk.school.others"), QueueView.class);
        Set<TicketStatus> all = EnumSet.allOf(TicketStatus.class);
        others.setQueryParameters(QueueParams.write(new QueueFilter(all, null, school.uai(), null, null, null, null)));
        getContent().addClassNames("cpro-card", "cpro-workspace__school");
        getContent().add(new H2(getTranslation("helpdesk.school.title")), facts, others);
    }

    private void fact(DescriptionList list, String key, String value) {
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(new Span(value)));
    }
}
