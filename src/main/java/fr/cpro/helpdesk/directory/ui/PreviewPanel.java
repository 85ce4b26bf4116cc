package fr.cpro.helpdesk.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import fr.cpro.base.ui.Badge;
import fr.cpro.helpdesk.directory.DirectoryFilter;
import fr.cpro.helpdesk.directory.DirectoryImportException;
import fr.cpro.helpdesk.directory.DirectoryImportService;
import fr.cpro.helpdesk.directory.ImportResult;
import fr.cpro.helpdesk.directory.Outcome;
import fr.cpro.helpdesk.directory.PreviewLine;
import fr.cpro.helpdesk.directory.PreviewSummary;

import java.util.HashSet;
import java.util.Map;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;

/**
 * A preview: the filters that choose which lines the import covers (types, vocational track), the counts
 * for that choice, its lines page by page (filtered again by outcome), and the confirmation. Once applied,
 * the filters are fixed to what was applied.
 */
class PreviewPanel extends Composite<Section> {

    final H2 title = new H2();
    final MultiSelectComboBox<String> types = new MultiSelectComboBox<>();
    final Checkbox vocationalOnly = new Checkbox();
    final Div counts = new Div();
    final Select<Outcome> outcome = new Select<>();
    final Grid<PreviewLine> grid = new Grid<>();
    final Button confirm = new Button();
    private final DirectoryImportService service;
    private final LongConsumer whenApplied;
    private PreviewSummary summary;
    /** While {@link #show} resets the filters: one refresh at its end, not one per field. */
    private boolean resetting;
    private Map<String, Integer> typeCounts = Map.of();

    PreviewPanel(DirectoryImportService service, LongConsumer whenApplied) {
        this.service = service;
        this.whenApplied = whenApplied;
        types.setLabel(getTranslation("helpdesk.import.filter.types"));
        types.setPlaceholder(getTranslation("helpdesk.import.filter.types.all"));
        types.setItemLabelGenerator(t -> getTranslation("helpdesk.import.filter.type",
                t.isEmpty() ? getTranslation("helpdesk.import.type.none") : t, typeCounts.getOrDefault(t, 0)));
        types.setClearButtonVisible(true);
        types.addValueChangeListener(e -> refresh());
        vocationalOnly.setLabel(getTranslation("helpdesk.import.filter.vocational"));
        vocationalOnly.addValueChangeListener(e -> refresh());
        outcome.setLabel(getTranslation("helpdesk.import.filter.outcome"));
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("helpdesk.import.filter.outcome.all"));
        outcome.setItems(Outcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("helpdesk.import.filter.outcome.all")
                : getTranslation(o.messageKey()));
        outcome.addValueChangeListener(e -> refreshGrid());
        var filters = new Div(types, vocationalOnly, outcome);
        filters.addClassName("cpro-filters");
        counts.addClassName("cpro-import-counts");
        counts.getElement().setAttribute("aria-live", "polite");

        grid.addColumn(PreviewLine::line).setHeader(getTranslation("helpdesk.import.col.line")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PreviewLine::uai).setHeader(getTranslation("helpdesk.import.col.uai")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PreviewLine::name).setHeader(getTranslation("helpdesk.import.col.name")).setWidth("16rem")
                .setFlexGrow(2).setTooltipGenerator(PreviewLine::name);
        grid.addColumn(PreviewLine::type).setHeader(getTranslation("helpdesk.import.col.type")).setAutoWidth(true);
        grid.addColumn(PreviewLine::town).setHeader(getTranslation("helpdesk.import.col.town")).setAutoWidth(true);
        grid.addColumn(PreviewLine::academie).setHeader(getTranslation("helpdesk.import.col.academie"))
                .setAutoWidth(true);
        grid.addColumn(PreviewLine::email).setHeader(getTranslation("helpdesk.import.col.email")).setAutoWidth(true);
        grid.addComponentColumn(l -> new Badge(getTranslation(l.outcome().messageKey()), badge(l.outcome())))
                .setHeader(getTranslation("helpdesk.import.col.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(this::detail).setHeader(getTranslation("helpdesk.import.col.detail")).setWidth("16rem")
                .setFlexGrow(1).setTooltipGenerator(this::detail);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("helpdesk.import.empty"));

        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(e -> askConfirmation());
        getContent().addClassName("cpro-import-preview");
        getContent().add(title, filters, counts, confirm, grid);
        setVisible(false);
    }

    void show(PreviewSummary shown) {
        summary = shown;
        typeCounts = shown.types();
        title.setText(getTranslation("helpdesk.import.preview.title", shown.fileName(), shown.lines()));
        resetting = true;
        types.setItems(shown.types().keySet());
        types.clear();
        vocationalOnly.setValue(false);
        outcome.clear();
        resetting = false;
        setFiltersEnabled(true);
        setVisible(true);
        refresh();
    }

    DirectoryFilter filter() {
        return new DirectoryFilter(new HashSet<>(types.getValue()), vocationalOnly.getValue());
    }

    private void refresh() {
        if (summary == null || resetting) {
            return;
        }
        summary = service.summary(summary.id(), filter());
        counts.removeAll();
        counts.add(new Paragraph(getTranslation("helpdesk.import.counts.scope", summary.inScope(), summary.lines())));
        for (Outcome o : Outcome.values()) {
            var count = new Span(getTranslation("helpdesk.import.count." + o.name().toLowerCase(java.util.Locale.ROOT),
                    summary.count(o)));
            count.addClassName("cpro-import-count");
            count.getElement().setAttribute("data-outcome", o.name());
            counts.add(count);
        }
        confirm.setText(getTranslation("helpdesk.import.confirm", summary.count(Outcome.NEW),
                summary.count(Outcome.UPDATE)));
        confirm.setEnabled(!summary.applied() && summary.toWrite() > 0);
        confirm.setVisible(!summary.applied());
        refreshGrid();
    }

    private void refreshGrid() {
        if (summary == null || resetting) {
            return;
        }
        long id = summary.id();
        DirectoryFilter filter = service.effectiveFilter(id, filter());
        Outcome only = outcome.getValue();
        grid.setItems(q -> service.lines(id, filter, only, q.getOffset(), q.getLimit()).stream(),
                q -> service.countLines(id, filter, only));
    }

    private void askConfirmation() {
        var dialog = new ConfirmDialog();
        dialog.setHeader(new H2(getTranslation("helpdesk.import.confirm.title")));
        dialog.setText(getTranslation("helpdesk.import.confirm.text", summary.count(Outcome.NEW),
                summary.count(Outcome.UPDATE), summary.count(Outcome.SAME), summary.count(Outcome.REFUSED)));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("helpdesk.import.cancel"));
        dialog.setConfirmText(getTranslation("helpdesk.import.confirm.do"));
        dialog.addConfirmListener(e -> apply());
        dialog.open();
    }

    /** Confirms the preview for the filter shown. */
    void apply() {
        try {
            ImportResult result = service.confirm(summary.id(), filter());
            Notification.show(getTranslation("helpdesk.import.applied", result.created(), result.updated(),
                            result.unchanged(), result.refused()), 8_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            setFiltersEnabled(false);
            refresh();
            whenApplied.accept(summary.id());
        } catch (DirectoryImportException e) {
            Notification.show(getTranslation(e.messageKey(), e.params()), 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    private void setFiltersEnabled(boolean enabled) {
        types.setReadOnly(!enabled);
        vocationalOnly.setReadOnly(!enabled);
    }

    private String detail(PreviewLine line) {
        return switch (line.outcome()) {
            case REFUSED -> line.refusalDetail() == null ? getTranslation(line.refusal().messageKey())
                    : getTranslation(line.refusal().messageKey()) + " " + getTranslation(
                    "helpdesk.import.refusal.lines", line.refusalDetail());
            case UPDATE -> getTranslation("helpdesk.import.changes", line.changes().stream()
                    .map(c -> getTranslation("helpdesk.import.field." + c)).collect(Collectors.joining(", ")));
            default -> "";
        };
    }

    private static String badge(Outcome outcome) {
        return switch (outcome) {
            case NEW -> "nouveau";
            case UPDATE -> "en-cours";
            case SAME -> "ferme";
            case REFUSED -> "overdue";
        };
    }
}
