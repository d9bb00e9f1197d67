//! What a changeset says, row by row, and the `clocks` each changed row is
//! stamped with (see clock.rs and the schema's version 8). A write stamps
//! the rows it changed before its changes are taken, so the clocks travel
//! inside the change: a computer that applies it holds the same clocks as
//! the one that made it, and a row whose clocks differ from what the change
//! expects is a conflict, settled column by column (apply.rs).

use std::collections::HashMap;
use std::io::Read;

use rusqlite::fallible_streaming_iterator::FallibleStreamingIterator;
use rusqlite::hooks::Action;
use rusqlite::session::{ChangesetItem, ChangesetIter};
use rusqlite::types::Value;
use rusqlite::Connection;

use crate::error::Result;

/// The tables that sync, each in full. Everything else in the file is
/// derived from them (figures, search, `person_tag` from each person's
/// `tag_set`) or belongs to this computer (reminder decisions, snoozes,
/// sync's own tables).
pub(crate) const SYNCED_TABLES: &[&str] = &[
    "kind",
    "person",
    "person_channel",
    "organisation",
    "affiliation",
    "exchange",
    "setting",
];

/// The column that holds a row's clocks.
pub(crate) const CLOCKS: &str = "clocks";

/// One row's change in a changeset.
#[derive(Debug, Clone)]
pub(crate) struct RowChange {
    pub table: String,
    pub action: Action,
    /// The primary key's values, in the key's column order.
    pub key: Vec<Value>,
    /// Column index and new value of every column an insert or update wrote.
    pub written: Vec<(usize, Value)>,
    /// Column index and old value of every column a delete or update had.
    pub had: Vec<(usize, Value)>,
}

/// Calls `visit` with each row change in `changeset`, in order.
pub(crate) fn each(changeset: &[u8], mut visit: impl FnMut(RowChange) -> Result<()>) -> Result<()> {
    let mut bytes = changeset;
    let input: &mut dyn Read = &mut bytes;
    let mut iter = ChangesetIter::start_strm(&input)?;
    while let Some(item) = iter.next()? {
        visit(read(item)?)?;
    }
    Ok(())
}

/// Reads one item of a changeset (also as a conflict handler sees it).
pub(crate) fn read(item: &ChangesetItem) -> Result<RowChange> {
    let op = item.op()?;
    let table = op.table_name().to_owned();
    let action = op.code();
    let columns = usize::try_from(op.number_of_columns()).unwrap_or(0);
    let is_key: Vec<bool> = item.pk()?.iter().map(|flag| *flag != 0).collect();
    let values = |new: bool| -> Vec<(usize, Value)> {
        (0..columns)
            .filter_map(|column| {
                let value = if new {
                    item.new_value(column)
                } else {
                    item.old_value(column)
                };
                value
                    .ok()
                    .and_then(|v| Value::try_from(v).ok())
                    .map(|v| (column, v))
            })
            .collect()
    };
    let written = if action == Action::SQLITE_DELETE {
        Vec::new()
    } else {
        values(true)
    };
    let had = if action == Action::SQLITE_INSERT {
        Vec::new()
    } else {
        values(false)
    };
    let key_from = if action == Action::SQLITE_INSERT {
        &written
    } else {
        &had
    };
    let key = key_from
        .iter()
        .filter(|(column, _)| is_key.get(*column).copied().unwrap_or(false))
        .map(|(_, value)| value.clone())
        .collect();
    Ok(RowChange {
        table,
        action,
        key,
        written,
        had,
    })
}

/// A synced table's columns and primary key, as this file has them.
#[derive(Debug, Clone)]
pub(crate) struct Shape {
    pub columns: Vec<String>,
    pub key: Vec<String>,
}

impl Shape {
    fn has_clocks(&self) -> bool {
        self.columns.iter().any(|c| c == CLOCKS)
    }

    /// `a = ?1 AND b = ?2`, for the key's values bound from `first`.
    pub(crate) fn key_condition(&self, first: usize) -> String {
        self.key
            .iter()
            .enumerate()
            .map(|(i, column)| format!("\"{column}\" = ?{}", first + i))
            .collect::<Vec<_>>()
            .join(" AND ")
    }
}

/// The shapes of every synced table.
pub(crate) fn shapes(conn: &Connection) -> Result<HashMap<String, Shape>> {
    let mut shapes = HashMap::new();
    for table in SYNCED_TABLES {
        let mut stmt =
            conn.prepare_cached("SELECT name, pk FROM pragma_table_info(?1) ORDER BY cid")?;
        let rows: Vec<(String, i64)> = stmt
            .query_map([table], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut key: Vec<(i64, String)> = rows
            .iter()
            .filter(|(_, pk)| *pk > 0)
            .map(|(name, pk)| (*pk, name.clone()))
            .collect();
        key.sort();
        shapes.insert(
            (*table).to_owned(),
            Shape {
                columns: rows.into_iter().map(|(name, _)| name).collect(),
                key: key.into_iter().map(|(_, name)| name).collect(),
            },
        );
    }
    Ok(shapes)
}

/// Stamps the row `change` wrote with `clock`: a new row gets it for every
/// column, an updated row for each column the update wrote.
pub(crate) fn stamp(
    conn: &Connection,
    shapes: &HashMap<String, Shape>,
    change: &RowChange,
    clock: &str,
) -> Result<()> {
    let Some(shape) = shapes.get(&change.table) else {
        return Ok(());
    };
    if !shape.has_clocks() || change.action == Action::SQLITE_DELETE {
        return Ok(());
    }
    let mut params: Vec<Value> = change.key.clone();
    let condition = shape.key_condition(1);
    let sql = if change.action == Action::SQLITE_INSERT {
        params.push(Value::Text(clock.to_owned()));
        format!(
            "UPDATE \"{}\" SET clocks = json_object('*', ?{}) WHERE {condition}",
            change.table,
            params.len()
        )
    } else {
        let mut paths = String::new();
        for (column, _) in &change.written {
            let name = &shape.columns[*column];
            if name == CLOCKS {
                continue;
            }
            params.push(Value::Text(format!("$.\"{name}\"")));
            params.push(Value::Text(clock.to_owned()));
            paths.push_str(&format!(", ?{}, ?{}", params.len() - 1, params.len()));
        }
        if paths.is_empty() {
            return Ok(());
        }
        format!(
            "UPDATE \"{}\" SET clocks = json_set(clocks{paths}) WHERE {condition}",
            change.table
        )
    };
    conn.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(params))?;
    Ok(())
}
