-- Scheduled jobs that must run on one instance at a time (ShedLock's JDBC provider, fr.cpro.base.JobLocks):
-- one row per job, held until lock_until (the database's UTC time, so the instances' clocks do not matter).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until DATETIME(3)  NOT NULL,
    locked_at  DATETIME(3)  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
