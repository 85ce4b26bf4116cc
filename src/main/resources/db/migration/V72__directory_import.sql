-- Import of the official directory (Annuaire de l'éducation): a preview kept server-side, one row per
-- line of the file, so that 70,000 lines are never held in a session, and the grid reads them page by page.

-- The school's town (the directory's Nom_commune) goes to establishment.town, added by V70.

CREATE TABLE directory_import (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    -- the agent who uploaded the file: only they see and apply this preview
    account_id      BIGINT        NOT NULL,
    file_name       VARCHAR(255)  NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    row_count       INT           NOT NULL DEFAULT 0,
    -- set once confirmed, with the filter applied and what it did
    applied_at      DATETIME(6)   NULL,
    filter_types    VARCHAR(2000) NULL,
    vocational_only BOOLEAN       NOT NULL DEFAULT FALSE,
    created_count   INT           NULL,
    updated_count   INT           NULL,
    unchanged_count INT           NULL,
    refused_count   INT           NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_directory_import_account FOREIGN KEY (account_id) REFERENCES account (id),
    INDEX ix_directory_import_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE directory_import_row (
    import_id      BIGINT       NOT NULL,
    -- the line of the file (the header is line 1)
    line_no        INT          NOT NULL,
    -- as normalised; '' when the cell is empty (values are cut to their column, a too long one is refused)
    uai            VARCHAR(20)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    type           VARCHAR(100) NOT NULL,
    vocational     BOOLEAN      NOT NULL,
    town           VARCHAR(120) NOT NULL,
    academie       VARCHAR(100) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    -- why the line cannot be imported (fr.cpro.helpdesk.directory.Refusal), NULL when it can
    refusal        VARCHAR(20)  NULL,
    refusal_detail VARCHAR(100) NULL,
    outcome        VARCHAR(10)  NOT NULL,
    -- for an existing school, what the import changes: name, email, academie, town, account
    changes        VARCHAR(60)  NULL,
    PRIMARY KEY (import_id, line_no),
    -- No other index: each write of 70,000 lines would pay for it. Every query reads one import's lines,
    -- a range of the primary key; the join with the schools goes through their UAI's unique key.
    CONSTRAINT fk_directory_import_row_import FOREIGN KEY (import_id) REFERENCES directory_import (id)
        ON DELETE CASCADE,
    CONSTRAINT ck_directory_import_row_outcome CHECK (outcome IN ('NEW', 'UPDATE', 'SAME', 'REFUSED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
