-- Support tickets: a school's request to the CPRO team, its exchanges and their attachments.
-- Files themselves live in attachment storage under generated names; only their metadata is here.

-- One counter per year for the CPRO-2026-000123 references; the row is locked while a ticket is created.
CREATE TABLE ticket_sequence (
    seq_year   INT NOT NULL,
    last_value INT NOT NULL,
    PRIMARY KEY (seq_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    reference         VARCHAR(20)  NOT NULL,
    establishment_id  BIGINT       NOT NULL,
    created_by        BIGINT       NOT NULL,
    category          VARCHAR(30)  NOT NULL,
    subject           VARCHAR(150) NOT NULL,
    status            VARCHAR(20)  NOT NULL,
    -- the school's active diploma when the ticket was sent, if any
    diploma_label     VARCHAR(200) NULL,
    created_at        DATETIME(6)  NOT NULL,
    last_activity_at  DATETIME(6)  NOT NULL,
    -- "72 heures ouvrées" after creation, computed once and shown to both sides
    due_at            DATETIME(6)  NOT NULL,
    first_response_at DATETIME(6)  NULL,
    resolved_at       DATETIME(6)  NULL,
    closed_at         DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_ticket_reference UNIQUE (reference),
    CONSTRAINT fk_ticket_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_ticket_account FOREIGN KEY (created_by) REFERENCES account (id),
    CONSTRAINT ck_ticket_status CHECK (status IN ('NOUVEAU', 'EN_COURS', 'EN_ATTENTE', 'RESOLU', 'FERME')),
    INDEX ix_ticket_school_activity (establishment_id, last_activity_at),
    INDEX ix_ticket_status_activity (status, last_activity_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_message (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    ticket_id         BIGINT       NOT NULL,
    author_side       VARCHAR(10)  NOT NULL,
    author_account_id BIGINT       NULL,
    author_name       VARCHAR(200) NOT NULL,
    body              MEDIUMTEXT   NOT NULL,
    -- an agents' note: never shown to the school
    internal          BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at        DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ticket_message_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    CONSTRAINT fk_ticket_message_account FOREIGN KEY (author_account_id) REFERENCES account (id),
    CONSTRAINT ck_ticket_message_side CHECK (author_side IN ('SCHOOL', 'SUPPORT')),
    CONSTRAINT ck_ticket_message_internal CHECK (internal = FALSE OR author_side = 'SUPPORT'),
    INDEX ix_ticket_message_ticket (ticket_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ticket_attachment (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    message_id    BIGINT        NOT NULL,
    original_name VARCHAR(255)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    content_type  VARCHAR(255)  NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_key   VARCHAR(100)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_ticket_attachment_key UNIQUE (storage_key),
    CONSTRAINT fk_ticket_attachment_message FOREIGN KEY (message_id) REFERENCES ticket_message (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
