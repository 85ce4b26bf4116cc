-- The Journal (supervisors): the audit trail newest first, filtered by type, account, school and
-- dates. An event may be about a school (its UAI) whatever account acted: the school's own
-- sign-ins and password changes, or an agent's action on that school.
ALTER TABLE audit_event ADD COLUMN uai VARCHAR(8) NULL;

-- The events already written about a school account: their login is the school's UAI.
UPDATE audit_event SET uai = login WHERE login REGEXP '^[0-9]{7}[A-Z]$';

-- newest first, no filter or dates only: ORDER BY occurred_at DESC, id DESC
CREATE INDEX ix_audit_event_time ON audit_event (occurred_at);
-- one type: WHERE event_type = ? ORDER BY occurred_at DESC
CREATE INDEX ix_audit_event_type_time ON audit_event (event_type, occurred_at);
-- one school: WHERE uai = ? ORDER BY occurred_at DESC
CREATE INDEX ix_audit_event_uai_time ON audit_event (uai, occurred_at);
-- (one account: the login index of V10 serves WHERE login LIKE 'prefix%')
