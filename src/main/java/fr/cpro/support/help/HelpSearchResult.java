package fr.cpro.support.help;

import java.util.List;

/**
 * What a search found.
 *
 * @param questions the matching questions, those whose question matches first, then in editorial order
 * @param total     how many questions match in all ({@code questions} holds at most the first ones)
 */
public record HelpSearchResult(List<HelpQuestion> questions, long total) {

    /** Whether more questions match than are listed. */
    public boolean truncated() {
        return total > questions.size();
    }
}
