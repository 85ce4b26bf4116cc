package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.base.ui.UnsavedChanges;
import fr.cpro.helpdesk.CannedResponseDraft;
import fr.cpro.helpdesk.CannedResponseService;
import fr.cpro.helpdesk.CannedResponseSummary;
import fr.cpro.support.SupportException;

/**
 * Creates or edits one canned response. A refused save (someone else changed or deleted the text in the
 * meantime) is told in French and the dialog stays open with what the agent typed. One dialog per opening,
 * added to the page while open, as Vaadin's dialogs are.
 */
class CannedResponseDialog extends Dialog {

    final CannedResponseForm form = new CannedResponseForm();
    final Button save = new Button();
    final Button cancel = new Button();
    private final H2 heading = new H2();
    private final CannedResponseService service;
    private final Runnable onSaved;
    /** The response being edited, with the version it was loaded at; {@code null} for a new one. */
    private CannedResponseSummary editing;

    CannedResponseDialog(CannedResponseService service, Runnable onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        setModal(true);
        setWidth("min(48rem, 95vw)");
        getHeader().add(heading);
        add(form);
        save.setText(getTranslation("helpdesk.canned.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        // Ctrl+Entrée saves, as it sends in the composer; plain Entrée is a line break in the text.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        cancel.setText(getTranslation("helpdesk.canned.cancel"));
        cancel.addClickListener(e -> closeWhenConfirmed());
        getFooter().add(cancel, save);
        // Esc and a click outside go through the same question as Annuler when something was typed.
        addDialogCloseActionListener(e -> closeWhenConfirmed());
    }

    void create() {
        editing = null;
        open("helpdesk.canned.dialog.create", CannedResponseDraft.EMPTY);
    }

    void edit(CannedResponseSummary response) {
        editing = response;
        open("helpdesk.canned.dialog.edit", response.toDraft());
    }

    private void open(String headingKey, CannedResponseDraft draft) {
        heading.setText(getTranslation(headingKey));
        form.read(draft);
        open();
        form.title.focus();
    }

    boolean hasUnsavedChanges() {
        return isOpened() && form.hasChanges();
    }

    private void closeWhenConfirmed() {
        UnsavedChanges.runWhenConfirmed(UI.getCurrent(), this::close);
    }

    private void save() {
        var draft = form.write();
        if (draft.isEmpty()) {
            return;
        }
        try {
            var saved = editing == null ? service.create(draft.get())
                    : service.update(editing.id(), editing.version(), draft.get());
            close();
            Notification.show(getTranslation(editing == null ? "helpdesk.canned.created" : "helpdesk.canned.saved",
                    saved.title()), 5_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onSaved.run();
        } catch (SupportException e) {
            error(getTranslation(e.messageKey(), e.params()));
        } catch (RuntimeException e) {
            error(getTranslation("error.unexpected", ErrorReporter.report(e)));
        }
    }

    static void error(String text) {
        Notification.show(text, 10_000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.ERROR);
    }
}
