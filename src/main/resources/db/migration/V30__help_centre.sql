-- Help centre (Assistance): the questions and answers that schools read, by category, and
-- the consultations that rank the "Questions les plus fréquentes".

CREATE TABLE help_entry (
    id       BIGINT        NOT NULL AUTO_INCREMENT,
    category VARCHAR(30)   NOT NULL,
    -- editorial order: lists follow it, and it breaks ties in the most-consulted ranking
    editorial_order INT    NOT NULL,
    question VARCHAR(300)  NOT NULL,
    answer   TEXT          NOT NULL,
    version  BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_help_entry_editorial_order UNIQUE (editorial_order),
    CONSTRAINT ck_help_entry_category CHECK (category IN ('COMPTE_UTILISATEUR', 'ABONNEMENT', 'UTILISATION'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per user, entry and day (Europe/Paris): the primary key makes "counted at most
-- once per user, entry and day" a database rule, whatever the number of clicks.
CREATE TABLE help_consultation (
    account_id BIGINT NOT NULL,
    entry_id   BIGINT NOT NULL,
    consulted_on DATE  NOT NULL,
    PRIMARY KEY (account_id, entry_id, consulted_on),
    CONSTRAINT fk_help_consultation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_help_consultation_entry FOREIGN KEY (entry_id) REFERENCES help_entry (id) ON DELETE CASCADE,
    -- the ranking reads a window of days
    INDEX ix_help_consultation_day (consulted_on, entry_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
