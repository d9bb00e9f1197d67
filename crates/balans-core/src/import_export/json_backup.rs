//! The full backup as one JSON document: every row the user made, table by
//! table, lossless and in a fixed order, so exporting, importing into an empty
//! ledger and exporting again gives the same bytes. Derived data (per-person
//! figures, the search index, internal row numbers) is left out and rebuilt
//! on import. The format is described in docs/backup-format.md.

use std::collections::{BTreeMap, HashSet};

use rusqlite::types::Value as SqlValue;
use rusqlite::{params_from_iter, Connection};
use serde::{Deserialize, Serialize};
use serde_json::{Number, Value};

use super::backup_rules::{self, key_of, Row};
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::{Store, LATEST_SCHEMA_VERSION};
use crate::words::Phrase;

/// What the file says it is.
pub const FORMAT: &str = "balans-backup";
/// The version of the backup format this build writes, and the newest it
/// reads. Version 2 added `person_channel`, a person's addresses; a version 1
/// backup reads as one without any.
pub const VERSION: u32 = 2;

/// The tables a backup holds, parents before children, each with the columns
/// that identify a row.
const TABLES: &[(&str, &[&str])] = &[
    ("kind", &["name"]),
    ("setting", &["key"]),
    ("person", &["id"]),
    ("person_tag", &["person_id", "tag"]),
    ("person_channel", &["id"]),
    ("organisation", &["id"]),
    ("affiliation", &["id"]),
    ("exchange", &["id"]),
    ("signal_snooze", &["signal_key"]),
    ("reminder_state", &["reminder_key"]),
];

/// The oldest schema whose backups this build reads. Later schemas only
/// added tables and columns with defaults, so an older backup imports as it
/// is: a table it lacks is empty, a column it lacks takes its default.
const OLDEST_READABLE_SCHEMA: i64 = 4;

/// Internal columns, not backed up: `seq` numbered rows in a file before
/// schema 8; `clocks` say when this file last wrote each value, and
/// `tag_set` repeats a person's tags for sync (sync/).
pub(crate) const INTERNAL_COLUMNS: &[&str] = &["seq", "clocks", "tag_set"];

#[derive(Serialize, Deserialize)]
struct Backup {
    format: String,
    version: u32,
    schema: i64,
    tables: BTreeMap<String, Vec<Row>>,
}

/// How an import treats what is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ImportMode {
    /// Everything is replaced by the backup.
    Replace,
    /// Rows are matched by id: new ones are added, changed ones updated, the rest kept.
    Merge,
}

/// What an import changes (or changed), per table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct TableChanges {
    pub table: String,
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    /// Rows that only the ledger has; a replace removes them, a merge keeps them.
    pub only_here: usize,
}

fn columns_of(conn: &Connection, table: &str) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
    ))?;
    let names = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(names
        .into_iter()
        .filter(|c| !INTERNAL_COLUMNS.contains(&c.as_str()))
        .collect())
}

fn to_json(value: SqlValue) -> Value {
    match value {
        SqlValue::Null => Value::Null,
        SqlValue::Integer(i) => Value::from(i),
        SqlValue::Real(f) => Number::from_f64(f).map_or(Value::Null, Value::Number),
        SqlValue::Text(s) => Value::String(s),
        SqlValue::Blob(bytes) => Value::from(bytes),
    }
}

fn to_sql(value: &Value) -> Option<SqlValue> {
    Some(match value {
        Value::Null => SqlValue::Null,
        Value::Bool(b) => SqlValue::Integer(i64::from(*b)),
        Value::Number(n) if n.is_i64() => SqlValue::Integer(n.as_i64()?),
        Value::Number(n) => SqlValue::Real(n.as_f64()?),
        Value::String(s) => SqlValue::Text(s.clone()),
        Value::Array(_) | Value::Object(_) => return None,
    })
}

fn rows_of(conn: &Connection, table: &str, key: &[&str]) -> Result<Vec<Row>> {
    let columns = columns_of(conn, table)?;
    let sql = format!(
        "SELECT {} FROM {table} ORDER BY {}",
        columns.join(", "),
        key.join(", ")
    );
    let mut stmt = conn.prepare(&sql)?;
    let rows = stmt.query_map([], |row| {
        let mut object = Row::new();
        for (index, column) in columns.iter().enumerate() {
            object.insert(column.clone(), to_json(row.get::<_, SqlValue>(index)?));
        }
        Ok(object)
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Refuses a file that is not a backup this build understands, saying where.
fn parse(bytes: &[u8]) -> Result<Backup> {
    let backup: Backup = serde_json::from_slice(bytes).map_err(|e| {
        Error::invalid(
            "file",
            phrase!(
                "error-not-a-backup",
                line = e.line(),
                column = e.column(),
                detail = e.to_string()
            ),
        )
    })?;
    if backup.format != FORMAT {
        return Err(Error::invalid(
            "file",
            phrase!("error-other-format", format = backup.format),
        ));
    }
    if !(1..=VERSION).contains(&backup.version)
        || !(OLDEST_READABLE_SCHEMA..=LATEST_SCHEMA_VERSION).contains(&backup.schema)
    {
        return Err(Error::invalid(
            "file",
            phrase!(
                "error-backup-version",
                version = backup.version,
                schema = backup.schema,
                readable = VERSION,
                oldest = OLDEST_READABLE_SCHEMA,
                latest = LATEST_SCHEMA_VERSION
            ),
        ));
    }
    if let Some(unknown) = backup
        .tables
        .keys()
        .find(|t| !TABLES.iter().any(|(name, _)| name == t))
    {
        return Err(Error::invalid(
            "file",
            phrase!("error-unknown-table", table = unknown),
        ));
    }
    Ok(backup)
}

impl Store {
    /// The whole ledger as a backup document.
    pub fn export_json(&self) -> Result<Vec<u8>> {
        let mut tables = BTreeMap::new();
        for (table, key) in TABLES {
            tables.insert((*table).to_owned(), rows_of(&self.conn, table, key)?);
        }
        let backup = Backup {
            format: FORMAT.to_owned(),
            version: VERSION,
            schema: LATEST_SCHEMA_VERSION,
            tables,
        };
        let mut bytes = serde_json::to_vec_pretty(&backup).expect("a backup serialises");
        bytes.push(b'\n');
        Ok(bytes)
    }

    /// What importing `bytes` would change, table by table; writes nothing.
    /// A row the import would refuse is refused here too (an exchange's
    /// kind counts as known when the ledger or the backup has it).
    pub fn preview_import(&self, bytes: &[u8]) -> Result<Vec<TableChanges>> {
        self.changes_for(&self.checked(bytes, ImportMode::Merge)?)
    }

    /// The backup in `bytes`, every row checked by the rules the commands
    /// apply and cleaned as they clean it; reads the ledger only for the
    /// kinds a merge keeps.
    fn checked(&self, bytes: &[u8], mode: ImportMode) -> Result<Backup> {
        let mut backup = parse(bytes)?;
        let kinds_here: HashSet<String> = match mode {
            ImportMode::Replace => HashSet::new(),
            ImportMode::Merge => self.kinds()?.into_iter().map(|k| k.name).collect(),
        };
        backup_rules::check(&mut backup.tables, TABLES, kinds_here)?;
        Ok(backup)
    }

    fn changes_for(&self, backup: &Backup) -> Result<Vec<TableChanges>> {
        let mut changes = Vec::new();
        for (table, key) in TABLES {
            let here: BTreeMap<String, Row> = rows_of(&self.conn, table, key)?
                .into_iter()
                .map(|row| (key_of(&row, key), row))
                .collect();
            let incoming = backup
                .tables
                .get(*table)
                .map(Vec::as_slice)
                .unwrap_or_default();
            let mut counted = TableChanges {
                table: (*table).to_owned(),
                ..TableChanges::default()
            };
            let mut seen = 0;
            for row in incoming {
                match here.get(&key_of(row, key)) {
                    None => counted.added += 1,
                    Some(existing) => {
                        seen += 1;
                        if existing == row {
                            counted.unchanged += 1;
                        } else {
                            counted.changed += 1;
                        }
                    }
                }
            }
            counted.only_here = here.len() - seen;
            changes.push(counted);
        }
        Ok(changes)
    }

    /// Imports a backup in one transaction: all of it, or, on any bad row,
    /// nothing, with the table and row named in the error. Every row is
    /// checked before anything (even the safety copy) is written.
    pub fn import_json(&mut self, bytes: &[u8], mode: ImportMode) -> Result<Vec<TableChanges>> {
        self.import_json_telling(bytes, mode, &mut |_, _| {})
    }

    /// [`Store::import_json`], telling `progress` how many rows are written
    /// of how many, after each one.
    pub fn import_json_telling(
        &mut self,
        bytes: &[u8],
        mode: ImportMode,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<Vec<TableChanges>> {
        let backup = self.checked(bytes, mode)?;
        let rows = TABLES
            .iter()
            .map(|(table, _)| backup.tables.get(*table).map_or(0, Vec::len))
            .sum();
        let mut done = 0;
        let changes = self.changes_for(&backup)?;
        self.backup_now(crate::files::backups::Reason::Import, crate::clock::now())?;
        let tx = self.write()?;
        tx.pragma_update(None, "defer_foreign_keys", true)?;
        if mode == ImportMode::Replace {
            for (table, _) in TABLES.iter().rev() {
                tx.execute(&format!("DELETE FROM {table}"), [])?;
            }
        }
        for (table, key) in TABLES {
            let allowed = columns_of(&tx, table)?;
            for (index, row) in backup
                .tables
                .get(*table)
                .map(Vec::as_slice)
                .unwrap_or_default()
                .iter()
                .enumerate()
            {
                progress(done, rows);
                insert_row(&tx, table, key, &allowed, row)
                    .map_err(|problem| backup_rules::at_row(table, index, problem))?;
                done += 1;
            }
        }
        progress(done, rows);
        crate::figures::person_stats::rebuild_all(&tx)?;
        tx.commit().map_err(|e| {
            Error::invalid(
                "file",
                phrase!("error-backup-inconsistent", detail = e.to_string()),
            )
        })?;
        Ok(changes)
    }
}

/// Inserts one row, or updates the row with the same key.
fn insert_row(
    conn: &Connection,
    table: &str,
    key: &[&str],
    allowed: &[String],
    row: &Row,
) -> std::result::Result<(), Phrase> {
    let mut columns = Vec::new();
    let mut values = Vec::new();
    for (column, value) in row {
        if !allowed.contains(column) {
            return Err(phrase!("problem-unknown-column", column = column));
        }
        columns.push(column.as_str());
        values.push(to_sql(value).ok_or_else(|| phrase!("problem-nested-value", column = column))?);
    }
    let placeholders = (1..=columns.len())
        .map(|i| format!("?{i}"))
        .collect::<Vec<_>>()
        .join(", ");
    let updates = columns
        .iter()
        .filter(|c| !key.contains(c))
        .map(|c| format!("{c} = excluded.{c}"))
        .collect::<Vec<_>>();
    let on_conflict = if updates.is_empty() {
        "DO NOTHING".to_owned()
    } else {
        format!("DO UPDATE SET {}", updates.join(", "))
    };
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({placeholders}) ON CONFLICT ({}) {on_conflict}",
        columns.join(", "),
        key.join(", ")
    );
    conn.execute(&sql, params_from_iter(values))
        .map(drop)
        .map_err(|e| Error::from(e).phrase())
}
