package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomListenerRegistration;

/** "?": the keyboard shortcuts of the helpdesk. */
final class ShortcutsDialog extends Dialog {

    /**
     * A "?" typed anywhere on the page but in a text field (where it is a character of the text). The key
     * is read from the event ({@code event.key}), so it works whatever the keyboard layout (Shift+, on AZERTY).
     */
    private static final String QUESTION_MARK_OUTSIDE_FIELDS = "event.key === '?' && !event.ctrlKey && !event.altKey"
            + " && !event.metaKey && !event.composedPath().some(e => e instanceof HTMLElement"
            + " && (e.matches('input, textarea, select, [contenteditable]') || e.localName === 'vaadin-dialog-overlay'))";

    ShortcutsDialog() {
        setHeaderTitle(getTranslation("helpdesk.shortcuts.title"));
        addClassName("cpro-shortcuts");
        var list = new DescriptionList();
        String[][] rows = {
                {"helpdesk.shortcuts.send.keys", "helpdesk.shortcuts.send"},
                {"helpdesk.shortcuts.reach.keys", "helpdesk.shortcuts.reach"},
                {"helpdesk.shortcuts.move.keys", "helpdesk.shortcuts.move"},
                {"helpdesk.shortcuts.open.keys", "helpdesk.shortcuts.open"},
                {"helpdesk.shortcuts.help.keys", "helpdesk.shortcuts.help"}};
        for (String[] row : rows) {
            list.add(new DescriptionList.Term(getTranslation(row[0])),
                    new DescriptionList.Description(new Span(getTranslation(row[1]))));
        }
        add(list);
        getFooter().add(new Button(getTranslation("helpdesk.shortcuts.close"), e -> close()));
    }

    /** Opens the dialog when "?" is typed while {@code view} is shown (outside text fields); once at a time. */
    static void openOnQuestionMark(Component view) {
        view.addAttachListener(attach -> {
            DomListenerRegistration registration = attach.getUI().getElement().addEventListener("keydown", e -> {
                boolean open = attach.getUI().getChildren().anyMatch(c -> c instanceof ShortcutsDialog d && d.isOpened());
                if (!open) {
                    new ShortcutsDialog().open();
                }
            });
            registration.setFilter(QUESTION_MARK_OUTSIDE_FIELDS);
            view.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }
}
