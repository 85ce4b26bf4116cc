package fr.cpro.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** One mail in the outbox, with its delivery state. */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

    /** Where a mail stands. */
    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Accepted by the SMTP server. */
        SENT,
        /** Given up after the last retry; the error is kept. */
        FAILED;

        /** The translation key of the status's French name, for the demo's mailbox. */
        public String labelKey() {
            return "outbox.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 250)
    private String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "MEDIUMTEXT")
    private String bodyText;

    @Column(name = "body_html", columnDefinition = "MEDIUMTEXT")
    private String bodyHtml;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMail() {
    }

    OutboxMail(Mail mail, Instant now) {
        this.recipient = mail.to();
        this.subject = mail.subject().length() > 250 ? mail.subject().substring(0, 250) : mail.subject();
        this.bodyText = mail.text();
        this.bodyHtml = mail.html();
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void markSent(Instant now) {
        this.status = Status.SENT;
        this.attempts++;
        this.sentAt = now;
        this.lastError = null;
    }

    /** Records a failed attempt; retries at {@code retryAt}, or gives up when that is {@code null}. */
    void markFailedAttempt(String error, Instant retryAt) {
        this.attempts++;
        this.lastError = error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error;
        if (retryAt == null) {
            this.status = Status.FAILED;
        } else {
            this.nextAttemptAt = retryAt;
        }
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBodyText() {
        return bodyText;
    }

    public String getBodyHtml() {
        return bodyHtml;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
