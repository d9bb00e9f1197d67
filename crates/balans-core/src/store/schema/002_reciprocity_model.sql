-- Version 2: the whole reciprocity model. People and exchanges are rebuilt with
-- an integer key (`seq`) that full-text search rows hang on; organisations,
-- affiliations, tags, settings, per-person statistics and search are added.

CREATE TABLE person_v2 (
    seq           INTEGER PRIMARY KEY,
    id            TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    notes         TEXT NOT NULL DEFAULT '',
    relationship  TEXT NOT NULL DEFAULT 'other' CHECK (relationship IN
                  ('client', 'prospect', 'supplier', 'partner', 'network', 'colleague', 'other')),
    cadence_days  INTEGER CHECK (cadence_days IS NULL OR cadence_days BETWEEN 1 AND 3650),
    met_how       TEXT NOT NULL DEFAULT '',
    introduced_by TEXT REFERENCES person (id) ON DELETE SET NULL,
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    trashed_at    TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
) STRICT;

INSERT INTO person_v2 (id, name, created_at, updated_at)
    SELECT id, name, created_at, created_at FROM person ORDER BY rowid;

CREATE TABLE exchange_v2 (
    seq             INTEGER PRIMARY KEY,
    id              TEXT NOT NULL UNIQUE,
    person_id       TEXT NOT NULL REFERENCES person (id),
    date            TEXT NOT NULL,
    direction       TEXT NOT NULL CHECK (direction IN ('gave', 'received')),
    kind            TEXT NOT NULL REFERENCES kind (name) ON UPDATE CASCADE,
    value           REAL NOT NULL CHECK (value > 0),
    asked           TEXT NOT NULL DEFAULT 'unknown' CHECK (asked IN ('yes', 'no', 'unknown')),
    acknowledged    INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1)),
    third_person_id TEXT REFERENCES person (id) ON DELETE SET NULL,
    follow_up       TEXT,
    note            TEXT NOT NULL DEFAULT '',
    trashed_at      TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
) STRICT;

-- Exchanges recorded before version 2 never asked whether thanks were given;
-- they count as acknowledged so an upgrade does not raise a flood of reminders.
INSERT INTO exchange_v2 (id, person_id, date, direction, kind, value, acknowledged, note, created_at, updated_at)
    SELECT id, person_id, date, direction, kind, value, 1, note, created_at, created_at
    FROM exchange ORDER BY rowid;

DROP TABLE exchange;
DROP TABLE person;
ALTER TABLE person_v2 RENAME TO person;
ALTER TABLE exchange_v2 RENAME TO exchange;

-- The timeline and balance of one person, over live (untrashed) exchanges only.
CREATE INDEX exchange_live_by_person ON exchange (person_id, date, direction, value)
    WHERE trashed_at IS NULL;
CREATE INDEX exchange_by_third_person ON exchange (third_person_id)
    WHERE third_person_id IS NOT NULL;
CREATE INDEX exchange_by_follow_up ON exchange (follow_up)
    WHERE follow_up IS NOT NULL AND trashed_at IS NULL;
CREATE INDEX exchange_trashed ON exchange (trashed_at) WHERE trashed_at IS NOT NULL;
CREATE INDEX person_by_introducer ON person (introduced_by) WHERE introduced_by IS NOT NULL;

CREATE TABLE person_tag (
    person_id   TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL CHECK (length(tag) BETWEEN 1 AND 50),
    PRIMARY KEY (person_id, tag)
) STRICT, WITHOUT ROWID;
CREATE INDEX person_tag_by_tag ON person_tag (tag);

CREATE TABLE organisation (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    notes       TEXT NOT NULL DEFAULT '',
    trashed_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE affiliation (
    id              TEXT PRIMARY KEY NOT NULL,
    person_id       TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    organisation_id TEXT NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    role            TEXT NOT NULL DEFAULT '',
    decision_power  TEXT NOT NULL CHECK (decision_power IN ('decides', 'influences', 'none')),
    from_date       TEXT,
    to_date         TEXT,
    created_at      TEXT NOT NULL,
    CHECK (from_date IS NULL OR to_date IS NULL OR from_date <= to_date)
) STRICT;
CREATE INDEX affiliation_by_person ON affiliation (person_id);
CREATE INDEX affiliation_by_organisation ON affiliation (organisation_id);

ALTER TABLE kind ADD COLUMN builtin INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1));
UPDATE kind SET builtin = 1;

-- One row per setting; the value is JSON. Missing keys take the built-in default.
CREATE TABLE setting (
    key     TEXT PRIMARY KEY NOT NULL,
    value   TEXT NOT NULL
) STRICT;

-- Per-person figures over live exchanges, refreshed inside every write's
-- transaction, so that the dashboard reads one row per person instead of every
-- exchange. The query that computes them lives in stats.rs; this migration's
-- table is filled by it right after the SQL runs.
CREATE TABLE person_stats (
    person_id             TEXT PRIMARY KEY NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    given                 REAL NOT NULL,
    received              REAL NOT NULL,
    gave_count            INTEGER NOT NULL,
    received_count        INTEGER NOT NULL,
    first_date            TEXT,
    last_date             TEXT,
    last_received_date    TEXT,
    gave_streak           INTEGER NOT NULL,
    gave_unasked          INTEGER NOT NULL,
    gave_asked            INTEGER NOT NULL,
    largest_gift          REAL,
    largest_gift_date     TEXT,
    unacknowledged        INTEGER NOT NULL,
    oldest_unacknowledged TEXT,
    they_first            INTEGER NOT NULL,
    they_answered         INTEGER NOT NULL,
    you_first             INTEGER NOT NULL,
    you_answered          INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

-- Full-text search, insensitive to case and diacritics ("jose" finds "José").
-- Each row's rowid is the `seq` of what it indexes; triggers keep them in step.
CREATE VIRTUAL TABLE person_search USING fts5 (
    name, notes, tags, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE organisation_search USING fts5 (
    name, notes, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE exchange_search USING fts5 (
    note, tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO person_search (rowid, name, notes, tags) SELECT seq, name, notes || ' ' || met_how, '' FROM person;
INSERT INTO exchange_search (rowid, note) SELECT seq, note FROM exchange WHERE note <> '';

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT INTO person_search (rowid, name, notes, tags)
    VALUES (new.seq, new.name, new.notes || ' ' || new.met_how, '');
END;
CREATE TRIGGER person_search_update AFTER UPDATE OF name, notes, met_how ON person BEGIN
    UPDATE person_search SET name = new.name, notes = new.notes || ' ' || new.met_how
    WHERE rowid = new.seq;
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    DELETE FROM person_search WHERE rowid = old.seq;
END;
CREATE TRIGGER person_tag_search_insert AFTER INSERT ON person_tag BEGIN
    UPDATE person_search
    SET tags = (SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = new.person_id)
    WHERE rowid = (SELECT seq FROM person WHERE id = new.person_id);
END;
CREATE TRIGGER person_tag_search_delete AFTER DELETE ON person_tag BEGIN
    UPDATE person_search
    SET tags = coalesce((SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = old.person_id), '')
    WHERE rowid = (SELECT seq FROM person WHERE id = old.person_id);
END;

CREATE TRIGGER organisation_search_insert AFTER INSERT ON organisation BEGIN
    INSERT INTO organisation_search (rowid, name, notes) VALUES (new.seq, new.name, new.notes);
END;
CREATE TRIGGER organisation_search_update AFTER UPDATE OF name, notes ON organisation BEGIN
    UPDATE organisation_search SET name = new.name, notes = new.notes WHERE rowid = new.seq;
END;
CREATE TRIGGER organisation_search_delete AFTER DELETE ON organisation BEGIN
    DELETE FROM organisation_search WHERE rowid = old.seq;
END;

CREATE TRIGGER exchange_search_insert AFTER INSERT ON exchange WHEN new.note <> '' BEGIN
    INSERT INTO exchange_search (rowid, note) VALUES (new.seq, new.note);
END;
CREATE TRIGGER exchange_search_update AFTER UPDATE OF note ON exchange BEGIN
    DELETE FROM exchange_search WHERE rowid = old.seq;
    INSERT INTO exchange_search (rowid, note) SELECT new.seq, new.note WHERE new.note <> '';
END;
CREATE TRIGGER exchange_search_delete AFTER DELETE ON exchange BEGIN
    DELETE FROM exchange_search WHERE rowid = old.seq;
END;
