-- Snoozed signals: a signal whose key is here stays out of sight until the
-- day after `until`. Signals themselves are never stored.
CREATE TABLE signal_snooze (
    signal_key TEXT PRIMARY KEY CHECK (length(signal_key) BETWEEN 1 AND 300),
    until TEXT NOT NULL CHECK (until GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT, WITHOUT ROWID;

-- The example network a new user can load and remove again in one click.
ALTER TABLE person ADD COLUMN example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1));
ALTER TABLE organisation ADD COLUMN example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1));
ALTER TABLE affiliation ADD COLUMN example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1));
ALTER TABLE exchange ADD COLUMN example INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1));
