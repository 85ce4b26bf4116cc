-- CPRO STI is organised per diploma: the catalogue of diplomas of the industrial sector,
-- each school's subscriptions (Abonnement) to the diplomas it teaches, and the diploma each
-- user currently works in ("Changer de diplôme").

CREATE TABLE diploma (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    -- stable identifier for code and support, e.g. BACPRO-MELEC
    code       VARCHAR(40)  NOT NULL,
    level      VARCHAR(10)  NOT NULL,
    -- the official short name, as schools say it: "Bac Pro MELEC"
    short_name VARCHAR(60)  NOT NULL,
    -- the official title of the diploma
    title      VARCHAR(250) NOT NULL,
    -- order of the lists: CAP, then Bac Pro, then BTS
    position   INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_diploma_code UNIQUE (code),
    CONSTRAINT ck_diploma_level CHECK (level IN ('CAP', 'BAC_PRO', 'BTS'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO diploma (code, level, short_name, title, position) VALUES
    ('CAP-ELEC',     'CAP',     'CAP Électricien', 'Électricien', 10),
    ('CAP-RICS',     'CAP',     'CAP RICS', 'Réalisations industrielles en chaudronnerie ou soudage', 20),
    ('CAP-CIP',      'CAP',     'CAP CIP', 'Conducteur d''installations de production', 30),
    ('BACPRO-MELEC', 'BAC_PRO', 'Bac Pro MELEC', 'Métiers de l''électricité et de ses environnements connectés', 110),
    ('BACPRO-MSPC',  'BAC_PRO', 'Bac Pro MSPC', 'Maintenance des systèmes de production connectés', 120),
    ('BACPRO-TU',    'BAC_PRO', 'Bac Pro TU', 'Technicien d''usinage', 130),
    ('BACPRO-MFER',  'BAC_PRO', 'Bac Pro MFER', 'Métiers du froid et des énergies renouvelables', 140),
    ('BACPRO-TCI',   'BAC_PRO', 'Bac Pro TCI', 'Technicien en chaudronnerie industrielle', 150),
    ('BACPRO-PLP',   'BAC_PRO', 'Bac Pro PLP', 'Pilote de ligne de production', 160),
    ('BACPRO-CIEL',  'BAC_PRO', 'Bac Pro CIEL', 'Cybersécurité, informatique et réseaux, électronique', 170),
    ('BTS-ELEC',     'BTS',     'BTS Électrotechnique', 'Électrotechnique', 210),
    ('BTS-CRSA',     'BTS',     'BTS CRSA', 'Conception et réalisation de systèmes automatiques', 220),
    ('BTS-MS',       'BTS',     'BTS MS', 'Maintenance des systèmes', 230),
    ('BTS-CPRP',     'BTS',     'BTS CPRP', 'Conception des processus de réalisation de produits', 240),
    ('BTS-CPI',      'BTS',     'BTS CPI', 'Conception de produits industriels', 250);

-- One row per school and diploma: a renewal moves the dates of the same subscription.
-- end_date is the last day of access (inclusive).
CREATE TABLE subscription (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    establishment_id BIGINT      NOT NULL,
    diploma_id       BIGINT      NOT NULL,
    start_date       DATE        NOT NULL,
    end_date         DATE        NOT NULL,
    licences         INT         NOT NULL,
    created_at       DATETIME(6) NOT NULL,
    updated_at       DATETIME(6) NOT NULL,
    version          BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uk_subscription_school_diploma UNIQUE (establishment_id, diploma_id),
    CONSTRAINT fk_subscription_establishment FOREIGN KEY (establishment_id) REFERENCES establishment (id),
    CONSTRAINT fk_subscription_diploma FOREIGN KEY (diploma_id) REFERENCES diploma (id),
    CONSTRAINT ck_subscription_dates CHECK (end_date >= start_date),
    CONSTRAINT ck_subscription_licences CHECK (licences > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The diploma a user works in; it survives sign-out. The account is referenced by id only
-- in the code (accounts sit above schools), the foreign key keeps the table clean.
CREATE TABLE active_diploma (
    account_id BIGINT      NOT NULL,
    diploma_id BIGINT      NOT NULL,
    chosen_at  DATETIME(6) NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_active_diploma_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_active_diploma_diploma FOREIGN KEY (diploma_id) REFERENCES diploma (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
