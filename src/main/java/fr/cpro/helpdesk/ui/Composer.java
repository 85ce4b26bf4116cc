package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.cpro.base.FileSizes;
import fr.cpro.support.AttachmentReceiver;
import fr.cpro.support.NewTicket;
import fr.cpro.support.ReceivedFile;
import fr.cpro.support.ui.AttachmentField;

/**
 * The agent's composer: a reply to the school (with one file, under the school's rules) or an internal
 * note, sent with the button or Ctrl+Entrée; a send waits for a file still on its way. The draft and its
 * file stay until the service accepted them (a refusal keeps both). Other features insert text at
 * the caret with {@link #insertText(String)} (the canned responses' picker).
 */
public final class Composer extends Composite<Section> {

    /** Réponse à l'établissement / Note interne. */
    public enum Mode {
        REPLY, NOTE;

        public String labelKey() {
            return "helpdesk.composer.mode." + name();
        }
    }

    /** What the view does with a draft; answers whether it was accepted. */
    interface Sender {
        boolean send(String text, boolean internal, ReceivedFile file);
    }

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final Button send = new Button();
    final AttachmentField attachment;

    Composer(Sender sender, AttachmentReceiver receiver, FileSizes sizes) {
        mode.setLabel(getTranslation("helpdesk.composer.mode"));
        mode.setItems(Mode.values());
        mode.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        mode.setValue(Mode.REPLY);
        mode.addValueChangeListener(e -> update());
        text.setMaxLength(NewTicket.MESSAGE_MAX);
        // Eager: the value reaches the server before a Ctrl+Entrée that follows the last key, and presence sees typing.
        text.setValueChangeMode(ValueChangeMode.EAGER);
        text.setWidthFull();
        text.setMinRows(5);
        attachment = new AttachmentField(receiver, sizes, getTranslation("helpdesk.composer.file"));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> submit(sender));
        Shortcuts.addShortcutListener(text, () -> submit(sender), Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        getContent().addClassName("cpro-composer");
        getContent().add(mode, text, attachment, send);
        update();
    }

    private void submit(Sender sender) {
        if (!send.isEnabled()) {
            return; // already waiting for the file: Ctrl+Entrée twice sends once
        }
        if (!attachment.sendWhenReady(() -> sendNow(sender), this::update)) {
            send.setText(getTranslation("support.upload.waiting"));
            send.setEnabled(false);
        }
    }

    private void sendNow(Sender sender) {
        boolean note = mode.getValue() == Mode.NOTE;
        if (sender.send(text.getValue(), note, note ? null : attachment.value().orElse(null))) {
            text.clear();
            if (!note) {
                attachment.sent();
            }
        } else {
            attachment.keepIfAvailable();
        }
        update();
    }

    private void update() {
        boolean note = mode.getValue() == Mode.NOTE;
        text.setLabel(getTranslation(note ? "helpdesk.composer.note" : "helpdesk.composer.reply"));
        send.setText(getTranslation(note ? "helpdesk.composer.send-note" : "helpdesk.composer.send-reply"));
        send.setEnabled(true);
        // A file goes to the school with a reply; a note stays in the team.
        attachment.setVisible(!note);
        getContent().setClassName("cpro-composer--note", note);
    }

    /** Inserts text at the end of the draft (a canned response), on a line of its own. */
    public void insertText(String inserted) {
        if (inserted == null || inserted.isEmpty()) {
            return;
        }
        String draft = text.getValue();
        text.setValue(draft.isEmpty() ? inserted : draft + (draft.endsWith("\n") ? "" : "\n") + inserted);
        text.focus();
    }

    /** Disables sending (a closed ticket takes notes only). */
    void allowReplies(boolean allowed) {
        if (!allowed) {
            mode.setValue(Mode.NOTE);
        }
        mode.setItemEnabledProvider(m -> allowed || m == Mode.NOTE);
    }

    public boolean hasDraft() {
        return !text.getValue().isBlank() || attachment.hasContent();
    }
}
