-- Version 8: every row is known by its id, on every computer. A change
-- recorded on one computer (SQLite's session extension, see sync/) names the
-- rows it touched by their primary key; `seq` was numbered per file, so
-- people, organisations and exchanges are rebuilt with their UUID as the
-- primary key. Full-text search hangs its rows on `search_key`, a number this
-- file gives each id and never syncs. `clocks` says, per column, when the
-- value was last written (a hybrid logical clock; `*` for every column the
-- row was created with), so that two computers that changed one row without
-- seeing each other's change keep the later value of each column.
-- `tag_set` holds a person's tags as one sorted JSON array, kept by triggers
-- from `person_tag`: tags sync as one value of the person, so that a tag
-- removed on one computer and added on another ends the same everywhere.

CREATE TABLE search_key (
    seq  INTEGER PRIMARY KEY,
    id   TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE person_v8 (
    id            TEXT PRIMARY KEY NOT NULL,
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
    updated_at    TEXT NOT NULL,
    example       INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
    tag_set       TEXT NOT NULL DEFAULT '[]',
    clocks        TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO person_v8 (id, name, notes, relationship, cadence_days, met_how, introduced_by,
                       archived, trashed_at, created_at, updated_at, example, tag_set)
    SELECT id, name, notes, relationship, cadence_days, met_how, introduced_by,
           archived, trashed_at, created_at, updated_at, example,
           (SELECT json_group_array(tag) FROM
               (SELECT tag FROM person_tag WHERE person_id = person.id ORDER BY tag))
    FROM person ORDER BY seq;

CREATE TABLE organisation_v8 (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    notes       TEXT NOT NULL DEFAULT '',
    trashed_at  TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    example     INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
    clocks      TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO organisation_v8 (id, name, notes, trashed_at, created_at, updated_at, example)
    SELECT id, name, notes, trashed_at, created_at, updated_at, example
    FROM organisation ORDER BY seq;

CREATE TABLE exchange_v8 (
    id              TEXT PRIMARY KEY NOT NULL,
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
    updated_at      TEXT NOT NULL,
    example         INTEGER NOT NULL DEFAULT 0 CHECK (example IN (0, 1)),
    clocks          TEXT NOT NULL DEFAULT '{}'
) STRICT;
INSERT INTO exchange_v8 (id, person_id, date, direction, kind, value, asked, acknowledged,
                         third_person_id, follow_up, note, trashed_at, created_at, updated_at, example)
    SELECT id, person_id, date, direction, kind, value, asked, acknowledged,
           third_person_id, follow_up, note, trashed_at, created_at, updated_at, example
    FROM exchange ORDER BY seq;

ALTER TABLE affiliation ADD COLUMN clocks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE kind ADD COLUMN clocks TEXT NOT NULL DEFAULT '{}';
ALTER TABLE setting ADD COLUMN clocks TEXT NOT NULL DEFAULT '{}';

-- Dropping the tables drops their triggers and indexes; the tag triggers,
-- which hang on person's old numbers, go too. All are made again below.
DROP TRIGGER person_tag_search_insert;
DROP TRIGGER person_tag_search_delete;
DROP TABLE exchange;
DROP TABLE person;
DROP TABLE organisation;
ALTER TABLE person_v8 RENAME TO person;
ALTER TABLE organisation_v8 RENAME TO organisation;
ALTER TABLE exchange_v8 RENAME TO exchange;

CREATE INDEX exchange_live_by_person ON exchange (person_id, date, direction, value)
    WHERE trashed_at IS NULL;
CREATE INDEX exchange_by_third_person ON exchange (third_person_id)
    WHERE third_person_id IS NOT NULL;
CREATE INDEX exchange_by_follow_up ON exchange (follow_up)
    WHERE follow_up IS NOT NULL AND trashed_at IS NULL;
CREATE INDEX exchange_trashed ON exchange (trashed_at) WHERE trashed_at IS NOT NULL;
CREATE INDEX exchange_live_introductions ON exchange (person_id, date)
    WHERE third_person_id IS NOT NULL AND trashed_at IS NULL;
CREATE INDEX person_by_introducer ON person (introduced_by) WHERE introduced_by IS NOT NULL;

-- The search index is filled again under the new numbers.
DELETE FROM person_search;
DELETE FROM organisation_search;
DELETE FROM exchange_search;
INSERT INTO search_key (id) SELECT id FROM person;
INSERT INTO search_key (id) SELECT id FROM organisation;
INSERT INTO search_key (id) SELECT id FROM exchange WHERE note <> '';
INSERT INTO person_search (rowid, name, notes, tags)
    SELECT k.seq, p.name, p.notes || ' ' || p.met_how,
           coalesce((SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = p.id), '')
    FROM person p JOIN search_key k ON k.id = p.id;
INSERT INTO organisation_search (rowid, name, notes)
    SELECT k.seq, o.name, o.notes FROM organisation o JOIN search_key k ON k.id = o.id;
INSERT INTO exchange_search (rowid, note)
    SELECT k.seq, e.note FROM exchange e JOIN search_key k ON k.id = e.id;

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT OR IGNORE INTO search_key (id) VALUES (new.id);
    INSERT INTO person_search (rowid, name, notes, tags)
    SELECT seq, new.name, new.notes || ' ' || new.met_how,
           coalesce((SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = new.id), '')
    FROM search_key WHERE id = new.id;
END;
CREATE TRIGGER person_search_update AFTER UPDATE OF name, notes, met_how ON person BEGIN
    UPDATE person_search SET name = new.name, notes = new.notes || ' ' || new.met_how
    WHERE rowid = (SELECT seq FROM search_key WHERE id = new.id);
END;
CREATE TRIGGER person_search_delete AFTER DELETE ON person BEGIN
    DELETE FROM person_search WHERE rowid = (SELECT seq FROM search_key WHERE id = old.id);
    DELETE FROM search_key WHERE id = old.id;
END;
CREATE TRIGGER person_tag_search_insert AFTER INSERT ON person_tag BEGIN
    UPDATE person SET tag_set = (SELECT json_group_array(tag) FROM
        (SELECT tag FROM person_tag WHERE person_id = new.person_id ORDER BY tag))
    WHERE id = new.person_id;
    UPDATE person_search
    SET tags = (SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = new.person_id)
    WHERE rowid = (SELECT seq FROM search_key WHERE id = new.person_id);
END;
CREATE TRIGGER person_tag_search_delete AFTER DELETE ON person_tag BEGIN
    UPDATE person SET tag_set = (SELECT json_group_array(tag) FROM
        (SELECT tag FROM person_tag WHERE person_id = old.person_id ORDER BY tag))
    WHERE id = old.person_id;
    UPDATE person_search
    SET tags = coalesce((SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = old.person_id), '')
    WHERE rowid = (SELECT seq FROM search_key WHERE id = old.person_id);
END;

CREATE TRIGGER organisation_search_insert AFTER INSERT ON organisation BEGIN
    INSERT OR IGNORE INTO search_key (id) VALUES (new.id);
    INSERT INTO organisation_search (rowid, name, notes)
    SELECT seq, new.name, new.notes FROM search_key WHERE id = new.id;
END;
CREATE TRIGGER organisation_search_update AFTER UPDATE OF name, notes ON organisation BEGIN
    UPDATE organisation_search SET name = new.name, notes = new.notes
    WHERE rowid = (SELECT seq FROM search_key WHERE id = new.id);
END;
CREATE TRIGGER organisation_search_delete AFTER DELETE ON organisation BEGIN
    DELETE FROM organisation_search WHERE rowid = (SELECT seq FROM search_key WHERE id = old.id);
    DELETE FROM search_key WHERE id = old.id;
END;

CREATE TRIGGER exchange_search_insert AFTER INSERT ON exchange WHEN new.note <> '' BEGIN
    INSERT OR IGNORE INTO search_key (id) VALUES (new.id);
    INSERT INTO exchange_search (rowid, note)
    SELECT seq, new.note FROM search_key WHERE id = new.id;
END;
CREATE TRIGGER exchange_search_update AFTER UPDATE OF note ON exchange BEGIN
    DELETE FROM exchange_search WHERE rowid = (SELECT seq FROM search_key WHERE id = old.id);
    INSERT OR IGNORE INTO search_key (id) SELECT new.id WHERE new.note <> '';
    INSERT INTO exchange_search (rowid, note)
    SELECT seq, new.note FROM search_key WHERE id = new.id AND new.note <> '';
END;
CREATE TRIGGER exchange_search_delete AFTER DELETE ON exchange BEGIN
    DELETE FROM exchange_search WHERE rowid = (SELECT seq FROM search_key WHERE id = old.id);
    DELETE FROM search_key WHERE id = old.id;
END;

-- This computer's part in sync (see sync/): none of it is ever synced.
-- The one row says who this computer is and which folder it syncs through.
CREATE TABLE sync_device (
    only       INTEGER PRIMARY KEY CHECK (only = 1),
    device_id  TEXT NOT NULL,
    folder     TEXT NOT NULL,
    clock      TEXT NOT NULL,
    joined_at  TEXT NOT NULL
) STRICT;
-- Changes written here and not yet handed to the folder, in order.
CREATE TABLE sync_outbox (
    number     INTEGER PRIMARY KEY,
    clock      TEXT NOT NULL,
    after      TEXT NOT NULL,
    changes    BLOB NOT NULL
) STRICT;
-- How far each computer's changes have been applied here.
CREATE TABLE sync_applied (
    device_id  TEXT PRIMARY KEY NOT NULL,
    number     INTEGER NOT NULL,
    seen_at    TEXT NOT NULL
) STRICT, WITHOUT ROWID;
