//! Recording what each local write changed, for the other computers. While a
//! ledger syncs, every write through `Store::write` records its changes with
//! SQLite's session extension; when the outermost transaction commits, what
//! its writes recorded becomes one numbered entry in `sync_outbox`, in the
//! same transaction, so a change is never committed without its record, and
//! a record never outlives a change that was undone.
//!
//! Only one session records at a time: a write inside a recorded write adds
//! nothing of its own, so no change is recorded twice. Writes applied from
//! other computers are never recorded (apply.rs writes without a session).

use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;

use rusqlite::session::{Changegroup, Session};
use rusqlite::Connection;

use super::changes::{self, Shape, SYNCED_TABLES};
use super::clock;
use crate::error::Result;

/// What the open transaction has recorded; one per store.
#[derive(Debug, Default)]
pub(crate) struct Capture {
    /// Whether this ledger syncs, read when the transaction began.
    syncing: Cell<bool>,
    /// Whether a session is recording now.
    recording: Cell<bool>,
    /// The changesets of the writes in this transaction that committed.
    kept: RefCell<Vec<Vec<u8>>>,
    /// The synced tables' shapes, read once: the schema is settled when the
    /// store opens.
    shapes: OnceCell<HashMap<String, Shape>>,
}

/// A session recording one write's changes.
pub(crate) struct Recording<'a> {
    session: Session<'a>,
    capture: &'a Capture,
}

impl std::fmt::Debug for Recording<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Recording")
    }
}

impl Capture {
    /// At the start of a transaction: reads whether the ledger syncs (another
    /// process may have set sync up since the last one) and forgets anything
    /// a transaction before left.
    pub(crate) fn begin_transaction(&self, conn: &Connection) -> Result<()> {
        self.kept.borrow_mut().clear();
        let syncing: bool =
            conn.query_row("SELECT EXISTS (SELECT 1 FROM sync_device)", [], |r| {
                r.get(0)
            })?;
        self.syncing.set(syncing);
        Ok(())
    }

    /// A session for a write that begins now, unless the ledger does not sync
    /// or a write around this one is recording already.
    pub(crate) fn record<'a>(&'a self, conn: &'a Connection) -> Result<Option<Recording<'a>>> {
        if !self.syncing.get() || self.recording.get() {
            return Ok(None);
        }
        let mut session = Session::new(conn)?;
        for table in SYNCED_TABLES {
            session.attach(Some(*table))?;
        }
        self.recording.set(true);
        Ok(Some(Recording {
            session,
            capture: self,
        }))
    }

    /// Just before the outermost commit: turns what was recorded into the
    /// next entry of this computer's outbox.
    pub(crate) fn before_commit(&self, conn: &Connection) -> Result<()> {
        let kept = std::mem::take(&mut *self.kept.borrow_mut());
        if kept.is_empty() {
            return Ok(());
        }
        let mut group = Changegroup::new()?;
        for changeset in &kept {
            group.add_stream(&mut changeset.as_slice())?;
        }
        let mut combined = Vec::new();
        group.output_strm(&mut combined)?;
        if !combined.is_empty() {
            append_to_outbox(conn, &combined)?;
        }
        Ok(())
    }

    /// After a rollback: nothing recorded in the transaction counts.
    pub(crate) fn discard(&self) {
        self.kept.borrow_mut().clear();
    }
}

impl Recording<'_> {
    /// The write is about to commit: stamps the rows it changed with the
    /// next clock reading, while the session still records (so the clocks
    /// travel with the change), and keeps what it recorded.
    pub(crate) fn keep(mut self, conn: &Connection) -> Result<()> {
        if self.session.is_empty() {
            return Ok(());
        }
        let mut changed = Vec::new();
        self.session.changeset_strm(&mut changed)?;
        if changed.is_empty() {
            return Ok(());
        }
        let stamp = next_reading(conn)?;
        let shapes = match self.capture.shapes.get() {
            Some(shapes) => shapes,
            None => {
                let read = changes::shapes(conn)?;
                self.capture.shapes.get_or_init(|| read)
            }
        };
        changes::each(&changed, |change| {
            changes::stamp(conn, shapes, &change, &stamp)
        })?;
        let mut stamped = Vec::new();
        self.session.changeset_strm(&mut stamped)?;
        self.capture.kept.borrow_mut().push(stamped);
        Ok(())
    }
}

impl Drop for Recording<'_> {
    fn drop(&mut self) {
        self.capture.recording.set(false);
    }
}

/// This computer's next clock reading, kept as its last.
pub(crate) fn next_reading(conn: &Connection) -> Result<String> {
    let (device, last): (String, String) = conn
        .prepare_cached("SELECT device_id, clock FROM sync_device")?
        .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    let reading = clock::tick(&last, &device, clock::now_ms());
    conn.prepare_cached("UPDATE sync_device SET clock = ?1")?
        .execute([&reading])?;
    Ok(reading)
}

/// Keeps `seen`, a reading from another computer, as this computer's last
/// if it is later: what this computer writes next is later than it.
pub(crate) fn observe_reading(conn: &Connection, seen: &str) -> Result<()> {
    let last: String = conn
        .prepare_cached("SELECT clock FROM sync_device")?
        .query_row([], |r| r.get(0))?;
    conn.prepare_cached("UPDATE sync_device SET clock = ?1")?
        .execute([clock::later(&last, seen)])?;
    Ok(())
}

/// Notes that computer `device`'s entries are applied here up to `number`
/// (this computer's own: recorded); never lowers what was noted.
pub(crate) fn note_applied(conn: &Connection, device: &str, number: i64) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO sync_applied (device_id, number, seen_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (device_id) DO UPDATE
         SET number = max(number, excluded.number), seen_at = excluded.seen_at",
    )?
    .execute(rusqlite::params![device, number, crate::clock::timestamp()])?;
    Ok(())
}

/// Adds `changeset`, whose rows are stamped, to the outbox as this
/// computer's next entry, with the clock it was made at and what had been
/// applied from the others by then (they must apply the same first).
pub(crate) fn append_to_outbox(conn: &Connection, changeset: &[u8]) -> Result<()> {
    let (device, stamp): (String, String) =
        conn.query_row("SELECT device_id, clock FROM sync_device", [], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
    let number: i64 = conn.query_row(
        "SELECT coalesce((SELECT number FROM sync_applied WHERE device_id = ?1), 0) + 1",
        [&device],
        |r| r.get(0),
    )?;
    note_applied(conn, &device, number)?;
    let after: String = conn.query_row(
        "SELECT coalesce(json_group_object(device_id, number), '{}') FROM sync_applied
         WHERE device_id <> ?1",
        [&device],
        |r| r.get(0),
    )?;
    conn.prepare_cached(
        "INSERT INTO sync_outbox (number, clock, after, changes) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(rusqlite::params![number, stamp, after, changeset])?;
    Ok(())
}
