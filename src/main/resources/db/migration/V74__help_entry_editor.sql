-- The FAQ editor: an entry is published (schools read it) or not (a draft the team is still
-- writing, or an answer withdrawn), and it keeps who changed its text last and when, to tell a
-- second agent whose edit started from an older version.
ALTER TABLE help_entry
    ADD COLUMN published       BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN updated_at      DATETIME(6)  NULL,
    ADD COLUMN updated_by_name VARCHAR(200) NULL;

-- The school's lists and the editor's: WHERE category = ? [AND published] ORDER BY editorial_order
CREATE INDEX ix_help_entry_category_order ON help_entry (category, editorial_order);
