package fr.cpro.support.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import fr.cpro.support.help.AnswerMarkup;

import java.util.List;

/**
 * An answer of the help centre built as components from its markup ({@link AnswerMarkup}): paragraphs,
 * bulleted lists, text nodes and links. Nothing is ever set as HTML, so whatever an agent typed is shown as
 * the characters it is; only checked http(s) and mailto addresses become links. The school's help centre
 * and the FAQ editor's preview build answers here, so that the preview is what schools see.
 */
public final class AnswerContent {

    private AnswerContent() {
    }

    /** The answer, in a {@code div.cpro-help-answer}. */
    public static Component of(String answer) {
        var content = new Div();
        content.addClassName("cpro-help-answer");
        for (AnswerMarkup.Block block : AnswerMarkup.parse(answer)) {
            switch (block) {
                case AnswerMarkup.Paragraph paragraph -> content.add(line(new Paragraph(), paragraph.content()));
                case AnswerMarkup.Bullets bullets -> {
                    var list = new UnorderedList();
                    bullets.items().forEach(item -> list.add(line(new ListItem(), item)));
                    content.add(list);
                }
            }
        }
        return content;
    }

    private static <T extends Component & HasComponents> T line(T container, List<AnswerMarkup.Inline> pieces) {
        for (AnswerMarkup.Inline piece : pieces) {
            switch (piece) {
                case AnswerMarkup.Text text -> container.add(new Text(text.text()));
                case AnswerMarkup.Link link -> {
                    var anchor = new Anchor(link.href(), link.text());
                    anchor.addClassName("cpro-help-answer__link");
                    if (!link.href().regionMatches(true, 0, "mailto:", 0, 7)) {
                        // Another site opens beside the help centre, with no handle on it.
                        anchor.setTarget(AnchorTarget.BLANK);
                        anchor.getElement().setAttribute("rel", "noopener noreferrer");
                    }
                    container.add(anchor);
                }
            }
        }
        return container;
    }
}
