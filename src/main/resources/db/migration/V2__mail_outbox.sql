-- Transactional outbox: a mail is written in the same transaction as the change that
-- causes it, and sent afterwards by a worker, so a rolled-back change sends nothing and
-- an SMTP outage loses nothing.
CREATE TABLE mail_outbox (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(250) NOT NULL,
    body_text       MEDIUMTEXT   NOT NULL,
    body_html       MEDIUMTEXT   NULL,
    status          VARCHAR(10)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(6)  NOT NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      DATETIME(6)  NOT NULL,
    sent_at         DATETIME(6)  NULL,
    version         BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    INDEX ix_mail_outbox_due (status, next_attempt_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
