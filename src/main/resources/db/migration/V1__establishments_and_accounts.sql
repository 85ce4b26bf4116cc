-- Schools (établissements) and the accounts that sign in: one administrator per school,
-- identified by the school's UAI, and the CPRO support team (agents, supervisors).

CREATE TABLE establishment (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    uai            CHAR(8)      NOT NULL,
    name           VARCHAR(200) NOT NULL,
    official_email VARCHAR(254) NOT NULL,
    academie       VARCHAR(100) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_establishment_uai UNIQUE (uai)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE account (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    -- the UAI for a school administrator, the lower-cased e-mail for an agent
    login            VARCHAR(254) NOT NULL,
    role             VARCHAR(20)  NOT NULL,
    first_name       VARCHAR(100) NULL,
    last_name        VARCHAR(100) NULL,
    email            VARCHAR(254) NULL,
    -- NULL until the first connection sets a password
    password_hash    VARCHAR(255) NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    establishment_id BIGINT       NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_account_login UNIQUE (login),
    CONSTRAINT fk_account_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT ck_account_role CHECK (role IN ('ETABLISSEMENT', 'AGENT', 'SUPERVISEUR')),
    -- a school administrator always belongs to a school; agents never do
    CONSTRAINT ck_account_establishment CHECK ((role = 'ETABLISSEMENT') = (establishment_id IS NOT NULL))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
