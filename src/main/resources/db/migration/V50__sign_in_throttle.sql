-- Sign-in throttling (fr.cpro.security.LoginThrottle): one row per counted key, such as
-- 'login:0759999L', 'address:203.0.113.7', 'device:<nonce>' or 'password-help:0759999L'.
-- Kept in the database so that a restart forgets nothing and every instance sees the same
-- counts; a row is updated under its own row lock (INSERT ... ON DUPLICATE KEY UPDATE, then
-- SELECT ... FOR UPDATE), and deleted by a scheduled purge once purge_after has passed.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(300) NOT NULL,
    -- failures (or requests) counted since window_start
    window_start  DATETIME(6)  NOT NULL,
    failures      INT          NOT NULL,
    -- how many delays in a row; the next one doubles
    locks         INT          NOT NULL,
    locked_until  DATETIME(6)  NULL,
    purge_after   DATETIME(6)  NOT NULL,
    PRIMARY KEY (throttle_key),
    INDEX ix_sign_in_throttle_purge (purge_after)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

-- Secrets the application generates for itself when no setting gives them (the device
-- cookie's signing key), shared by every instance and kept across restarts.
CREATE TABLE server_secret (
    name        VARCHAR(50)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    secret      VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
