package fr.cpro.support.help;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an agent types in the FAQ editor; the form and the service check it with the same constraints,
 * and the service also refuses a link that is not http(s) or mailto ({@link AnswerMarkup#refusedLinks}).
 * The messages are translation keys ({@code {0}} is the limit).
 *
 * @param question the question (required, at most {@link #QUESTION_MAX} characters)
 * @param answer   the answer in the help centre's markup ({@link AnswerMarkup}), at most {@link #ANSWER_MAX}
 */
public record HelpEntryDraft(
        @NotBlank(message = "helpdesk.faq.error.question.required")
        @Size(max = HelpEntryDraft.QUESTION_MAX, message = "helpdesk.faq.error.question.too-long")
        String question,
        @NotBlank(message = "helpdesk.faq.error.answer.required")
        @Size(max = HelpEntryDraft.ANSWER_MAX, message = "helpdesk.faq.error.answer.too-long")
        String answer) {

    /** The longest question: the column's length and the field's limit. */
    public static final int QUESTION_MAX = 300;
    /** The longest answer: the field's limit, well within the TEXT column's 65,535 bytes. */
    public static final int ANSWER_MAX = 8000;

    /** An empty form. */
    public static final HelpEntryDraft EMPTY = new HelpEntryDraft("", "");
}
