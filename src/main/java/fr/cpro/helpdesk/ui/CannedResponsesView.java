package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import fr.cpro.base.FrenchDates;
import fr.cpro.base.ui.HasUnsavedChanges;
import fr.cpro.base.ui.MainLayout;
import fr.cpro.helpdesk.CannedResponseService;
import fr.cpro.helpdesk.HelpdeskModules;
import fr.cpro.helpdesk.CannedResponseSummary;
import fr.cpro.security.AppRoles;
import fr.cpro.support.SupportException;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * "Réponses types": the team's list of canned responses, loaded page by page in title order and searched in
 * titles and texts; each one is created and edited in a dialog and deleted after a confirmation.
 */
@Route(value = CannedResponsesView.ROUTE, layout = MainLayout.class)
@RolesAllowed({AppRoles.AGENT, AppRoles.SUPERVISEUR})
public class CannedResponsesView extends Main implements HasDynamicTitle, HasUnsavedChanges {

    public static final String ROUTE = HelpdeskModules.CANNED_ROUTE;
    private static final int EXCERPT_LENGTH = 140;

    final TextField search = new TextField();
    final Button create = new Button();
    final Grid<CannedResponseSummary> grid = new Grid<>();
    /** The dialog open now or last; {@code null} before the first one. */
    CannedResponseDialog dialog;
    private final CannedResponseService service;
    private final FrenchDates dates;

    CannedResponsesView(CannedResponseService service, FrenchDates dates) {
        this.service = service;
        this.dates = dates;
        addClassNames("cpro-page", "cpro-canned-responses");
        add(new H1(getTranslation("helpdesk.canned.title")), new Paragraph(getTranslation("helpdesk.canned.intro")));

        search.setLabel(getTranslation("helpdesk.canned.search"));
        search.setPlaceholder(getTranslation("helpdesk.canned.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(CannedResponseService.SEARCH_MAX_LENGTH);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("helpdesk.canned.create"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(e -> newDialog().create());
        var tools = new Div(search, create);
        tools.addClassName("cpro-filters");

        grid.addColumn(CannedResponseSummary::title).setHeader(getTranslation("helpdesk.canned.col.title"))
                .setWidth("16rem").setFlexGrow(1).setTooltipGenerator(CannedResponseSummary::title);
        grid.addColumn(r -> CannedResponsePicker.excerpt(r.body(), EXCERPT_LENGTH))
                .setHeader(getTranslation("helpdesk.canned.col.excerpt")).setWidth("24rem").setFlexGrow(2);
        grid.addColumn(this::updated).setHeader(getTranslation("helpdesk.canned.col.updated")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("helpdesk.canned.col.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addItemDoubleClickListener(e -> edit(e.getItem()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        add(tools, grid);
        refresh();
    }

    private String updated(CannedResponseSummary response) {
        String when = dates.compact(response.updatedAt());
        return response.updatedBy() == null ? when
                : getTranslation("helpdesk.canned.updated.by", when, response.updatedBy());
    }

    private Div actions(CannedResponseSummary response) {
        var edit = new Button(VaadinIcon.EDIT.create(), e -> edit(response));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setTooltipText(getTranslation("helpdesk.canned.edit"));
        edit.setAriaLabel(getTranslation("helpdesk.canned.edit.named", response.title()));
        edit.addClassName("cpro-canned-edit");
        var delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(response));
        delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        delete.setTooltipText(getTranslation("helpdesk.canned.delete"));
        delete.setAriaLabel(getTranslation("helpdesk.canned.delete.named", response.title()));
        delete.addClassName("cpro-canned-delete");
        return new Div(edit, delete);
    }

    /** Edits what is stored now, not the row as listed: the version the edit starts from must be current. */
    private void edit(CannedResponseSummary listed) {
        try {
            var current = service.get(listed.id());
            newDialog().edit(current);
        } catch (SupportException e) {
            CannedResponseDialog.error(getTranslation(e.messageKey(), e.params()));
            refresh();
        }
    }

    private CannedResponseDialog newDialog() {
        dialog = new CannedResponseDialog(service, this::refresh);
        return dialog;
    }

    private void confirmDelete(CannedResponseSummary response) {
        var confirm = new ConfirmDialog();
        // An h2 under the page's h1, as the unsaved-work dialog does (axe: heading-order).
        confirm.setHeader(new H2(getTranslation("helpdesk.canned.delete.title")));
        confirm.setText(getTranslation("helpdesk.canned.delete.text", response.title()));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("helpdesk.canned.cancel"));
        confirm.setConfirmText(getTranslation("helpdesk.canned.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            service.delete(response.id());
            Notification.show(getTranslation("helpdesk.canned.deleted", response.title()), 5_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
        });
        confirm.open();
    }

    private void refresh() {
        String filter = search.getValue();
        grid.setEmptyStateText(getTranslation(filter.isBlank() ? "helpdesk.canned.empty" : "helpdesk.canned.empty.filtered"));
        // Lazy: one page at a time, searched and ordered by title in SQL.
        grid.setItems(query -> service.search(filter, toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
    }

    @Override
    public boolean hasUnsavedChanges() {
        return dialog != null && dialog.hasUnsavedChanges();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("helpdesk.canned.title") + " · " + getTranslation("app.name");
    }
}
