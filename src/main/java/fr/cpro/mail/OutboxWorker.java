package fr.cpro.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends the outbox: every few seconds, each mail that is due goes to the SMTP server in its
 * own transaction. A failed attempt is retried later, the wait doubling each time
 * ({@link MailSettings#retryDelay(int)}); after {@link MailSettings#maxAttempts()} the mail
 * is FAILED with its last error kept. Without an SMTP host nothing is sent (the demo).
 *
 * <p>With several instances every instance runs this worker, on purpose (no job lock): each mail is
 * claimed by {@link OutboxRepository#lockNextDue} ({@code FOR UPDATE SKIP LOCKED}) for the transaction
 * that sends it and marks it sent, so two workers share the queue and never send a mail twice.
 */
@Component
class OutboxWorker {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);
    private static final int BATCH = 50;

    private final OutboxRepository outbox;
    private final JavaMailSender sender;
    private final MailSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    OutboxWorker(OutboxRepository outbox, JavaMailSender sender, MailSettings settings,
                 PlatformTransactionManager transactions, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cpro.mail.poll-interval:PT10S}",
            initialDelayString = "${cpro.mail.poll-interval:PT10S}")
    void sendDue() {
        sendDue(clock.instant());
    }

    /**
     * Sends up to one batch of the mails due at {@code now}.
     *
     * @return how many mails were sent
     */
    int sendDue(Instant now) {
        if (!settings.configured()) {
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            Boolean result = transaction.execute(status -> outbox.lockNextDue(now).map(mail -> send(mail, now))
                    .orElse(null));
            if (result == null) {
                break;
            }
            if (result) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(OutboxMail mail, Instant now) {
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, mail.getBodyHtml() != null, "UTF-8");
            helper.setFrom(InternetAddress.parse(settings.from())[0]);
            helper.setTo(mail.getRecipient());
            helper.setSubject(mail.getSubject());
            if (mail.getBodyHtml() != null) {
                helper.setText(mail.getBodyText(), mail.getBodyHtml());
            } else {
                helper.setText(mail.getBodyText());
            }
            helper.setSentDate(java.util.Date.from(now));
            sender.send(message);
            mail.markSent(clock.instant());
            log.info("Mail {} sent to {}", mail.getId(), mail.getRecipient());
            return true;
        } catch (MailException | MessagingException e) {
            int attempts = mail.getAttempts() + 1;
            Instant retryAt = attempts >= settings.maxAttempts() ? null : now.plus(settings.retryDelay(attempts));
            mail.markFailedAttempt(describe(e), retryAt);
            if (retryAt == null) {
                log.error("Mail {} to {} FAILED after {} attempts: {}", mail.getId(), mail.getRecipient(), attempts,
                        describe(e));
            } else {
                log.warn("Mail {} to {} not sent (attempt {}), retry at {}: {}", mail.getId(), mail.getRecipient(),
                        attempts, retryAt, describe(e));
            }
            return false;
        }
    }

    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return root == e ? text : text + " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }

}
