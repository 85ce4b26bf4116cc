-- Accounts whose sessions must end on every instance (a school's account disabled by the support team).
-- Each instance polls the rows it has not seen yet and ends the account's sessions it holds in memory.
-- created_at is the database's own clock, so that instances with skewed clocks read the same window.
CREATE TABLE session_revocation (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    account_id BIGINT      NOT NULL,
    created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    INDEX ix_session_revocation_time (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
