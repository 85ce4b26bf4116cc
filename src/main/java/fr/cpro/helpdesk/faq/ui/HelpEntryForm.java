package fr.cpro.helpdesk.faq.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.BindingValidationStatusHandler;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import fr.cpro.support.help.AnswerMarkup;
import fr.cpro.support.help.HelpEntryDraft;
import fr.cpro.support.help.ui.AnswerContent;

import java.util.Optional;

/**
 * A help entry's question and answer, bound to {@link HelpEntryDraft} with its Bean Validation constraints
 * (messages are translation keys), and beside them the answer as the school will read it, rebuilt as the
 * agent types. A link that would not be one (not http(s) or mailto) is pointed out under the field.
 */
class HelpEntryForm extends Composite<Div> {

    final TextField question = new TextField();
    final TextArea answer = new TextArea();
    /** The answer as schools will see it. */
    final Div preview = new Div();
    private final BeanValidationBinder<HelpEntryDraft> binder = new BeanValidationBinder<>(HelpEntryDraft.class);

    HelpEntryForm() {
        question.setLabel(getTranslation("helpdesk.faq.field.question"));
        question.setMaxLength(HelpEntryDraft.QUESTION_MAX);
        question.setRequiredIndicatorVisible(true);
        question.setWidthFull();
        answer.setLabel(getTranslation("helpdesk.faq.field.answer"));
        answer.setMaxLength(HelpEntryDraft.ANSWER_MAX);
        answer.setRequiredIndicatorVisible(true);
        answer.setHelperText(getTranslation("helpdesk.faq.field.answer.helper"));
        answer.setMinRows(8);
        answer.setWidthFull();
        // Every keystroke counts as a change, so that leaving asks first even before the field is left.
        question.setValueChangeMode(ValueChangeMode.EAGER);
        answer.setValueChangeMode(ValueChangeMode.LAZY);
        answer.setValueChangeTimeout(300);
        binder.forField(question).withValidationStatusHandler(translated(question, HelpEntryDraft.QUESTION_MAX))
                .bind("question");
        binder.forField(answer)
                .withValidator(text -> AnswerMarkup.refusedLinks(text).isEmpty(), "helpdesk.faq.error.link.field")
                .withValidationStatusHandler(translated(answer, HelpEntryDraft.ANSWER_MAX))
                .bind("answer");
        answer.addValueChangeListener(e -> showPreview(e.getValue()));

        preview.addClassName("cpro-faq-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        var fields = new VerticalLayout(question, answer);
        fields.setPadding(false);
        fields.addClassName("cpro-faq-form__fields");
        var previewTitle = new H3(getTranslation("helpdesk.faq.preview.answer"));
        var side = new Div(previewTitle, preview);
        side.addClassName("cpro-faq-form__preview");
        getContent().addClassName("cpro-faq-form");
        getContent().add(fields, side);
    }

    private BindingValidationStatusHandler translated(HasValidation field, int max) {
        return status -> {
            field.setInvalid(status.isError());
            field.setErrorMessage(status.getMessage().filter(m -> status.isError())
                    .map(key -> key.equals("helpdesk.faq.error.link.field")
                            ? getTranslation(key, String.join(", ", AnswerMarkup.refusedLinks(answer.getValue())))
                            : getTranslation(key, max))
                    .orElse(""));
        };
    }

    private void showPreview(String text) {
        preview.removeAll();
        preview.add(AnswerContent.of(text));
    }

    void read(HelpEntryDraft draft) {
        binder.readRecord(draft);
        showPreview(draft.answer());
    }

    /** The typed record when it is valid; otherwise the fields show why, and nothing is returned. */
    Optional<HelpEntryDraft> write() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }
}
