-- The account lifecycle: single-use links (activation, password reset, e-mail change),
-- stored as a SHA-256 of the random token so a database leak gives no usable link.
CREATE TABLE account_token (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    account_id  BIGINT       NOT NULL,
    purpose     VARCHAR(20)  NOT NULL,
    token_hash  CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    -- the address to confirm, for an e-mail change only
    new_email   VARCHAR(254) NULL,
    created_at  DATETIME(6)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    used_at     DATETIME(6)  NULL,
    -- set when a newer link of the same purpose replaces this one
    voided_at   DATETIME(6)  NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('ACTIVATION', 'PASSWORD_RESET', 'EMAIL_CHANGE')),
    INDEX ix_account_token_account (account_id, purpose)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Security audit trail: who did what, when, from where. No foreign key: the trail keeps
-- failed sign-ins for logins that match no account, and outlives accounts.
CREATE TABLE audit_event (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    occurred_at    DATETIME(6)  NOT NULL,
    event_type     VARCHAR(30)  NOT NULL,
    account_id     BIGINT       NULL,
    -- the normalised login (UAI or e-mail) the event is about
    login          VARCHAR(254) NULL,
    client_address VARCHAR(45)  NULL,
    detail         VARCHAR(500) NULL,
    PRIMARY KEY (id),
    -- "the last events of this account": WHERE login = ? ORDER BY occurred_at DESC LIMIT n
    INDEX ix_audit_event_login_time (login, occurred_at),
    INDEX ix_audit_event_account_time (account_id, occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
