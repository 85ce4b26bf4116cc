package fr.cpro.helpdesk;

import java.time.Instant;

/**
 * A canned response as the list, the form and the picker read it.
 *
 * @param version   what the form sends back with an edit, so that a stale edit is refused
 * @param updatedBy "Prénom NOM" of the agent who last wrote it; {@code null} for a seeded text
 */
public record CannedResponseSummary(long id, String title, String body, long version, String updatedBy,
                                    Instant updatedAt) {

    /** The form's starting point for editing this response. */
    public CannedResponseDraft toDraft() {
        return new CannedResponseDraft(title, body);
    }
}
