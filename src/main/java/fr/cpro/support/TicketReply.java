package fr.cpro.support;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the reply form on a ticket holds, under the same rules as a ticket's message.
 *
 * @param message the reply, plain text with its line breaks
 */
public record TicketReply(
        @NotBlank(message = "{support.error.message.required}")
        @Size(max = NewTicket.MESSAGE_MAX, message = "{support.error.message.too-long}")
        String message) {
}
