package fr.cpro.helpdesk.directory;

import java.time.Instant;

/**
 * A school of an applied import whose administrator has not activated the account yet.
 *
 * @param lastLinkSentAt when an activation link was last sent, or {@code null} if never
 */
public record PendingSchool(String uai, String name, String officialEmail, String town, Instant lastLinkSentAt) {
}
