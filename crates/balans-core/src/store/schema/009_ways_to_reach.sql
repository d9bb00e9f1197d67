-- Version 9: the ways to reach a person (e-mail addresses, phone numbers,
-- web and profile addresses), several of each.
--
-- A table of their own rather than a column of the person: each address is a
-- row with its own id and clocks, so an address added on one computer and
-- another added on a second computer both survive sync, and removing one is
-- a deletion that wins. `position` orders a person's addresses of a kind.
-- One person holds an address once: the same address
-- added on two computers meets the unique key, and the second is left out.
CREATE TABLE person_channel (
    id         TEXT PRIMARY KEY NOT NULL,
    person_id  TEXT NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url')),
    value      TEXT NOT NULL,
    position   INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    clocks     TEXT NOT NULL DEFAULT '{}',
    UNIQUE (person_id, kind, value)
) STRICT;

-- The search index gains a column for the addresses: a person is found by
-- any part of an address, and by a phone number typed without its spaces.
DROP TRIGGER person_search_insert;
DROP TRIGGER person_search_update;
DROP TRIGGER person_search_delete;
DROP TRIGGER person_tag_search_insert;
DROP TRIGGER person_tag_search_delete;
DROP TABLE person_search;

CREATE VIRTUAL TABLE person_search USING fts5 (
    name, notes, tags, channels, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIEW person_channel_text AS
SELECT person_id,
       group_concat(CASE kind WHEN 'phone' THEN value || ' ' ||
           replace(replace(replace(replace(replace(value, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')
           ELSE value END, ' ') AS text
FROM person_channel GROUP BY person_id;

INSERT INTO person_search (rowid, name, notes, tags, channels)
    SELECT k.seq, p.name, p.notes || ' ' || p.met_how,
           coalesce((SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = p.id), ''), ''
    FROM person p JOIN search_key k ON k.id = p.id;

CREATE TRIGGER person_search_insert AFTER INSERT ON person BEGIN
    INSERT OR IGNORE INTO search_key (id) VALUES (new.id);
    INSERT INTO person_search (rowid, name, notes, tags, channels)
    SELECT seq, new.name, new.notes || ' ' || new.met_how,
           coalesce((SELECT group_concat(tag, ' ') FROM person_tag WHERE person_id = new.id), ''),
           coalesce((SELECT text FROM person_channel_text WHERE person_id = new.id), '')
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
CREATE TRIGGER person_channel_search_insert AFTER INSERT ON person_channel BEGIN
    UPDATE person_search
    SET channels = coalesce((SELECT text FROM person_channel_text WHERE person_id = new.person_id), '')
    WHERE rowid = (SELECT seq FROM search_key WHERE id = new.person_id);
END;
CREATE TRIGGER person_channel_search_update AFTER UPDATE ON person_channel BEGIN
    UPDATE person_search
    SET channels = coalesce((SELECT text FROM person_channel_text WHERE person_id = new.person_id), '')
    WHERE rowid = (SELECT seq FROM search_key WHERE id = new.person_id);
END;
CREATE TRIGGER person_channel_search_delete AFTER DELETE ON person_channel BEGIN
    UPDATE person_search
    SET channels = coalesce((SELECT text FROM person_channel_text WHERE person_id = old.person_id), '')
    WHERE rowid = (SELECT seq FROM search_key WHERE id = old.person_id);
END;
