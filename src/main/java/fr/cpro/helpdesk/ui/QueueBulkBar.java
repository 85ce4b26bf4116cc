package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.cpro.account.StaffMember;
import fr.cpro.support.QueueRow;
import fr.cpro.support.SupportException;
import fr.cpro.support.TeamTicketService;
import fr.cpro.support.TicketStatus;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Bulk actions on the selected rows: assign them to one agent, or give them one status. */
final class QueueBulkBar extends Composite<Div> {

    final Span selected = new Span();
    final ComboBox<StaffMember> agent = new ComboBox<>();
    final Button assign = new Button();
    final ComboBox<TicketStatus> status = new ComboBox<>();
    final Button applyStatus = new Button();

    QueueBulkBar(TeamTicketService team, List<StaffMember> agents, Supplier<Set<QueueRow>> selection, Runnable done) {
        agent.setLabel(getTranslation("helpdesk.bulk.agent"));
        agent.setItems(agents);
        agent.setItemLabelGenerator(StaffMember::displayName);
        assign.setText(getTranslation("helpdesk.bulk.assign"));
        status.setLabel(getTranslation("helpdesk.bulk.status"));
        status.setItems(Arrays.stream(TicketStatus.values()).filter(s -> s != TicketStatus.NOUVEAU).toList());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        applyStatus.setText(getTranslation("helpdesk.bulk.apply"));
        assign.addClickListener(e -> run(() -> team.assignAll(refs(selection.get()),
                agent.getValue() == null ? null : agent.getValue().id()), done));
        applyStatus.addClickListener(e -> {
            if (status.getValue() != null) {
                run(() -> team.changeStatusAll(refs(selection.get()), status.getValue()), done);
            }
        });
        getContent().addClassName("cpro-queue__bulk");
        getContent().add(selected, agent, assign, status, applyStatus);
        update(0);
    }

    /** Shown only while rows are selected. */
    void update(int count) {
        selected.setText(getTranslation("helpdesk.bulk.selected", count));
        getContent().setVisible(count > 0);
    }

    private static List<String> refs(Set<QueueRow> rows) {
        return rows.stream().map(QueueRow::reference).toList();
    }

    private void run(Supplier<Integer> action, Runnable done) {
        try {
            int changed = action.get();
            Notification.show(getTranslation("helpdesk.bulk.done", changed)).addThemeVariants(NotificationVariant.SUCCESS);
            done.run();
        } catch (SupportException e) {
            Notification.show(getTranslation(e.messageKey(), e.params())).addThemeVariants(NotificationVariant.ERROR);
        }
    }
}
