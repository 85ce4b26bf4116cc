package fr.cpro.helpdesk.faq.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.Badge;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.security.AppRoles;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.SupportException;
import fr.cpro.support.help.HelpCentreService;
import fr.cpro.support.help.HelpEditorService;
import fr.cpro.support.help.HelpEntryDetails;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.Map;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * "FAQ": the help centre's questions, one category at a time ({@code ?categorie=ABONNEMENT}), in the order
 * schools read them, published or not, each with its consultations over the last 90 days. Agents write and
 * edit entries in a dialog beside a live preview, move them up and down, publish or withdraw them, and see a
 * category as a school sees it.
 */
@Route(value = FaqEditorView.ROUTE, layout = MainLayout.class)
@RolesAllowed({AppRoles.AGENT, AppRoles.SUPERVISEUR})
public class FaqEditorView extends Main implements HasDynamicTitle, HasUnsavedChanges, BeforeEnterObserver {

    /** The route (the Accueil tile's, in {@code helpdesk.FaqAndJournalModules}, is the same). */
    public static final String ROUTE = "helpdesk/faq";
    static final String CATEGORY_PARAMETER = "categorie";

    final Tabs tabs = new Tabs();
    final Map<SupportCategory, Tab> categoryTabs = new EnumMap<>(SupportCategory.class);
    final Button create = new Button();
    final Button preview = new Button();
    final Grid<HelpEntryDetails> grid = new Grid<>();
    SupportCategory category = SupportCategory.values()[0];
    /** The dialog open now or last; {@code null} before the first one. */
    HelpEntryDialog dialog;
    private final HelpEditorService service;
    private final HelpCentreService help;
    private final FrenchDates dates;

    FaqEditorView(HelpEditorService service, HelpCentreService help, FrenchDates dates) {
        this.service = service;
        this.help = help;
        this.dates = dates;
        addClassNames("cpro-page", "cpro-faq");
        add(new H1(getTranslation("helpdesk.faq.title")), new Paragraph(getTranslation("helpdesk.faq.intro",
                HelpCentreService.WINDOW_DAYS)));

        for (SupportCategory each : SupportCategory.values()) {
            var tab = new Tab(getTranslation(each.labelKey()));
            categoryTabs.put(each, tab);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                categoryTabs.forEach((each, tab) -> {
                    if (tab == e.getSelectedTab()) {
                        // The address names the category: a reload or a shared link opens the same one.
                        getUI().ifPresent(ui -> ui.navigate(ROUTE,
                                QueryParameters.of(CATEGORY_PARAMETER, each.name())));
                    }
                });
            }
        });

        create.setText(getTranslation("helpdesk.faq.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> newDialog().create(category));
        preview.setText(getTranslation("helpdesk.faq.preview"));
        preview.setIcon(VaadinIcon.EYE.create());
        preview.addClickListener(e -> new SchoolPreviewDialog(help, category).open());
        var tools = new Div(create, preview);
        tools.addClassName("cpro-filters");

        grid.addColumn(HelpEntryDetails::question).setHeader(getTranslation("helpdesk.faq.col.question"))
                .setWidth("22rem").setFlexGrow(3).setTooltipGenerator(HelpEntryDetails::question);
        grid.addComponentColumn(this::state).setHeader(getTranslation("helpdesk.faq.col.state")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(HelpEntryDetails::consultations).setHeader(getTranslation("helpdesk.faq.col.consultations",
                HelpCentreService.WINDOW_DAYS)).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::updated).setHeader(getTranslation("helpdesk.faq.col.updated")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("helpdesk.faq.col.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("helpdesk.faq.empty"));
        add(tabs, tools, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        category = event.getLocation().getQueryParameters().getSingleParameter(CATEGORY_PARAMETER)
                .flatMap(FaqEditorView::category).orElse(SupportCategory.values()[0]);
        tabs.setSelectedTab(categoryTabs.get(category));
        refresh();
    }

    private static java.util.Optional<SupportCategory> category(String name) {
        try {
            return java.util.Optional.of(SupportCategory.valueOf(name));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private Component state(HelpEntryDetails entry) {
        return entry.published() ? new Badge(getTranslation("helpdesk.faq.state.published"), "resolu")
                : new Badge(getTranslation("helpdesk.faq.state.draft"), "ferme");
    }

    private String updated(HelpEntryDetails entry) {
        if (entry.updatedAt() == null) {
            return getTranslation("helpdesk.faq.updated.never");
        }
        return getTranslation("helpdesk.faq.updated.by", dates.compact(entry.updatedAt()), entry.updatedBy());
    }

    private Div actions(HelpEntryDetails entry) {
        var up = action(VaadinIcon.ARROW_UP, "helpdesk.faq.up", entry, "cpro-faq-up");
        up.addClickListener(e -> act(() -> service.move(entry.id(), HelpEditorService.Direction.UP)));
        var down = action(VaadinIcon.ARROW_DOWN, "helpdesk.faq.down", entry, "cpro-faq-down");
        down.addClickListener(e -> act(() -> service.move(entry.id(), HelpEditorService.Direction.DOWN)));
        var edit = action(VaadinIcon.EDIT, "helpdesk.faq.edit", entry, "cpro-faq-edit");
        edit.addClickListener(e -> edit(entry));
        var publish = action(entry.published() ? VaadinIcon.EYE_SLASH : VaadinIcon.EYE,
                entry.published() ? "helpdesk.faq.unpublish" : "helpdesk.faq.publish", entry, "cpro-faq-publish");
        publish.addClickListener(e -> act(() -> {
            service.setPublished(entry.id(), !entry.published());
            Notification.show(getTranslation(entry.published() ? "helpdesk.faq.unpublished" : "helpdesk.faq.published",
                    entry.question()), 5_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
        }));
        return new Div(up, down, edit, publish);
    }

    private Button action(VaadinIcon icon, String key, HelpEntryDetails entry, String className) {
        var button = new Button(icon.create());
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setTooltipText(getTranslation(key));
        button.setAriaLabel(getTranslation(key + ".named", entry.question()));
        button.addClassName(className);
        return button;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (SupportException e) {
            error(getTranslation(e.messageKey(), e.params()));
        } catch (RuntimeException e) {
            error(getTranslation("error.unexpected", ErrorReporter.report(e)));
        }
        refresh();
    }

    /** Edits what is stored now, not the row as listed: the version the edit starts from must be current. */
    private void edit(HelpEntryDetails listed) {
        try {
            newDialog().edit(service.get(listed.id()));
        } catch (SupportException e) {
            error(getTranslation(e.messageKey(), e.params()));
            refresh();
        }
    }

    private HelpEntryDialog newDialog() {
        dialog = new HelpEntryDialog(service, this::refresh);
        return dialog;
    }

    private static void error(String text) {
        Notification.show(text, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }

    private void refresh() {
        SupportCategory shown = category;
        // Lazy: one page at a time, in editorial order, from SQL.
        grid.setItems(query -> service.entries(shown, toSpringPageRequest(query)).stream(),
                query -> (int) service.count(shown));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dialog != null && dialog.hasUnsavedChanges();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpdesk.faq.title") + " · " + getTranslation("app.name");
    }
}
