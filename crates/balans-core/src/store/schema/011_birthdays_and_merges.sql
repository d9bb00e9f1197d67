-- Version 11: a person's birthday, for a reminder on the day: a full date,
-- or the month and day as vCard writes them when the year is not known
-- (`--05-17`). Birthday reminders are a new kind of reminder state; SQLite
-- cannot widen a CHECK, so the table is made anew with its rows.
ALTER TABLE person ADD COLUMN birthday TEXT CHECK (birthday IS NULL
    OR birthday GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
    OR birthday GLOB '--[0-9][0-9]-[0-9][0-9]');

CREATE TABLE reminder_state_v11 (
    reminder_key  TEXT PRIMARY KEY CHECK (length(reminder_key) BETWEEN 1 AND 300),
    kind          TEXT NOT NULL CHECK (kind IN
                  ('follow_up', 'keep_in_touch', 'thanks', 'give_back', 'pause', 'birthday')),
    person_id     TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dismissed', 'snoozed')),
    snoozed_until TEXT CHECK (snoozed_until IS NULL
                  OR snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    decided_on    TEXT CHECK (decided_on IS NULL
                  OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    announced_at  TEXT,
    CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
) STRICT, WITHOUT ROWID;
INSERT INTO reminder_state_v11 SELECT * FROM reminder_state;
DROP TABLE reminder_state;
ALTER TABLE reminder_state_v11 RENAME TO reminder_state;
CREATE INDEX reminder_state_by_person ON reminder_state (person_id, kind);

-- The last merge of two people, so that the command line can take it back
-- as the window's Undo does: what moved, as domain/merging.rs writes it
-- down. A newer merge replaces it. Kept on this computer alone, like the
-- import record: the moves themselves sync as changes.
CREATE TABLE last_merge (
    only    INTEGER PRIMARY KEY CHECK (only = 1),
    made_at TEXT NOT NULL,
    record  TEXT NOT NULL
) STRICT;
