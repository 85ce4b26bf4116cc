package fr.cpro.helpdesk.directory.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.cpro.base.FrenchDates;
import fr.cpro.helpdesk.directory.DirectoryImportException;
import fr.cpro.helpdesk.directory.DirectoryImportService;
import fr.cpro.helpdesk.directory.PendingSchool;

import java.util.List;

/**
 * After an import: the schools it brought in whose account awaits activation, and the explicit bulk
 * action that mails the activation link to those the agent ticks. Nothing is sent without it.
 */
class ActivationPanel extends Composite<Section> {

    final Paragraph intro = new Paragraph();
    final Grid<PendingSchool> grid = new Grid<>();
    final Button send = new Button();
    private final DirectoryImportService service;
    private final FrenchDates dates;
    private long importId;

    ActivationPanel(DirectoryImportService service, FrenchDates dates) {
        this.service = service;
        this.dates = dates;
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(PendingSchool::uai).setHeader(getTranslation("helpdesk.import.col.uai")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(PendingSchool::name).setHeader(getTranslation("helpdesk.import.col.name")).setFlexGrow(2);
        grid.addColumn(PendingSchool::town).setHeader(getTranslation("helpdesk.import.col.town")).setAutoWidth(true);
        grid.addColumn(PendingSchool::officialEmail).setHeader(getTranslation("helpdesk.import.col.email"))
                .setAutoWidth(true);
        grid.addColumn(s -> s.lastLinkSentAt() == null ? getTranslation("helpdesk.import.activation.never")
                        : dates.compact(s.lastLinkSentAt()))
                .setHeader(getTranslation("helpdesk.import.col.link")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("helpdesk.import.activation.empty"));
        grid.addSelectionListener(e -> updateButton());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> askConfirmation());
        getContent().addClassName("cpro-import-activation");
        getContent().add(new H2(getTranslation("helpdesk.import.activation.title")), intro, send, grid);
        setVisible(false);
    }

    void show(long id) {
        importId = id;
        setVisible(true);
        refresh();
    }

    void hide() {
        setVisible(false);
        grid.deselectAll();
    }

    private void refresh() {
        grid.deselectAll();
        intro.setText(getTranslation("helpdesk.import.activation.intro", service.countPendingSchools(importId),
                DirectoryImportService.ACTIVATION_BATCH_MAX));
        long id = importId;
        grid.setItems(q -> service.pendingSchools(id, q.getOffset(), q.getLimit()).stream(),
                q -> service.countPendingSchools(id)).setIdentifierProvider(PendingSchool::uai);
        updateButton();
    }

    private void updateButton() {
        int selected = grid.getSelectedItems().size();
        send.setText(getTranslation("helpdesk.import.activation.send", selected));
        send.setEnabled(selected > 0);
    }

    private void askConfirmation() {
        int selected = grid.getSelectedItems().size();
        var dialog = new ConfirmDialog();
        dialog.setHeader(new H2(getTranslation("helpdesk.import.activation.confirm.title")));
        dialog.setText(getTranslation("helpdesk.import.activation.confirm.text", selected));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("helpdesk.import.cancel"));
        dialog.setConfirmText(getTranslation("helpdesk.import.activation.send", selected));
        dialog.addConfirmListener(e -> sendSelected());
        dialog.open();
    }

    /** Mails the activation link to the schools ticked. */
    void sendSelected() {
        List<String> uais = grid.getSelectedItems().stream().map(PendingSchool::uai).toList();
        try {
            int sent = service.sendActivation(importId, uais);
            Notification.show(getTranslation("helpdesk.import.activation.sent", sent), 8_000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (DirectoryImportException e) {
            Notification.show(getTranslation(e.messageKey(), e.params()), 8_000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
        refresh();
    }
}
