package fr.cpro.mail;

import java.util.Objects;

/**
 * A mail to send: French, plain text plus an optional simple HTML version.
 *
 * @param to      one recipient address
 * @param subject the subject line
 * @param text    the plain-text body (always present: some mailboxes show only that)
 * @param html    the HTML body, or {@code null}
 */
public record Mail(String to, String subject, String text, String html) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
    }
}
