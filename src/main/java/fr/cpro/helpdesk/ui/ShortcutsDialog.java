package fr.cpro.helpdesk.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Span;

/** "?": the keyboard shortcuts of the helpdesk. */
final class ShortcutsDialog extends Dialog {

    ShortcutsDialog() {
        setHeaderTitle(getTranslation("helpdesk.shortcuts.title"));
        var list = new DescriptionList();
        String[][] rows = {
                {"helpdesk.shortcuts.send.keys", "helpdesk.shortcuts.send"},
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
}
