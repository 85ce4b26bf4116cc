-- The support team's side of the tickets: who works on a ticket, its service level (the deadline of
-- the oldest unanswered school message, paused while the team waits for the school) and the indexes
-- of the agents' queue.

-- Nothing waits for the team once it has answered or closed: the deadline is then empty.
ALTER TABLE ticket MODIFY due_at DATETIME(6) NULL;

ALTER TABLE ticket
    -- the agent working on the ticket, if any
    ADD COLUMN assignee_id BIGINT NULL AFTER created_by,
    -- business time left on the deadline when it was paused ("En attente de votre réponse"); NULL when not paused
    ADD COLUMN sla_paused_seconds BIGINT NULL AFTER due_at,
    -- the queue's order: the running deadline, or 9000-01-01 when none runs (keeps the column NOT NULL so
    -- one index serves "most urgent first" without an IS NULL expression)
    ADD COLUMN sla_sort DATETIME(6) NOT NULL DEFAULT '9000-01-01 00:00:00' AFTER sla_paused_seconds,
    -- business minutes from the ticket to the team's first public reply (statistics)
    ADD COLUMN first_response_minutes INT NULL AFTER first_response_at,
    -- who did the last thing on the ticket, and what, for the "someone answered meanwhile" refusal
    ADD COLUMN last_actor_name VARCHAR(200) NULL AFTER last_activity_at,
    ADD COLUMN last_action VARCHAR(20) NULL AFTER last_actor_name,
    ADD CONSTRAINT fk_ticket_assignee FOREIGN KEY (assignee_id) REFERENCES account (id);

-- Tickets already answered, resolved or closed have no running deadline.
UPDATE ticket SET due_at = NULL WHERE status IN ('EN_ATTENTE', 'RESOLU', 'FERME');
UPDATE ticket SET sla_sort = due_at WHERE due_at IS NOT NULL;

-- The queue pages "ORDER BY sla_sort, id" through these, one per filter it offers alone. Each ends with
-- the status, which every queue query tests: a page of ids and a count are then read from the index alone
-- (no row lookups). The school filter uses ix_ticket_school_activity (a school has few tickets), the
-- counts per status an index-only GROUP BY on ix_ticket_status_queue.
CREATE INDEX ix_ticket_queue ON ticket (sla_sort, id, status);
CREATE INDEX ix_ticket_status_queue ON ticket (status, sla_sort, id);
CREATE INDEX ix_ticket_assignee_queue ON ticket (assignee_id, sla_sort, id, status);
CREATE INDEX ix_ticket_category_queue ON ticket (category, sla_sort, id, status);

-- Full-text search of the queue (utf8mb4_unicode_ci: accents and case ignored). InnoDB builds one
-- FULLTEXT index per statement.
ALTER TABLE ticket ADD FULLTEXT INDEX ft_ticket_subject (subject);
ALTER TABLE ticket_message ADD FULLTEXT INDEX ft_ticket_message_body (body);

-- One row per deadline a school message opened: when it was met or missed, in how many business minutes.
CREATE TABLE ticket_deadline (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    ticket_id        BIGINT      NOT NULL,
    -- when the school message that opened it was sent
    started_at       DATETIME(6) NOT NULL,
    -- the current deadline (moved when a pause ends)
    due_at           DATETIME(6) NOT NULL,
    -- the team's public reply or the resolution that closed it; NULL while it runs
    answered_at      DATETIME(6) NULL,
    met              BOOLEAN     NULL,
    business_minutes INT         NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_ticket_deadline_ticket FOREIGN KEY (ticket_id) REFERENCES ticket (id),
    INDEX ix_ticket_deadline_ticket (ticket_id, answered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Deadlines of tickets still waiting for the team, as they were before this migration.
INSERT INTO ticket_deadline (ticket_id, started_at, due_at)
SELECT id, CASE WHEN first_response_at IS NULL THEN created_at ELSE last_activity_at END, due_at
FROM ticket WHERE due_at IS NOT NULL;
