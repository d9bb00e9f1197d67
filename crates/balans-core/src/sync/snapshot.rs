//! Snapshots and pruning, so that a folder does not grow without end and a
//! new computer need not replay years of files.
//!
//! A snapshot is the whole ledger as one computer holds it, with how far it
//! had applied each computer's entries (its own included). A computer that
//! has applied nothing from the others yet starts from the newest snapshot
//! and applies only the entries after it; while the newest is still
//! arriving, it waits for it. A computer writes one once the entries in the
//! folder that no snapshot covers pass [`SNAPSHOT_AFTER`].
//!
//! A computer deletes its own entries that every other computer has applied
//! (as each says in its `applied.json`, the one file a computer rewrites)
//! and that the newest snapshot covers, and its own snapshots but the
//! newest. A computer that stopped syncing without leaving keeps what it
//! never applied in the folder.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use rusqlite::Connection;

use super::folder::{self, Entry, Header};
use super::{apply, capture, whole};
use crate::error::Result;
use crate::store::{write, LATEST_SCHEMA_VERSION};
use crate::words::Phrase;

/// How many entries no snapshot covers before a computer writes one.
pub const SNAPSHOT_AFTER: usize = 200;

/// Writes a snapshot of this computer's ledger into the folder. Only when
/// everything it recorded is in the folder, so it covers its own entries.
pub(crate) fn write_snapshot(conn: &Connection, me: &str, folder: &Path) -> Result<()> {
    let snapshot = whole::with_empty_tables(conn, || {
        let read = write::begin(conn)?;
        let changes = whole::everything(&read)?;
        let clock: String = read.query_row("SELECT clock FROM sync_device", [], |r| r.get(0))?;
        let covers = applied(&read)?;
        read.commit()?;
        Ok(Entry {
            header: Header {
                device: me.to_owned(),
                number: covers.get(me).copied().unwrap_or(0),
                schema: LATEST_SCHEMA_VERSION,
                clock,
                after: covers,
                length: changes.len() as u64,
                crc32: crc32fast::hash(&changes),
            },
            changes,
        })
    })?;
    folder::write_snapshot(folder, &snapshot)
}

/// Whether enough entries wait outside every snapshot to write one.
pub(crate) fn due(folder: &Path) -> Result<bool> {
    let covered = newest(folder)
        .and_then(|(_, path)| header_of(&path))
        .map(|header| header.after)
        .unwrap_or_default();
    let uncovered = folder::list(folder)?
        .iter()
        .filter(|found| covered.get(&found.device).copied().unwrap_or(0) < found.number)
        .count();
    Ok(uncovered >= SNAPSHOT_AFTER)
}

/// For a computer that has applied nothing from the others: applies the
/// newest snapshot another computer wrote, and notes how far it covers each
/// computer. `Err` with the reason while the newest is not whole yet.
pub(crate) fn start_from(
    conn: &Connection,
    me: &str,
    folder: &Path,
    applied_here: &mut HashMap<String, i64>,
) -> std::result::Result<bool, (String, Phrase)> {
    let Some((maker, path)) = newest(folder) else {
        return Ok(false);
    };
    if maker == me || applied_here.keys().any(|device| device != me) {
        return Ok(false);
    }
    let shown = path.display().to_string();
    let snapshot = std::fs::read(&path)
        .map_err(|e| {
            let why = crate::phrase!("sync-file-header-unreadable", detail = e.to_string());
            (shown.clone(), why)
        })
        .and_then(|bytes| folder::read(&bytes).map_err(|why| (shown.clone(), why)))?;
    if snapshot.header.schema > LATEST_SCHEMA_VERSION {
        let why = crate::phrase!(
            "sync-file-newer",
            found = snapshot.header.schema,
            supported = LATEST_SCHEMA_VERSION
        );
        return Err((shown, why));
    }
    let applied = apply_snapshot(conn, me, &snapshot).map_err(|e| {
        let why = crate::phrase!("sync-file-cannot-apply", detail = e.to_string());
        (shown.clone(), why)
    })?;
    applied_here.extend(applied);
    Ok(true)
}

fn apply_snapshot(conn: &Connection, me: &str, snapshot: &Entry) -> Result<BTreeMap<String, i64>> {
    let write = write::begin(conn)?;
    apply::apply(&write, &snapshot.changes, &snapshot.header.clock)?;
    let mut noted = BTreeMap::new();
    for (device, number) in &snapshot.header.after {
        if device == me {
            continue;
        }
        capture::note_applied(&write, device, *number)?;
        noted.insert(device.clone(), *number);
    }
    capture::observe_reading(&write, &snapshot.header.clock)?;
    write.commit()?;
    Ok(noted)
}

/// Deletes this computer's entries that every other computer has applied
/// and the newest snapshot covers, and its older snapshots.
pub(crate) fn prune(me: &str, folder: &Path) -> Result<usize> {
    let Some(covered) = newest(folder)
        .and_then(|(_, path)| header_of(&path))
        .and_then(|header| header.after.get(me).copied())
    else {
        return Ok(0);
    };
    let mut everyone_has = covered;
    for device in folder::devices(folder) {
        if device == me {
            continue;
        }
        let Some(theirs) = folder::read_applied(folder, &device) else {
            return Ok(0);
        };
        everyone_has = everyone_has.min(theirs.get(me).copied().unwrap_or(0));
    }
    let entries = folder::list(folder)?;
    let mut pruned = 0;
    for found in entries
        .iter()
        .filter(|found| found.device == me && found.number <= everyone_has)
    {
        std::fs::remove_file(&found.path)?;
        pruned += 1;
    }
    let mine: Vec<_> = folder::snapshots(folder)
        .into_iter()
        .filter(|(device, _)| device == me)
        .collect();
    for (_, older) in mine.iter().rev().skip(1) {
        std::fs::remove_file(older)?;
    }
    Ok(pruned)
}

/// The newest snapshot in the folder, and who made it.
fn newest(folder: &Path) -> Option<(String, std::path::PathBuf)> {
    folder::snapshots(folder).into_iter().last()
}

fn header_of(path: &Path) -> Option<Header> {
    folder::read_header(path)
}

fn applied(conn: &Connection) -> Result<BTreeMap<String, i64>> {
    let mut stmt = conn.prepare("SELECT device_id, number FROM sync_applied")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
