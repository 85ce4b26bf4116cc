package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.cpro.account.StaffMember;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.TicketStatus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/** The queue's filter bar; each change hands the new filter to the view, which puts it in the address. */
final class QueueFilters extends Composite<Div> {

    /** "Assigné à": me, nobody, anyone, or one named agent. */
    record AssigneeChoice(QueueFilter.Assignee kind, StaffMember agent) {
    }

    final MultiSelectComboBox<TicketStatus> statuses = new MultiSelectComboBox<>();
    final ComboBox<SupportCategory> category = new ComboBox<>();
    final TextField school = new TextField();
    final ComboBox<AssigneeChoice> assignee = new ComboBox<>();
    final ComboBox<QueueFilter.Sla> sla = new ComboBox<>();
    final TextField text = new TextField();
    private boolean updating;

    QueueFilters(List<StaffMember> agents, Consumer<QueueFilter> onChange) {
        statuses.setLabel(getTranslation("helpdesk.filter.status"));
        statuses.setItems(TicketStatus.values());
        statuses.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        category.setLabel(getTranslation("helpdesk.filter.category"));
        category.setItems(SupportCategory.values());
        category.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        category.setClearButtonVisible(true);
        school.setLabel(getTranslation("helpdesk.filter.school"));
        school.setPlaceholder(getTranslation("helpdesk.filter.school.placeholder"));
        var choices = new ArrayList<AssigneeChoice>();
        for (var kind : List.of(QueueFilter.Assignee.ANYONE, QueueFilter.Assignee.ME, QueueFilter.Assignee.UNASSIGNED)) {
            choices.add(new AssigneeChoice(kind, null));
        }
        agents.forEach(a -> choices.add(new AssigneeChoice(QueueFilter.Assignee.AGENT, a)));
        assignee.setLabel(getTranslation("helpdesk.filter.assignee"));
        assignee.setItems(choices);
        assignee.setItemLabelGenerator(c -> c.agent() != null ? c.agent().displayName() : getTranslation(c.kind().labelKey()));
        sla.setLabel(getTranslation("helpdesk.filter.sla"));
        sla.setItems(QueueFilter.Sla.values());
        sla.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sla.setClearButtonVisible(true);
        text.setLabel(getTranslation("helpdesk.filter.text"));
        text.setPlaceholder(getTranslation("helpdesk.filter.text.placeholder"));
        for (var field : List.of(school, text)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
        }
        getContent().addClassName("cpro-queue__filters");
        getContent().add(statuses, category, school, assignee, sla, text);
        Runnable changed = () -> {
            if (!updating) {
                onChange.accept(filter());
            }
        };
        statuses.addValueChangeListener(e -> changed.run());
        category.addValueChangeListener(e -> changed.run());
        school.addValueChangeListener(e -> changed.run());
        assignee.addValueChangeListener(e -> changed.run());
        sla.addValueChangeListener(e -> changed.run());
        text.addValueChangeListener(e -> changed.run());
    }

    /** Shows a filter read from the address, without telling the view back. */
    void show(QueueFilter f) {
        updating = true;
        try {
            statuses.setValue(EnumSet.copyOf(f.statuses()));
            category.setValue(f.category());
            school.setValue(Objects.requireNonNullElse(f.school(), ""));
            assignee.setValue(assignee.getListDataView().getItems()
                    .filter(c -> c.kind() == f.assignee() && (c.agent() == null || Objects.equals(c.agent().id(), f.agentId())))
                    .findFirst().orElse(null));
            sla.setValue(f.sla());
            text.setValue(Objects.requireNonNullElse(f.text(), ""));
        } finally {
            updating = false;
        }
    }

    QueueFilter filter() {
        AssigneeChoice who = assignee.getValue();
        return new QueueFilter(statuses.getValue(), category.getValue(), school.getValue(),
                who == null ? QueueFilter.Assignee.ANYONE : who.kind(), who == null || who.agent() == null ? null : who.agent().id(),
                sla.getValue(), text.getValue());
    }
}
