-- Version 1: people, the kinds of help, and the exchanges between you and a person.

CREATE TABLE person (
    id          TEXT PRIMARY KEY NOT NULL,
    name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    created_at  TEXT NOT NULL
) STRICT;

CREATE TABLE kind (
    name        TEXT PRIMARY KEY NOT NULL,
    value       REAL NOT NULL CHECK (value > 0),
    position    INTEGER NOT NULL
) STRICT;

INSERT INTO kind (name, value, position) VALUES
    ('advice', 2, 1),
    ('introduction', 3, 2),
    ('referral', 5, 3),
    ('favour', 2, 4),
    ('gift', 2, 5),
    ('recognition', 1, 6),
    ('information', 1, 7),
    ('business', 5, 8),
    ('hospitality', 1, 9);

CREATE TABLE exchange (
    id          TEXT PRIMARY KEY NOT NULL,
    person_id   TEXT NOT NULL REFERENCES person (id),
    date        TEXT NOT NULL,
    direction   TEXT NOT NULL CHECK (direction IN ('gave', 'received')),
    kind        TEXT NOT NULL REFERENCES kind (name) ON UPDATE CASCADE,
    value       REAL NOT NULL CHECK (value > 0),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL
) STRICT;

-- Covers a person's balance and timeline without touching the table.
CREATE INDEX exchange_by_person ON exchange (person_id, date, direction, value);
