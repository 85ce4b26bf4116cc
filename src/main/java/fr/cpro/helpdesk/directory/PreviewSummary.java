package fr.cpro.helpdesk.directory;

import java.time.Instant;
import java.util.Map;

/**
 * A preview as the agent sees it above its grid, for the filter chosen.
 *
 * @param lines     lines of the file (header excluded)
 * @param inScope   lines the filter keeps
 * @param counts    lines the filter keeps, per outcome (every outcome present, 0 when none)
 * @param types     every establishment type of the file with its number of lines, in alphabetical order
 * @param appliedAt when it was confirmed, or {@code null}
 */
public record PreviewSummary(long id, String fileName, int lines, int inScope, Map<Outcome, Integer> counts,
                             Map<String, Integer> types, Instant appliedAt) {

    public int count(Outcome outcome) {
        return counts.getOrDefault(outcome, 0);
    }

    /** The lines confirming would write: new and updated schools. */
    public int toWrite() {
        return count(Outcome.NEW) + count(Outcome.UPDATE);
    }

    public boolean applied() {
        return appliedAt != null;
    }
}
