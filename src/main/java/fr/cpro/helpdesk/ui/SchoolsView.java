package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.helpdesk.SchoolAdministration;
import fr.cpro.helpdesk.SchoolDirectory;
import fr.cpro.helpdesk.SchoolFilter;
import fr.cpro.helpdesk.SchoolRow;
import fr.cpro.helpdesk.SchoolsModules;
import fr.cpro.security.AppRoles;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The directory of schools: searched by UAI, name, académie or town, filtered by the state of the account
 * and of the subscriptions, sorted and paged in SQL; the filters live in the address. "Nouvel établissement"
 * registers one by hand.
 */
@Route(SchoolsModules.SCHOOLS_ROUTE)
@RolesAllowed({AppRoles.AGENT, AppRoles.SUPERVISEUR})
public class SchoolsView extends Main implements BeforeEnterObserver, HasDynamicTitle, HasUnsavedChanges {

    final TextField text = new TextField();
    final Select<SchoolFilter.Account> account = new Select<>();
    final Select<SchoolFilter.Subscriptions> subscription = new Select<>();
    final Button create = new Button();
    final Grid<SchoolRow> grid = new Grid<>();
    private final SchoolDirectory directory;
    private final SchoolAdministration administration;
    private final FrenchDates dates;
    private final ZoneId zone;
    private SchoolFilter filter = SchoolFilter.ALL;
    SchoolDialog dialog;
    private SchoolRow focused;
    /** While the address is being shown in the fields, their changes are not new filters. */
    private boolean showing;

    SchoolsView(SchoolDirectory directory, SchoolAdministration administration, FrenchDates dates,
                java.time.Clock clock) {
        this.directory = directory;
        this.administration = administration;
        this.dates = dates;
        this.zone = clock.getZone();
        addClassNames("cpro-page", "cpro-schools");
        configureFilters();
        configureGrid();
        create.setText(getTranslation("helpdesk.schools.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> openCreate());
        var bar = new HorizontalLayout(text, account, subscription, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);
        add(new H1(getTranslation("helpdesk.schools.title")), bar, grid);
    }

    private void configureFilters() {
        text.setLabel(getTranslation("helpdesk.schools.search"));
        text.setPlaceholder(getTranslation("helpdesk.schools.search.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setWidth("22rem");
        account.setLabel(getTranslation("helpdesk.schools.filter.account"));
        account.setItems(SchoolFilter.Account.values());
        account.setEmptySelectionAllowed(true);
        account.setEmptySelectionCaption(getTranslation("helpdesk.schools.filter.any"));
        account.setItemLabelGenerator(a -> a == null ? getTranslation("helpdesk.schools.filter.any") : getTranslation(a.labelKey()));
        subscription.setLabel(getTranslation("helpdesk.schools.filter.subscriptions"));
        subscription.setItems(SchoolFilter.Subscriptions.values());
        subscription.setEmptySelectionAllowed(true);
        subscription.setEmptySelectionCaption(getTranslation("helpdesk.schools.filter.any"));
        subscription.setItemLabelGenerator(s -> s == null ? getTranslation("helpdesk.schools.filter.any") : getTranslation(s.labelKey()));
        text.addValueChangeListener(e -> filtersChanged());
        account.addValueChangeListener(e -> filtersChanged());
        subscription.addValueChangeListener(e -> filtersChanged());
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setMultiSort(true);
        grid.addColumn(SchoolRow::uai).setHeader(getTranslation("helpdesk.schools.col.uai")).setKey("uai")
                .setSortable(true).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SchoolRow::name).setHeader(getTranslation("helpdesk.schools.col.name")).setKey("name")
                .setSortable(true).setFlexGrow(3);
        grid.addColumn(r -> r.town() == null ? "" : r.town()).setHeader(getTranslation("helpdesk.schools.col.town"))
                .setKey("town").setSortable(true).setFlexGrow(1);
        grid.addColumn(SchoolRow::academie).setHeader(getTranslation("helpdesk.schools.col.academie"))
                .setKey("academie").setSortable(true).setFlexGrow(1);
        grid.addComponentColumn(this::accountBadge).setHeader(getTranslation("helpdesk.schools.col.account"))
                .setAutoWidth(true);
        grid.addColumn(this::subscriptionText).setHeader(getTranslation("helpdesk.schools.col.subscriptions"))
                .setFlexGrow(1);
        grid.setItems(q -> directory.find(filter, order(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
                q -> (int) Math.min(Integer.MAX_VALUE, directory.count(filter)));
        grid.setEmptyStateText(getTranslation("helpdesk.schools.empty"));
        // A click, or Entrée on the row the arrows moved to, opens the school's page.
        grid.addItemClickListener(e -> open(e.getItem().uai()));
        grid.addCellFocusListener(e -> focused = e.getItem().orElse(null));
        Shortcuts.addShortcutListener(grid, () -> {
            if (focused != null) {
                open(focused.uai());
            }
        }, Key.ENTER).listenOn(grid);
    }

    private static List<SchoolDirectory.Order> order(List<com.vaadin.flow.data.provider.QuerySortOrder> sorts) {
        return sorts.stream().map(s -> new SchoolDirectory.Order(switch (s.getSorted()) {
            case "uai" -> SchoolDirectory.Sort.UAI;
            case "town" -> SchoolDirectory.Sort.TOWN;
            case "academie" -> SchoolDirectory.Sort.ACADEMIE;
            default -> SchoolDirectory.Sort.NAME;
        }, s.getDirection() != SortDirection.DESCENDING)).toList();
    }

    /** "En attente d'activation depuis le 2 décembre 2026", "Active", "Désactivée", "Sans compte". */
    Badge accountBadge(SchoolRow r) {
        String label = r.account() == SchoolFilter.Account.PENDING && r.accountSince() != null
                ? getTranslation("helpdesk.schools.account.PENDING.since",
                        dates.format(r.accountSince().atZone(zone).toLocalDate()))
                : getTranslation(r.account().labelKey());
        return new Badge(label, r.account().name().toLowerCase(Locale.ROOT));
    }

    private String subscriptionText(SchoolRow r) {
        if (r.subscriptions() == 0) {
            return getTranslation("helpdesk.schools.subscriptions.none");
        }
        if (r.runningSubscriptions() == 0) {
            return getTranslation("helpdesk.schools.subscriptions.none-running", r.subscriptions());
        }
        return getTranslation("helpdesk.schools.subscriptions.running", r.runningSubscriptions(),
                dates.format(r.nextEnd()));
    }

    void open(String uai) {
        UI.getCurrent().navigate(SchoolFileView.class, new RouteParameters(SchoolFileView.UAI, uai));
    }

    private void openCreate() {
        dialog = new SchoolDialog(administration, school -> open(school.uai()));
        dialog.create();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dialog != null && dialog.hasUnsavedChanges();
    }

    private void filtersChanged() {
        if (showing) {
            return;
        }
        var typed = new SchoolFilter(text.getValue(), account.getValue(), subscription.getValue());
        UI.getCurrent().navigate(SchoolsView.class, SchoolParams.write(typed));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = SchoolParams.read(event.getLocation().getQueryParameters());
        showing = true;
        try {
            text.setValue(filter.text() == null ? "" : filter.text());
            account.setValue(filter.account());
            subscription.setValue(filter.subscription());
        } finally {
            showing = false;
        }
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpdesk.schools.title") + " · " + getTranslation("app.name");
    }
}
