package fr.cpro.support;


/**
 * What the school types in the ticket form.
 *
 * @param category what the request is about (required)
 * @param subject  the subject line (required, at most {@link #SUBJECT_MAX} characters)
 * @param message  the message, plain text with its line breaks (required, at most {@link #MESSAGE_MAX})
 */
public record NewTicket(SupportCategory category, String subject, String message) {

    public static final int SUBJECT_MAX = 150;
    public static final int MESSAGE_MAX = 20_000;
}
