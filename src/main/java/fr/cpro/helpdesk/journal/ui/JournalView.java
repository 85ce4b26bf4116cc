package fr.cpro.helpdesk.journal.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.security.AppRoles;
import fr.cpro.security.AuditEvent;
import fr.cpro.security.AuditLog;
import fr.cpro.security.AuditQuery;
import jakarta.annotation.security.RolesAllowed;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * "Journal": the audit trail for supervisors, newest first, loaded page by page and filtered in SQL by
 * type, account (login or its beginning), school (UAI) and dates; the filters live in the address.
 */
@Route(value = JournalView.ROUTE, layout = MainLayout.class)
@RolesAllowed(AppRoles.SUPERVISEUR)
public class JournalView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    /** The route (the Accueil tile's, in {@code helpdesk.FaqAndJournalModules}, is the same). */
    public static final String ROUTE = "helpdesk/journal";

    final ComboBox<AuditEvent.Type> type = new ComboBox<>();
    final TextField login = new TextField();
    final TextField uai = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEvent> grid = new Grid<>();
    AuditQuery filter = AuditQuery.ALL;
    private final AuditLog audit;
    private final FrenchDates dates;

    JournalView(AuditLog audit, FrenchDates dates) {
        this.audit = audit;
        this.dates = dates;
        addClassNames("cpro-page", "cpro-journal");
        add(new H1(getTranslation("helpdesk.journal.title")), new Paragraph(getTranslation("helpdesk.journal.intro")));

        type.setLabel(getTranslation("helpdesk.journal.filter.type"));
        type.setPlaceholder(getTranslation("helpdesk.journal.filter.type.all"));
        type.setItems(Arrays.stream(AuditEvent.Type.values()).sorted((a, b) -> label(a).compareTo(label(b))).toList());
        type.setItemLabelGenerator(this::label);
        type.setClearButtonVisible(true);
        type.setWidth("18rem");
        login.setLabel(getTranslation("helpdesk.journal.filter.login"));
        login.setPlaceholder(getTranslation("helpdesk.journal.filter.login.placeholder"));
        login.setMaxLength(AuditQuery.LOGIN_MAX);
        uai.setLabel(getTranslation("helpdesk.journal.filter.uai"));
        uai.setPlaceholder(getTranslation("helpdesk.journal.filter.uai.placeholder"));
        uai.setMaxLength(10);
        for (TextField field : List.of(login, uai)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        from.setLabel(getTranslation("helpdesk.journal.filter.from"));
        to.setLabel(getTranslation("helpdesk.journal.filter.to"));
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(french());
            picker.setClearButtonVisible(true);
        }
        type.addValueChangeListener(this::changed);
        login.addValueChangeListener(this::changed);
        uai.addValueChangeListener(this::changed);
        from.addValueChangeListener(this::changed);
        to.addValueChangeListener(this::changed);
        var filters = new Div(type, login, uai, from, to);
        filters.addClassNames("cpro-filters", "cpro-journal__filters");

        grid.addColumn(e -> dates.compact(e.getOccurredAt())).setHeader(getTranslation("helpdesk.journal.col.when"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> label(e.getType())).setHeader(getTranslation("helpdesk.journal.col.type")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getLogin).setHeader(getTranslation("helpdesk.journal.col.login")).setAutoWidth(true);
        grid.addColumn(AuditEvent::getUai).setHeader(getTranslation("helpdesk.journal.col.uai")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEvent::getClientAddress).setHeader(getTranslation("helpdesk.journal.col.address"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEvent::getDetail).setHeader(getTranslation("helpdesk.journal.col.detail"))
                .setWidth("20rem").setFlexGrow(2).setTooltipGenerator(AuditEvent::getDetail);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("helpdesk.journal.empty"));
        add(filters, grid);
    }

    /** The French name of an event's type; a type without one shows its code rather than a blank. */
    String label(AuditEvent.Type eventType) {
        String text = getTranslation("audit.type." + eventType.name());
        return text.startsWith("!") ? eventType.name() : text;
    }

    private void changed(AbstractField.ComponentValueChangeEvent<?, ?> event) {
        if (!event.isFromClient()) {
            return;
        }
        var next = new AuditQuery(type.getValue(), login.getValue(), uai.getValue(), from.getValue(), to.getValue());
        // The address holds the filters; entering it again lists what they find.
        UI.getCurrent().navigate(JournalView.class, JournalParams.write(next));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = JournalParams.read(event.getLocation().getQueryParameters());
        type.setValue(filter.type());
        login.setValue(filter.login() == null ? "" : filter.login());
        uai.setValue(filter.uai() == null ? "" : filter.uai());
        from.setValue(filter.from());
        to.setValue(filter.to());
        from.setMax(filter.to());
        to.setMin(filter.from());
        AuditQuery shown = filter;
        // Lazy: newest first, one page at a time, filtered in SQL.
        grid.setItems(query -> audit.search(shown, toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(shown)));
    }

    private DatePicker.DatePickerI18n french() {
        var i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(IntStream.rangeClosed(1, 12).mapToObj(m -> getTranslation("date.month." + m)).toList());
        // Vaadin lists the week from Sunday; the translations number it from Monday (ISO).
        List<String> weekdays = IntStream.of(7, 1, 2, 3, 4, 5, 6).mapToObj(d -> getTranslation("date.weekday." + d)).toList();
        i18n.setWeekdays(weekdays);
        i18n.setWeekdaysShort(weekdays.stream().map(d -> d.substring(0, 3) + ".").toList());
        i18n.setFirstDayOfWeek(1);
        i18n.setToday(getTranslation("helpdesk.journal.date.today"));
        i18n.setCancel(getTranslation("helpdesk.journal.date.cancel"));
        i18n.setDateFormat("dd/MM/yyyy");
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpdesk.journal.title") + " · " + getTranslation("app.name");
    }
}
