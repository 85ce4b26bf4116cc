package fr.cpro.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * SMTP and delivery settings, {@code cpro.mail.*}, read from the {@code CPRO_MAIL_*}
 * environment variables (see application.properties). With no host, mails stay in the
 * outbox unsent: that is the demo, where the outbox page shows them.
 *
 * @param host            SMTP server ({@code CPRO_MAIL_HOST}); empty: nothing is sent
 * @param port            SMTP port ({@code CPRO_MAIL_PORT})
 * @param username        SMTP user, empty for none ({@code CPRO_MAIL_USERNAME})
 * @param password        SMTP password ({@code CPRO_MAIL_PASSWORD})
 * @param from            the sender, e.g. {@code CPRO STI <no-reply@cpro.fr>} ({@code CPRO_MAIL_FROM})
 * @param starttls        require STARTTLS ({@code CPRO_MAIL_STARTTLS})
 * @param maxAttempts     attempts before a mail is marked FAILED ({@code CPRO_MAIL_MAX_ATTEMPTS})
 * @param firstRetryDelay the wait after the first failure; it doubles at each further one
 * @param maxRetryDelay   the longest wait between two attempts
 * @param timeout         SMTP connection and read timeout
 */
@ConfigurationProperties("cpro.mail")
public record MailSettings(
        @DefaultValue("") String host,
        @DefaultValue("587") int port,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("CPRO STI <no-reply@cpro.fr>") String from,
        @DefaultValue("true") boolean starttls,
        @DefaultValue("10") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetryDelay,
        @DefaultValue("PT1H") Duration maxRetryDelay,
        @DefaultValue("PT20S") Duration timeout) {

    /** Whether an SMTP server is configured, i.e. whether mails really leave. */
    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures. */
    Duration retryDelay(int attempts) {
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
