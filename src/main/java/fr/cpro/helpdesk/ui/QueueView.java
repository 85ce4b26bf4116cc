package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.helpdesk.HelpdeskModules;
import fr.cpro.security.AppRoles;
import fr.cpro.support.QueueFilter;
import fr.cpro.support.QueueRow;
import fr.cpro.support.TeamTicketService;
import fr.cpro.support.TicketQueue;
import fr.cpro.support.TicketStatus;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The queue of every school's tickets, most urgent deadline first, filtered and paged in SQL. The filters
 * live in the address; new tickets show up within 15 s (the page polls while it is open).
 */
@Route(HelpdeskModules.QUEUE_ROUTE)
@RolesAllowed({AppRoles.AGENT, AppRoles.SUPERVISEUR})
public class QueueView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 15_000;
    /**
     * The key of the body row the Entrée was pressed on: vaadin-grid keeps each row's item on its {@code tr}, which
     * is on the event's path (the focused cell's, or a control's inside that cell).
     */
    private static final String FOCUSED_ROW_KEY = "(() => { const row = event.composedPath()"
            + ".find(n => n.localName === 'tr' && n._item); return row ? row._item.key : null; })()";

    final Div views = new Div();
    final Div statusCounts = new Div();
    /** Says when a search of very common words looked only at the most recent tickets. */
    final Span searchLimited = new Span();
    final QueueFilters filters;
    final QueueBulkBar bulk;
    final Grid<QueueRow> grid = new Grid<>();
    private final TicketQueue queue;
    private final FrenchDates dates;
    private QueueFilter filter = QueueFilter.OPEN;
    private Registration poll;

    QueueView(TicketQueue queue, TeamTicketService team, FrenchDates dates) {
        this.queue = queue;
        this.dates = dates;
        addClassNames("cpro-page", "cpro-queue");
        var agents = team.agents();
        filters = new QueueFilters(agents, f -> UI.getCurrent().navigate(QueueView.class, QueueParams.write(f)));
        bulk = new QueueBulkBar(team, agents, grid::getSelectedItems, () -> {
            grid.deselectAll();
            refresh();
        });
        views.addClassName("cpro-queue__views");
        statusCounts.addClassName("cpro-queue__counts");
        searchLimited.addClassName("cpro-queue__limited");
        searchLimited.setVisible(false);
        configureGrid();
        ShortcutsDialog.openOnQuestionMark(this);
        add(new H1(getTranslation("helpdesk.queue.title")), views, statusCounts, filters, searchLimited, bulk, grid);
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("cpro-queue__grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(QueueRow::reference).setHeader(getTranslation("helpdesk.col.reference")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(QueueRow::subject).setHeader(getTranslation("helpdesk.col.subject")).setFlexGrow(2);
        grid.addColumn(r -> r.schoolName() + " (" + r.uai() + ")").setHeader(getTranslation("helpdesk.col.school")).setFlexGrow(2);
        grid.addColumn(r -> getTranslation(r.category().labelKey())).setHeader(getTranslation("helpdesk.col.category"));
        grid.addComponentColumn(r -> statusBadge(r)).setHeader(getTranslation("helpdesk.col.status")).setAutoWidth(true);
        grid.addColumn(r -> r.assigneeName() == null ? getTranslation("helpdesk.unassigned") : r.assigneeName())
                .setHeader(getTranslation("helpdesk.col.assignee"));
        grid.addComponentColumn(r -> DueText.of(this, r.businessTimeLeft(), r.paused() || r.status() == TicketStatus.EN_ATTENTE))
                .setHeader(getTranslation("helpdesk.col.due")).setAutoWidth(true);
        grid.addColumn(r -> dates.compact(r.lastActivityAt())).setHeader(getTranslation("helpdesk.col.activity")).setAutoWidth(true);
        grid.addColumn(r -> r.diplomaLabel() == null ? "" : r.diplomaLabel()).setHeader(getTranslation("helpdesk.col.diploma"));
        // No count query: the grid learns the end of the list as it scrolls (an exact count of a big filter
        // reads a whole index range on every refresh); refresh() gives it an estimate.
        grid.setItems(q -> queue.find(filter, q.getOffset(), q.getLimit()).stream());
        grid.setEmptyStateText(getTranslation("helpdesk.queue.empty"));
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        // Keyboard: the arrows move the focused row (the grid's own navigation), Entrée opens it. The row is read
        // from the grid's focused cell with the key press itself: a quick "↓ Entrée" opens the row it reached.
        grid.getElement().addEventListener("keydown", e -> {
            var key = e.getEventData().get(FOCUSED_ROW_KEY);
            if (key != null && key.isString()) {
                open(grid.getDataCommunicator().getKeyMapper().get(key.asString()));
            }
        }).setFilter("event.key === 'Enter' && !event.ctrlKey && !event.altKey && !event.metaKey && !event.shiftKey")
                .addEventData(FOCUSED_ROW_KEY);
        grid.addSelectionListener(e -> bulk.update(e.getAllSelectedItems().size()));
    }

    private Badge statusBadge(QueueRow r) {
        return new Badge(getTranslation(r.status().labelKey()), r.status().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    void open(QueueRow row) {
        if (row != null) {
            UI.getCurrent().navigate(TicketWorkspaceView.class, new RouteParameters(TicketWorkspaceView.REFERENCE, row.reference()));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = QueueParams.read(event.getLocation().getQueryParameters());
        // A reference typed whole opens that ticket.
        var reference = TicketQueue.asReference(filter.text());
        if (reference.isPresent() && !queue.find(filter, 0, 1).isEmpty()) {
            event.forwardTo(TicketWorkspaceView.class, new RouteParameters(TicketWorkspaceView.REFERENCE, reference.get()));
            return;
        }
        filters.show(filter);
        refresh();
    }

    /** The grid, the ready-made views' counts and the counts per status, read again. */
    void refresh() {
        grid.getDataProvider().refreshAll();
        var counts = queue.countsByStatus();
        boolean limited = queue.searchLimited(filter);
        searchLimited.setVisible(limited);
        if (limited) {
            searchLimited.setText(getTranslation("helpdesk.queue.search-limited", queue.recentTicketsSearched()));
        }
        // The kept counts per status size the grid's scrollbar when only statuses filter; it grows as needed.
        long estimate = TicketQueue.statusesOnly(filter) ? filter.statuses().stream().mapToLong(counts::get).sum() : 0;
        grid.getLazyDataView().setItemCountEstimate((int) Math.max(1, Math.min(estimate > 0 ? estimate : 200, 1_000_000)));
        views.removeAll();
        for (var view : List.of(Map.entry("helpdesk.view.mine", QueueFilter.mine()),
                Map.entry("helpdesk.view.unassigned", QueueFilter.unassigned()),
                Map.entry("helpdesk.view.overdue", QueueFilter.overdue()),
                Map.entry("helpdesk.view.all", QueueFilter.everything()))) {
            var link = new RouterLink(getTranslation(view.getKey(), queue.count(view.getValue())), QueueView.class);
            link.setQueryParameters(QueueParams.write(view.getValue()));
            link.addClassName("cpro-queue__view");
            if (view.getValue().equals(filter)) {
                link.getElement().setAttribute("aria-current", "page");
            }
            views.add(link);
        }
        statusCounts.removeAll();
        counts.forEach((status, n) ->
                statusCounts.add(new Span(getTranslation("helpdesk.queue.count", getTranslation(status.labelKey()), n))));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(POLL_MILLIS);
        poll = event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
        if (poll != null) {
            poll.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpdesk.queue.title") + " · " + getTranslation("app.name");
    }
}
