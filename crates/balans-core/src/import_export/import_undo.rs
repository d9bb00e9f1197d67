//! Taking back the last contacts import. An import writes down, in its own
//! transaction, every row it added (people, their addresses, organisations,
//! affiliations) with the row as it stood then. Undoing removes those rows
//! that are still exactly as the import left them and keeps whatever the
//! user has made their own since: a person with an exchange, an edit, or an
//! address or affiliation added afterwards, or named as an introducer,
//! stays, and so does an organisation someone else joined. The record is
//! this computer's own (`010_import_batches.sql`): the rows synced as they
//! were added, and their removal syncs as deletions.

use std::collections::HashMap;

use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use uuid::Uuid;

use crate::clock;
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;

/// A table an import adds rows to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Added {
    Channel,
    Affiliation,
    Person,
    Organisation,
}

impl Added {
    fn table(self) -> &'static str {
        match self {
            Added::Channel => "person_channel",
            Added::Affiliation => "affiliation",
            Added::Person => "person",
            Added::Organisation => "organisation",
        }
    }
}

/// The last import that can be taken back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LastImport {
    /// When it was made (UTC, RFC 3339).
    pub made_at: String,
    pub people: usize,
    pub organisations: usize,
}

/// What taking an import back did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportUndone {
    pub people_removed: usize,
    pub organisations_removed: usize,
    /// The people kept because they were changed or used since, by name.
    pub people_kept: Vec<String>,
}

/// A row as it stands, every column in order, or `None` once it is gone.
fn snapshot(conn: &Connection, table: Added, id: &str) -> Result<Option<String>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT * FROM {} WHERE id = ?1", table.table()))?;
    let columns = stmt.column_count();
    let row = stmt
        .query_row([id], |row| {
            (0..columns)
                .map(|i| {
                    Ok(match row.get_ref(i)? {
                        ValueRef::Null => serde_json::Value::Null,
                        ValueRef::Integer(n) => n.into(),
                        ValueRef::Real(x) => x.into(),
                        ValueRef::Text(text) => String::from_utf8_lossy(text).into(),
                        ValueRef::Blob(bytes) => format!("{bytes:02x?}").into(),
                    })
                })
                .collect::<rusqlite::Result<Vec<_>>>()
        })
        .optional()?;
    Ok(row.map(|values| serde_json::Value::Array(values).to_string()))
}

/// Whether `sql` (with the person's id as `?1`) finds anything.
fn any(conn: &Connection, sql: &str, id: &str) -> Result<bool> {
    Ok(conn.query_row(sql, [id], |_| Ok(())).optional()?.is_some())
}

impl Store {
    /// The ids of a person's addresses, which an import added with them.
    pub(crate) fn channel_ids(&self, person_id: &str) -> Result<Vec<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT id FROM person_channel WHERE person_id = ?1")?
            .query_map([person_id], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?)
    }

    /// Writes down what an import added, inside the import's transaction.
    /// An import that added nothing is not written down: there would be
    /// nothing to take back, and the import before it stays the last.
    pub(crate) fn record_import(&mut self, added: &[(Added, String)]) -> Result<()> {
        if added.is_empty() {
            return Ok(());
        }
        let tx = self.write()?;
        let id = Uuid::now_v7().to_string();
        tx.execute(
            "INSERT INTO import_batch (id, made_at) VALUES (?1, ?2)",
            params![id, clock::timestamp()],
        )?;
        for (table, row_id) in added {
            if let Some(row) = snapshot(&tx, *table, row_id)? {
                tx.execute(
                    "INSERT OR IGNORE INTO import_batch_row (batch_id, table_name, row_id, snapshot)
                     VALUES (?1, ?2, ?3, ?4)",
                    params![id, table.table(), row_id, row],
                )?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The import [`Store::undo_last_import`] would take back, if any.
    pub fn last_import(&self) -> Result<Option<LastImport>> {
        Ok(self
            .conn
            .query_row(
                "SELECT b.made_at,
                        (SELECT count(*) FROM import_batch_row r
                          WHERE r.batch_id = b.id AND r.table_name = 'person'),
                        (SELECT count(*) FROM import_batch_row r
                          WHERE r.batch_id = b.id AND r.table_name = 'organisation')
                 FROM import_batch b ORDER BY b.id DESC LIMIT 1",
                [],
                |row| {
                    Ok(LastImport {
                        made_at: row.get(0)?,
                        people: row.get::<_, i64>(1)? as usize,
                        organisations: row.get::<_, i64>(2)? as usize,
                    })
                },
            )
            .optional()?)
    }

    /// Takes back the last contacts import, in one transaction: removes
    /// the people it added, with their addresses and affiliations, where all
    /// of it is still as the import left it and nothing else refers to
    /// them, then the organisations it made that nobody belongs to; keeps
    /// the rest.
    pub fn undo_last_import(&mut self) -> Result<ImportUndone> {
        let tx = self.write()?;
        let batch: String = tx
            .query_row(
                "SELECT id FROM import_batch ORDER BY id DESC LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::invalid("import", phrase!("error-no-import-to-undo")))?;
        let recorded: HashMap<(String, String), String> = tx
            .prepare(
                "SELECT table_name, row_id, snapshot FROM import_batch_row WHERE batch_id = ?1",
            )?
            .query_map([&batch], |row| {
                Ok(((row.get(0)?, row.get(1)?), row.get(2)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let as_imported = |table: Added, id: &str| -> Result<bool> {
            let then = recorded.get(&(table.table().to_owned(), id.to_owned()));
            Ok(then.is_some() && snapshot(&tx, table, id)?.as_ref() == then)
        };
        let mut undone = ImportUndone::default();
        let mut people: Vec<&String> = recorded
            .keys()
            .filter(|(table, _)| table == Added::Person.table())
            .map(|(_, id)| id)
            .collect();
        people.sort();
        for person in people {
            let Some(name) = tx
                .query_row("SELECT name FROM person WHERE id = ?1", [person], |r| {
                    r.get::<_, String>(0)
                })
                .optional()?
            else {
                continue;
            };
            let hanging_on = |table: Added| -> Result<bool> {
                let ids: Vec<String> = tx
                    .prepare(&format!(
                        "SELECT id FROM {} WHERE person_id = ?1",
                        table.table()
                    ))?
                    .query_map([person], |row| row.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                for id in ids {
                    if !as_imported(table, &id)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            };
            let used = any(
                &tx,
                "SELECT 1 FROM exchange WHERE person_id = ?1 OR third_person_id = ?1
                 UNION ALL SELECT 1 FROM person WHERE introduced_by = ?1",
                person,
            )?;
            if !as_imported(Added::Person, person)?
                || used
                || hanging_on(Added::Channel)?
                || hanging_on(Added::Affiliation)?
            {
                undone.people_kept.push(name);
                continue;
            }
            for table in [Added::Channel, Added::Affiliation] {
                tx.execute(
                    &format!("DELETE FROM {} WHERE person_id = ?1", table.table()),
                    [person],
                )?;
            }
            tx.execute("DELETE FROM person WHERE id = ?1", [person])?;
            undone.people_removed += 1;
        }
        for (table, id) in recorded.keys() {
            if table != Added::Organisation.table() || !as_imported(Added::Organisation, id)? {
                continue;
            }
            if !any(
                &tx,
                "SELECT 1 FROM affiliation WHERE organisation_id = ?1",
                id,
            )? {
                tx.execute("DELETE FROM organisation WHERE id = ?1", [id])?;
                undone.organisations_removed += 1;
            }
        }
        tx.execute("DELETE FROM import_batch WHERE id = ?1", [&batch])?;
        tx.commit()?;
        Ok(undone)
    }
}
