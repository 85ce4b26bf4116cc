package fr.cpro.support.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.base.FrenchDates;
import fr.cpro.security.AppRoles;
import fr.cpro.support.TicketFilter;
import fr.cpro.support.TicketService;
import fr.cpro.support.TicketStatus;
import fr.cpro.support.TicketSummary;
import fr.cpro.support.SupportCategory;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;

/**
 * "Liste des tickets": every ticket of the school, newest activity first, loaded page by page
 * from MariaDB, with filters by status and category and a search by reference or subject.
 */
@Route(TicketListView.ROUTE)
@RolesAllowed(AppRoles.ETABLISSEMENT)
public class TicketListView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "assistance/tickets";

    final Grid<TicketSummary> grid = new Grid<>();
    final Select<TicketStatus> status = new Select<>();
    final Select<SupportCategory> category = new Select<>();
    final TextField search = new TextField();
    private final TicketService tickets;
    private final FrenchDates dates;

    TicketListView(TicketService tickets, FrenchDates dates) {
        this.dates = dates;
        this.tickets = tickets;
        addClassNames("cpro-page", "cpro-ticket-list");
        var create = new RouterLink(NewTicketView.class);
        create.add(VaadinIcon.PLUS.create(), new Span(getTranslation("support.list.create")));
        create.addClassName("cpro-button-link");
        add(new H1(getTranslation("support.list.title")), new Paragraph(getTranslation("support.list.intro")), create);

        status.setLabel(getTranslation("support.list.status"));
        status.setItems(TicketStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("support.list.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("support.list.all") : getTranslation(s.labelKey()));
        category.setLabel(getTranslation("support.list.category"));
        category.setItems(SupportCategory.values());
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("support.list.all"));
        category.setItemLabelGenerator(c -> c == null ? getTranslation("support.list.all")
                : getTranslation(c.labelKey()));
        search.setLabel(getTranslation("support.list.search"));
        search.setPlaceholder(getTranslation("support.list.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> refresh());
        category.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        var filters = new Div(status, category, search);
        filters.addClassName("cpro-filters");

        grid.addComponentColumn(t -> new RouterLink(t.reference(), TicketView.class,
                        new RouteParameters(TicketView.REFERENCE, t.reference())))
                .setHeader(getTranslation("support.list.col.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TicketSummary::subject).setHeader(getTranslation("support.list.col.subject"))
                .setWidth("16rem").setFlexGrow(1).setTooltipGenerator(TicketSummary::subject);
        grid.addColumn(t -> getTranslation(t.category().labelKey()))
                .setHeader(getTranslation("support.list.col.category")).setAutoWidth(true);
        grid.addComponentColumn(t -> new StatusBadge(t.status()))
                .setHeader(getTranslation("support.list.col.status")).setAutoWidth(true);
        grid.addColumn(t -> dates.compact(t.createdAt()))
                .setHeader(getTranslation("support.list.col.created")).setAutoWidth(true);
        grid.addColumn(t -> dates.compact(t.lastActivityAt()))
                .setHeader(getTranslation("support.list.col.activity")).setAutoWidth(true);
        grid.addComponentColumn(this::deadline).setHeader(getTranslation("support.list.col.due")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(false);
        grid.addClassName("cpro-ticket-grid");
        add(filters, grid);
        refresh();
    }

    private Span deadline(TicketSummary t) {
        if (t.status() == TicketStatus.EN_ATTENTE) {
            return new Span(getTranslation("support.list.due.paused"));
        }
        var text = new Span(dates.compact(t.dueAt()));
        if (t.overdue()) {
            var late = new Span(getTranslation("support.list.overdue"));
            late.addClassNames("cpro-badge", "cpro-badge--overdue");
            text.add(new com.vaadin.flow.component.Text(" "), late);
        }
        return text;
    }

    private TicketFilter filter() {
        return new TicketFilter(status.getValue(), category.getValue(), search.getValue());
    }

    private void refresh() {
        TicketFilter filter = filter();
        boolean filtered = filter.status() != null || filter.category() != null || !search.getValue().isBlank();
        grid.setEmptyStateText(getTranslation(filtered ? "support.list.empty.filtered" : "support.list.empty"));
        // Lazy: one page at a time, filtered and sorted in SQL (newest activity first).
        grid.setItems(query -> tickets.find(filter, PageRequest.of(query.getPage(), query.getPageSize())).stream(),
                query -> (int) tickets.count(filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("support.list.title") + " · " + getTranslation("app.name");
    }
}
