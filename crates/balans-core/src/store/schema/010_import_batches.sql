-- Version 10: what each contacts import added, so the last one can be taken
-- back. One row per import, and one per row it added (a person, an address,
-- an organisation, an affiliation) with that row as the import left it:
-- undoing removes only rows still as they were, never what the user has
-- made of them since. Kept on this computer alone: the rows themselves sync
-- as they were added, and their removal syncs as deletions.
CREATE TABLE import_batch (
    id      TEXT PRIMARY KEY NOT NULL,
    made_at TEXT NOT NULL
) STRICT;

CREATE TABLE import_batch_row (
    batch_id   TEXT NOT NULL REFERENCES import_batch (id) ON DELETE CASCADE,
    table_name TEXT NOT NULL
        CHECK (table_name IN ('person', 'person_channel', 'organisation', 'affiliation')),
    row_id     TEXT NOT NULL,
    snapshot   TEXT NOT NULL,
    PRIMARY KEY (batch_id, table_name, row_id)
) STRICT;
