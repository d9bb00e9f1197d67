-- Reminders are computed from the data every time, like signals. Only what the
-- user decided about one (done, dismissed, snoozed) and whether a desktop
-- notification already announced it are kept, so that nothing fires twice,
-- also across restarts. A key names one occurrence: its kind, its person or
-- exchange, and the date it is anchored to.
CREATE TABLE reminder_state (
    reminder_key  TEXT PRIMARY KEY CHECK (length(reminder_key) BETWEEN 1 AND 300),
    kind          TEXT NOT NULL CHECK (kind IN
                  ('follow_up', 'keep_in_touch', 'thanks', 'give_back', 'pause')),
    person_id     TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    status        TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dismissed', 'snoozed')),
    snoozed_until TEXT CHECK (snoozed_until IS NULL
                  OR snoozed_until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    decided_on    TEXT CHECK (decided_on IS NULL
                  OR decided_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    announced_at  TEXT,
    CHECK ((status = 'snoozed') = (snoozed_until IS NOT NULL))
) STRICT, WITHOUT ROWID;
CREATE INDEX reminder_state_by_person ON reminder_state (person_id, kind);

-- "Pause notifications" from the tray: one row while a pause is set.
CREATE TABLE notification_pause (
    only   INTEGER PRIMARY KEY CHECK (only = 1),
    until  TEXT NOT NULL
) STRICT;
