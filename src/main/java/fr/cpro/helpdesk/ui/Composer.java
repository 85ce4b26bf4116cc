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
import fr.cpro.support.NewTicket;

/**
 * The agent's composer: a reply to the school or an internal note, sent with the button or Ctrl+Entrée.
 * The draft stays until the service accepted it (a refusal keeps it). Other features insert text at
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
        boolean send(String text, boolean internal);
    }

    final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();
    final TextArea text = new TextArea();
    final Button send = new Button();

    Composer(Sender sender) {
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
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.addClickListener(e -> submit(sender));
        Shortcuts.addShortcutListener(text, () -> submit(sender), Key.ENTER, KeyModifier.CONTROL).listenOn(text);
        getContent().addClassName("cpro-composer");
        getContent().add(mode, text, send);
        update();
    }

    private void submit(Sender sender) {
        if (sender.send(text.getValue(), mode.getValue() == Mode.NOTE)) {
            text.clear();
        }
    }

    private void update() {
        boolean note = mode.getValue() == Mode.NOTE;
        text.setLabel(getTranslation(note ? "helpdesk.composer.note" : "helpdesk.composer.reply"));
        send.setText(getTranslation(note ? "helpdesk.composer.send-note" : "helpdesk.composer.send-reply"));
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
        return !text.getValue().isBlank();
    }
}
