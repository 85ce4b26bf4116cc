package fr.cpro.helpdesk.directory;

import java.util.List;

/**
 * One line of a preview.
 *
 * @param changes       for an update, what changes: {@code name}, {@code email}, {@code academie}, {@code town},
 *                      {@code account} (the school has no administrator's account yet)
 * @param refusalDetail for a duplicate, the lines sharing its UAI
 */
public record PreviewLine(int line, String uai, String name, String type, boolean vocational, String town,
                          String academie, String email, Outcome outcome, List<String> changes, Refusal refusal,
                          String refusalDetail) {
}
