package fr.cpro.support.help.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import fr.cpro.support.help.HelpQuestion;

import java.util.List;
import java.util.function.Consumer;

/** Questions that open onto their answer; opening one is reported (it counts as a consultation). */
public class QuestionList extends Composite<Div> {

    /** The questions, each opening onto its answer. */
    public final List<Details> entries;

    QuestionList(List<HelpQuestion> questions, boolean showCategory, Consumer<HelpQuestion> onOpen) {
        getContent().addClassName("cpro-help-questions");
        entries = questions.stream().map(question -> entry(question, showCategory, onOpen)).toList();
        entries.forEach(getContent()::add);
    }

    private Details entry(HelpQuestion question, boolean showCategory, Consumer<HelpQuestion> onOpen) {
        var summary = new Span(new Span(question.question()));
        summary.addClassName("cpro-help-question__summary");
        if (showCategory) {
            // In search results and the frequent questions, where the category is not a heading above.
            var category = new Span(getTranslation(question.category().labelKey()));
            category.addClassName("cpro-help-question__category");
            summary.add(category);
        }
        var details = new Details(summary, answer(question.answer()));
        details.addClassName("cpro-help-question");
        details.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                onOpen.accept(question);
            }
        });
        return details;
    }

    /** The answer, built from its markup as components: the content is text, never HTML. */
    static Component answer(String text) {
        return AnswerContent.of(text);
    }
}
