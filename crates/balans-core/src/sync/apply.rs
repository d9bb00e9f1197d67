//! Applying another computer's changes, with SQLite's session extension, in
//! one transaction with everything derived from them.
//!
//! How each kind of disagreement ends, so that every computer ends the same
//! whatever order the changes reach it in:
//! - a row both computers changed (an update or insert that finds the row
//!   other than the sender left it): column by column, the value with the
//!   later clock stays (see clock.rs); the merge is done after the apply,
//!   from the row's clocks, not by the session extension, which can only
//!   take or leave a change whole;
//! - a change to a row that is gone (emptied from the trash): nothing;
//! - a deletion of a row changed since: the deletion, as emptying the trash
//!   is final; what another computer logged on a deleted person meanwhile
//!   goes with them (docs/sync.md);
//! - a change the schema refuses: skipped and counted.
//!
//! Nothing applied here is recorded for sync again: the write is begun on the
//! bare connection, without a session.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use rusqlite::hooks::Action;
use rusqlite::session::{ConflictAction, ConflictType};
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use super::changes::{self, RowChange, Shape, CLOCKS};
use super::clock;
use crate::error::Result;

/// Settings that belong to one computer: an apply leaves them as they were.
pub(crate) const DEVICE_SETTINGS: &[&str] = &[
    "language",
    "theme",
    "notifications",
    "quiet_hours",
    "close_to_tray",
    "quick_log_shortcut",
];

/// Past this many people touched, their figures are computed for everyone
/// in one statement, which is faster than one person at a time.
const REBUILD_ALL_FIGURES_FROM: usize = 500;

/// What applying one entry did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Applied {
    /// Rows both computers had changed, merged column by column.
    pub merged: usize,
    /// Changes the schema refused, left out.
    pub skipped: usize,
}

/// What the conflict handler saw, for the work after the apply.
#[derive(Debug, Default)]
struct Seen {
    merges: Vec<RowChange>,
    skipped: usize,
    broken_links: bool,
}

/// Applies `changeset`, made at `stamp` on another computer, to `conn`,
/// which must be inside a write begun without recording.
pub(crate) fn apply(conn: &Connection, changeset: &[u8], stamp: &str) -> Result<Applied> {
    if changeset.len() < LARGE_CHANGESET {
        return apply_within(conn, changeset, stamp);
    }
    // A large file (a first file, a snapshot) touches rows in the session
    // extension's order, not the tables'; SQLite's default page cache then
    // reads the same index pages over and over.
    let cache: i64 = conn.pragma_query_value(None, "cache_size", |r| r.get(0))?;
    conn.pragma_update(None, "cache_size", LARGE_APPLY_CACHE_KIB)?;
    let applied = apply_within(conn, changeset, stamp);
    conn.pragma_update(None, "cache_size", cache)?;
    applied
}

/// From this size of changeset on, an apply runs with a larger page cache.
const LARGE_CHANGESET: usize = 4 << 20;
/// That cache, in the negative KiB SQLite's `cache_size` takes: 256 MiB.
const LARGE_APPLY_CACHE_KIB: i64 = -262_144;

fn apply_within(conn: &Connection, changeset: &[u8], stamp: &str) -> Result<Applied> {
    let device_settings = keep_device_settings(conn)?;
    let seen = Arc::new(Mutex::new(Seen::default()));
    let handler_seen = Arc::clone(&seen);
    conn.apply_strm(
        &mut &changeset[..],
        None::<fn(&str) -> bool>,
        move |conflict, item| {
            let mut seen = handler_seen.lock().unwrap_or_else(|e| e.into_inner());
            // A foreign-key conflict is about the whole changeset: its item
            // names no row, and must not be read.
            let row = matches!(
                conflict,
                ConflictType::SQLITE_CHANGESET_DATA | ConflictType::SQLITE_CHANGESET_CONFLICT
            )
            .then(|| changes::read(item).ok())
            .flatten();
            decide(&mut seen, conflict, row)
        },
    )?;
    let seen = std::mem::take(&mut *seen.lock().unwrap_or_else(|e| e.into_inner()));
    let shapes = changes::shapes(conn)?;
    let mut merged = 0;
    for change in &seen.merges {
        if merge(conn, &shapes, change, stamp)? {
            merged += 1;
        }
    }
    if seen.broken_links {
        drop_what_lost_its_person(conn)?;
    }
    let mut people = BTreeSet::new();
    let mut tagged = BTreeSet::new();
    changes::each(changeset, |change| {
        if change.table == "person" {
            tagged.extend(text_keys(&change));
        }
        people.extend(people_touched(conn, &change)?);
        Ok(())
    })?;
    for person in &tagged {
        tags_from_tag_set(conn, person)?;
    }
    if people.len() > REBUILD_ALL_FIGURES_FROM {
        crate::figures::person_stats::rebuild_all(conn)?;
    } else {
        for person in &people {
            let exists: bool = conn
                .prepare_cached("SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1)")?
                .query_row([person], |r| r.get(0))?;
            if exists {
                crate::figures::person_stats::refresh(conn, person)?;
            }
        }
    }
    restore_device_settings(conn, &device_settings)?;
    Ok(Applied {
        merged,
        skipped: seen.skipped,
    })
}

fn decide(seen: &mut Seen, conflict: ConflictType, change: Option<RowChange>) -> ConflictAction {
    match conflict {
        ConflictType::SQLITE_CHANGESET_DATA | ConflictType::SQLITE_CHANGESET_CONFLICT => {
            match change {
                Some(change) if change.action == Action::SQLITE_DELETE => {
                    ConflictAction::SQLITE_CHANGESET_REPLACE
                }
                Some(change) => {
                    seen.merges.push(change);
                    ConflictAction::SQLITE_CHANGESET_OMIT
                }
                None => {
                    seen.skipped += 1;
                    ConflictAction::SQLITE_CHANGESET_OMIT
                }
            }
        }
        ConflictType::SQLITE_CHANGESET_FOREIGN_KEY => {
            seen.broken_links = true;
            ConflictAction::SQLITE_CHANGESET_OMIT
        }
        ConflictType::SQLITE_CHANGESET_CONSTRAINT => {
            seen.skipped += 1;
            ConflictAction::SQLITE_CHANGESET_OMIT
        }
        _ => ConflictAction::SQLITE_CHANGESET_OMIT,
    }
}

/// The text values of a change's key: a person's or an exchange's id.
fn text_keys(change: &RowChange) -> Vec<String> {
    change
        .key
        .iter()
        .filter_map(|v| match v {
            Value::Text(id) => Some(id.clone()),
            _ => None,
        })
        .collect()
}

/// Makes a person's tag rows what their synced `tag_set` says. The set is
/// read first: the tag triggers rewrite it as the rows go.
fn tags_from_tag_set(conn: &Connection, person: &str) -> Result<()> {
    let sets: Option<(String, String)> = conn
        .prepare_cached(
            "SELECT tag_set, (SELECT json_group_array(tag) FROM
                 (SELECT tag FROM person_tag WHERE person_id = ?1 ORDER BY tag))
             FROM person WHERE id = ?1",
        )?
        .query_row([person], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let Some((wanted, held)) = sets else {
        return Ok(());
    };
    if wanted != held {
        conn.prepare_cached("DELETE FROM person_tag WHERE person_id = ?1")?
            .execute([person])?;
        conn.prepare_cached(
            "INSERT INTO person_tag (person_id, tag) SELECT ?1, value FROM json_each(?2)",
        )?
        .execute([person, &wanted])?;
    }
    Ok(())
}

/// Writes each column of a row both computers changed whose incoming clock is
/// later than the one the row has for it, and takes those clocks. Says
/// whether a value changed (two computers that made the same row alike, as
/// the built-in kinds, only settle their clocks).
fn merge(
    conn: &Connection,
    shapes: &HashMap<String, Shape>,
    change: &RowChange,
    stamp: &str,
) -> Result<bool> {
    let Some(shape) = shapes.get(&change.table) else {
        return Ok(false);
    };
    if !shape.columns.iter().any(|c| c == CLOCKS) {
        return Ok(false);
    }
    let condition = shape.key_condition(1);
    let local: Option<String> = conn
        .prepare_cached(&format!(
            "SELECT clocks FROM \"{}\" WHERE {condition}",
            change.table
        ))?
        .query_row(rusqlite::params_from_iter(&change.key), |r| r.get(0))
        .optional()?;
    let Some(local) = local else {
        return Ok(false);
    };
    let local = clocks_of(&local);
    let incoming = change
        .written
        .iter()
        .find(|(column, _)| shape.columns[*column] == CLOCKS)
        .and_then(|(_, value)| match value {
            Value::Text(text) => Some(clocks_of(text)),
            _ => None,
        })
        .unwrap_or_default();
    let mut taken: Vec<(&String, &Value, String)> = Vec::new();
    for (column, value) in &change.written {
        let name = &shape.columns[*column];
        if name == CLOCKS || shape.key.contains(name) {
            continue;
        }
        let theirs = clock_for(&incoming, name).unwrap_or(stamp).to_owned();
        let ours = clock_for(&local, name).unwrap_or(clock::NEVER);
        if theirs.as_str() > ours {
            taken.push((name, value, theirs));
        }
    }
    if taken.is_empty() {
        return Ok(false);
    }
    let first = change.key.len() + 1;
    let mut values: Vec<Value> = change.key.clone();
    values.extend(taken.iter().map(|(_, value, _)| (*value).clone()));
    let differs: Vec<String> = taken
        .iter()
        .enumerate()
        .map(|(i, (name, ..))| format!("\"{name}\" IS NOT ?{}", first + i))
        .collect();
    let changes_a_value: bool = conn
        .prepare_cached(&format!(
            "SELECT {} FROM \"{}\" WHERE {condition}",
            differs.join(" OR "),
            change.table
        ))?
        .query_row(rusqlite::params_from_iter(&values), |r| r.get(0))?;
    let sets: Vec<String> = taken
        .iter()
        .enumerate()
        .map(|(i, (name, ..))| format!("\"{name}\" = ?{}", first + i))
        .collect();
    let mut clock_paths = String::new();
    for (name, _, theirs) in &taken {
        values.push(Value::Text(format!("$.\"{name}\"")));
        values.push(Value::Text(theirs.clone()));
        clock_paths.push_str(&format!(", ?{}, ?{}", values.len() - 1, values.len()));
    }
    let sql = format!(
        "UPDATE \"{}\" SET {}, clocks = json_set(clocks{clock_paths}) WHERE {condition}",
        change.table,
        sets.join(", ")
    );
    conn.prepare_cached(&sql)?
        .execute(rusqlite::params_from_iter(values))?;
    Ok(changes_a_value)
}

fn clocks_of(json: &str) -> HashMap<String, String> {
    serde_json::from_str(json).unwrap_or_default()
}

fn clock_for<'a>(clocks: &'a HashMap<String, String>, column: &str) -> Option<&'a str> {
    clocks
        .get(column)
        .or_else(|| clocks.get("*"))
        .map(String::as_str)
}

/// The people whose figures a change may move.
fn people_touched(conn: &Connection, change: &RowChange) -> Result<Vec<String>> {
    let text = |values: &[(usize, Value)], at: usize| {
        values.iter().find_map(|(column, value)| match value {
            Value::Text(text) if *column == at => Some(text.clone()),
            _ => None,
        })
    };
    match change.table.as_str() {
        "person" => Ok(text_keys(change)),
        "exchange" => {
            // person_id is the exchange's second column.
            let mut found: Vec<String> = [text(&change.written, 1), text(&change.had, 1)]
                .into_iter()
                .flatten()
                .collect();
            // An update that left the owner alone does not name them.
            if found.is_empty() {
                let Some(Value::Text(id)) = change.key.first() else {
                    return Ok(found);
                };
                let owner: Option<String> = conn
                    .prepare_cached("SELECT person_id FROM exchange WHERE id = ?1")?
                    .query_row([id], |r| r.get(0))
                    .ok();
                found.extend(owner);
            }
            Ok(found)
        }
        _ => Ok(Vec::new()),
    }
}

/// After a person was deleted on one computer while another logged on them:
/// what hangs on a person who is gone goes too, or lets go of them.
fn drop_what_lost_its_person(conn: &Connection) -> Result<()> {
    conn.execute_batch(
        "DELETE FROM exchange WHERE person_id NOT IN (SELECT id FROM person);
         UPDATE exchange SET third_person_id = NULL
           WHERE third_person_id IS NOT NULL AND third_person_id NOT IN (SELECT id FROM person);
         UPDATE person SET introduced_by = NULL
           WHERE introduced_by IS NOT NULL AND introduced_by NOT IN (SELECT id FROM person);
         DELETE FROM person_channel WHERE person_id NOT IN (SELECT id FROM person);
         DELETE FROM affiliation WHERE person_id NOT IN (SELECT id FROM person)
           OR organisation_id NOT IN (SELECT id FROM organisation);",
    )?;
    Ok(())
}

type DeviceSettings = Vec<(String, Option<(String, String)>)>;

fn keep_device_settings(conn: &Connection) -> Result<DeviceSettings> {
    let mut stmt = conn.prepare_cached("SELECT value, clocks FROM setting WHERE key = ?1")?;
    DEVICE_SETTINGS
        .iter()
        .map(|key| {
            let row = stmt.query_row([key], |r| Ok((r.get(0)?, r.get(1)?))).ok();
            Ok(((*key).to_owned(), row))
        })
        .collect()
}

fn restore_device_settings(conn: &Connection, kept: &DeviceSettings) -> Result<()> {
    for (key, row) in kept {
        match row {
            Some((value, clocks)) => conn
                .prepare_cached(
                    "INSERT INTO setting (key, value, clocks) VALUES (?1, ?2, ?3)
                     ON CONFLICT (key) DO UPDATE SET value = excluded.value, clocks = excluded.clocks",
                )?
                .execute([key, value, clocks])?,
            None => conn
                .prepare_cached("DELETE FROM setting WHERE key = ?1")?
                .execute([key])?,
        };
    }
    Ok(())
}
