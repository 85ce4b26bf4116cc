package fr.cpro.support.help;

import fr.cpro.support.SupportCategory;

/**
 * A question of the help centre as the reader sees it.
 *
 * @param id       the entry's id, to record that it was consulted
 * @param category the category it belongs to
 * @param question the question
 * @param answer   the answer in the help centre's markup ({@link AnswerMarkup}): plain text, one paragraph per line,
 *                 "- " starts a list item, [texte](https://…) and bare https links; never HTML
 */
public record HelpQuestion(long id, SupportCategory category, String question, String answer) {
}
