package fr.cpro.helpdesk.faq.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.cpro.base.ui.ErrorReporter;
import fr.cpro.base.ui.UnsavedChanges;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.SupportException;
import fr.cpro.support.help.HelpEditorService;
import fr.cpro.support.help.HelpEntryDetails;

/**
 * Writes a new help entry of a category or edits one. A refused save (another agent changed the entry in
 * the meantime, or a link is not allowed) is told in French and the dialog stays open with what the agent
 * typed. One dialog per opening.
 */
class HelpEntryDialog extends Dialog {

    final HelpEntryForm form = new HelpEntryForm();
    final Button save = new Button();
    final Button cancel = new Button();
    /** What a refused save said, inside the dialog (a notification would hide behind it for a screen reader). */
    final Paragraph error = new Paragraph();
    private final H2 heading = new H2();
    private final HelpEditorService service;
    private final Runnable onSaved;
    private SupportCategory category;
    /** The entry being edited, with the version it was loaded at; {@code null} for a new one. */
    private HelpEntryDetails editing;

    HelpEntryDialog(HelpEditorService service, Runnable onSaved) {
        this.service = service;
        this.onSaved = onSaved;
        setModal(true);
        setWidth("min(64rem, 95vw)");
        getHeader().add(heading);
        error.addClassName("cpro-faq-dialog__error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(error, form);
        save.setText(getTranslation("helpdesk.faq.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> save());
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        cancel.setText(getTranslation("helpdesk.faq.cancel"));
        cancel.addClickListener(e -> closeWhenConfirmed());
        getFooter().add(cancel, save);
        addDialogCloseActionListener(e -> closeWhenConfirmed());
    }

    void create(SupportCategory category) {
        this.category = category;
        editing = null;
        heading.setText(getTranslation("helpdesk.faq.dialog.create", getTranslation(category.labelKey())));
        form.read(fr.cpro.support.help.HelpEntryDraft.EMPTY);
        open();
        form.question.focus();
    }

    void edit(HelpEntryDetails entry) {
        this.category = entry.category();
        editing = entry;
        heading.setText(getTranslation("helpdesk.faq.dialog.edit"));
        form.read(entry.toDraft());
        open();
        form.answer.focus();
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
            var saved = editing == null ? service.create(category, draft.get())
                    : service.update(editing.id(), editing.version(), draft.get());
            close();
            Notification.show(getTranslation(editing == null ? "helpdesk.faq.created" : "helpdesk.faq.saved",
                    saved.question()), 5_000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.SUCCESS);
            onSaved.run();
        } catch (SupportException e) {
            showError(getTranslation(e.messageKey(), e.params()));
        } catch (RuntimeException e) {
            showError(getTranslation("error.unexpected", ErrorReporter.report(e)));
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }
}
