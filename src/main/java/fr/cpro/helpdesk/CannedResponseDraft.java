package fr.cpro.helpdesk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What an agent types in the canned-response form; the form and the service validate it with the same
 * constraints. The messages are translation keys ({@code {0}} is the limit).
 *
 * @param title what the list and the picker show (required, at most {@link #TITLE_MAX} characters)
 * @param body  the text inserted into a reply, with its placeholders (required, at most {@link #BODY_MAX})
 */
public record CannedResponseDraft(
        @NotBlank(message = "helpdesk.canned.error.title.required")
        @Size(max = CannedResponseDraft.TITLE_MAX, message = "helpdesk.canned.error.title.too-long")
        String title,
        @NotBlank(message = "helpdesk.canned.error.body.required")
        @Size(max = CannedResponseDraft.BODY_MAX, message = "helpdesk.canned.error.body.too-long")
        String body) {

    /** The longest title: the column's length and the field's limit. */
    public static final int TITLE_MAX = 120;
    /** The longest text: the field's limit, checked before the TEXT column's 65,535 bytes. */
    public static final int BODY_MAX = 5000;

    /** An empty form. */
    public static final CannedResponseDraft EMPTY = new CannedResponseDraft("", "");
}
