package fr.cpro.support.help.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import fr.cpro.support.SupportCategory;
import fr.cpro.support.help.HelpQuestion;

import java.util.List;

/**
 * A category's panel exactly as the school's help centre shows it (the same heading, question list and
 * answers), for the FAQ editor's preview. Opening a question here counts no consultation.
 */
public class SchoolPreview extends Composite<Div> {

    /** The questions, as the list the school opens. */
    public final QuestionList list;

    public SchoolPreview(SupportCategory category, List<HelpQuestion> published) {
        var panel = getContent();
        panel.addClassNames("cpro-help", "cpro-help-category-panel", "cpro-help-preview");
        panel.add(new H3(getTranslation(category.labelKey())));
        list = new QuestionList(published, false, question -> { });
        panel.add(published.isEmpty() ? new Paragraph(getTranslation("help.category.empty")) : list);
    }
}
