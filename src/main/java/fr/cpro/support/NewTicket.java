package fr.cpro.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the school types in the ticket form. The form's binder and {@link TicketService#create}
 * check these constraints; the lengths are the columns'.
 *
 * @param category what the request is about (required)
 * @param subject  the subject line (required, at most {@link #SUBJECT_MAX} characters)
 * @param message  the message, plain text with its line breaks (required, at most {@link #MESSAGE_MAX})
 */
public record NewTicket(
        @NotNull(message = "{support.error.category.required}")
        SupportCategory category,
        @NotBlank(message = "{support.error.subject.required}")
        @Size(max = SUBJECT_MAX, message = "{support.error.subject.too-long}")
        String subject,
        @NotBlank(message = "{support.error.message.required}")
        @Size(max = MESSAGE_MAX, message = "{support.error.message.too-long}")
        String message) {

    public static final int SUBJECT_MAX = 150;
    public static final int MESSAGE_MAX = 20_000;
}
