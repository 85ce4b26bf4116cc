package fr.cpro.support.help;

import fr.cpro.support.SupportCategory;

import java.time.Instant;

/**
 * A help entry as the FAQ editor lists it.
 *
 * @param id            the entry
 * @param version       the version of its text, which an edit must start from
 * @param category      its category
 * @param order         its editorial order (lists follow it)
 * @param question      the question
 * @param answer        the answer, in the help centre's markup
 * @param published     whether schools read it
 * @param updatedAt     when its text was last changed in the editor; {@code null} for the first content
 * @param updatedBy     who changed it; {@code null} for the first content
 * @param consultations the distinct (school account, day) readings over the last
 *                      {@value HelpCentreService#WINDOW_DAYS} days, today included
 */
public record HelpEntryDetails(long id, long version, SupportCategory category, int order, String question,
                               String answer, boolean published, Instant updatedAt, String updatedBy,
                               long consultations) {

    public HelpEntryDraft toDraft() {
        return new HelpEntryDraft(question, answer);
    }
}
