//! How every write to the ledger begins. Several processes share one file (the
//! window, its threads, the tray, the command line), and SQLite can only wait
//! for another writer (the busy timeout) when a transaction asks for the write
//! lock first. A transaction that reads before it writes cannot wait: once
//! another process has committed since its read began, its upgrade to a
//! writer fails at once with "database is locked". So the outermost write
//! begins `IMMEDIATE`, taking the write lock before anything is read, and
//! writes inside it nest as savepoints. Nothing in the core begins a
//! transaction any other way (clippy.toml forbids rusqlite's own).
//!
//! A write begun through the store also records its changes for the other
//! computers when the ledger syncs (sync/capture.rs); one begun on a bare
//! connection (a migration, a change applied from another computer) does not.

use std::cell::Cell;
use std::ops::Deref;
use std::time::{Duration, Instant};

use rusqlite::Connection;

use super::BUSY_TIMEOUT;
use crate::error::Result;
use crate::sync::capture::{Capture, Recording};

/// Waits for another process's write, as SQLite's busy handler (`tries` is
/// how often it has been called for this wait), until [`BUSY_TIMEOUT`].
///
/// SQLite's own timeout handler sleeps ever longer, up to 100 ms between
/// tries; with several writers the lock passes to the others in each of those
/// sleeps, and one process can starve past its timeout while the file is
/// never idle. Short sleeps, staggered per process, keep every waiter in line.
pub(super) fn wait_for_lock(tries: i32) -> bool {
    thread_local!(static WAITING_SINCE: Cell<Option<Instant>> = const { Cell::new(None) });
    let now = Instant::now();
    if tries == 0 {
        WAITING_SINCE.set(Some(now));
    }
    let since = WAITING_SINCE.get().unwrap_or(now);
    if now.duration_since(since) >= BUSY_TIMEOUT {
        return false;
    }
    let stagger = (u64::from(std::process::id()) ^ (tries as u64).wrapping_mul(7_919)) % 1_000;
    std::thread::sleep(Duration::from_micros(500 + stagger));
    true
}

/// Where a [`Write`] stands: the transaction itself, or a savepoint in one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Depth {
    Outermost,
    Nested,
}

/// One write in progress. It reads and writes through the connection it
/// derefs to; [`Write::commit`] keeps what it did, and dropping it without a
/// commit undoes all of it.
#[derive(Debug)]
pub(crate) struct Write<'a> {
    conn: &'a Connection,
    depth: Depth,
    open: bool,
    capture: Option<&'a Capture>,
    recording: Option<Recording<'a>>,
}

/// Begins a write on `conn`: `BEGIN IMMEDIATE` when no transaction is open,
/// a savepoint inside the one that is. Its changes are not recorded for sync.
pub(crate) fn begin(conn: &Connection) -> Result<Write<'_>> {
    let depth = start(conn)?;
    Ok(Write {
        conn,
        depth,
        open: true,
        capture: None,
        recording: None,
    })
}

/// Begins a write as [`begin`] does, recording its changes into `capture`.
pub(super) fn begin_recorded<'a>(conn: &'a Connection, capture: &'a Capture) -> Result<Write<'a>> {
    let mut write = begin(conn)?;
    if write.depth == Depth::Outermost {
        capture.begin_transaction(conn)?;
    }
    write.capture = Some(capture);
    write.recording = capture.record(conn)?;
    Ok(write)
}

/// The statement half of [`begin`], for a write whose work needs the whole
/// store rather than a borrowed connection ([`super::Store::all_or_nothing`]).
pub(super) fn start(conn: &Connection) -> Result<Depth> {
    let depth = if conn.is_autocommit() {
        Depth::Outermost
    } else {
        Depth::Nested
    };
    conn.execute_batch(match depth {
        Depth::Outermost => "BEGIN IMMEDIATE",
        Depth::Nested => "SAVEPOINT write",
    })?;
    Ok(depth)
}

/// Ends a write [`start`] began, for [`super::Store::all_or_nothing`]:
/// keeps its changes if `keep` and they commit, else undoes them.
pub(super) fn finish(conn: &Connection, depth: Depth, keep: bool) -> Result<()> {
    if keep {
        if let Err(error) = end(conn, depth, true) {
            let _ = end(conn, depth, false);
            return Err(error.into());
        }
        return Ok(());
    }
    Ok(end(conn, depth, false)?)
}

fn end(conn: &Connection, depth: Depth, keep: bool) -> rusqlite::Result<()> {
    conn.execute_batch(match (depth, keep) {
        (Depth::Outermost, true) => "COMMIT",
        (Depth::Nested, true) => "RELEASE write",
        (Depth::Outermost, false) => "ROLLBACK",
        (Depth::Nested, false) => "ROLLBACK TO write; RELEASE write",
    })
}

impl Write<'_> {
    /// Keeps every change made in this write (for a nested write: hands them
    /// to the write around it).
    /// A commit that fails (a deferred foreign key, a full disk) undoes the
    /// write as it drops, so no transaction is left open behind the error.
    pub(crate) fn commit(mut self) -> Result<()> {
        if let Some(recording) = self.recording.take() {
            recording.keep(self.conn)?;
        }
        if let (Depth::Outermost, Some(capture)) = (self.depth, self.capture) {
            capture.before_commit(self.conn)?;
        }
        end(self.conn, self.depth, true)?;
        self.open = false;
        Ok(())
    }
}

impl Deref for Write<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

impl Drop for Write<'_> {
    fn drop(&mut self) {
        if self.open {
            // Some failed commits have ended the transaction already; a
            // rollback that finds none has nothing left to undo.
            let _ = end(self.conn, self.depth, false);
            if let (Depth::Outermost, Some(capture)) = (self.depth, self.capture) {
                capture.discard();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(conn: &Connection) -> i64 {
        conn.query_row("SELECT count(*) FROM t", [], |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn the_outermost_write_holds_the_lock_before_it_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("w.sqlite3");
        let first = Connection::open(&path).unwrap();
        first
            .execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x)")
            .unwrap();
        let second = Connection::open(&path).unwrap();
        let write = begin(&first).unwrap();
        second
            .busy_timeout(std::time::Duration::from_millis(10))
            .unwrap();
        let refused = begin(&second).unwrap_err();
        assert!(
            refused.to_string().contains("locked") || refused.to_string().contains("busy"),
            "a second writer waits and then is refused at BEGIN, before reading: {refused}"
        );
        write.commit().unwrap();
        begin(&second).unwrap().commit().unwrap();
    }

    #[test]
    fn nested_writes_undo_only_their_own_part() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        let outer = begin(&conn).unwrap();
        outer.execute("INSERT INTO t VALUES (1)", []).unwrap();
        {
            let inner = begin(&outer).unwrap();
            inner.execute("INSERT INTO t VALUES (2)", []).unwrap();
        }
        let kept = begin(&outer).unwrap();
        kept.execute("INSERT INTO t VALUES (3)", []).unwrap();
        kept.commit().unwrap();
        assert!(!conn.is_autocommit(), "the outer write is still open");
        outer.commit().unwrap();
        assert!(conn.is_autocommit());
        assert_eq!(count(&conn), 2, "the dropped inner write was undone");
    }

    #[test]
    fn a_failed_commit_leaves_no_transaction_open() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; CREATE TABLE p (id PRIMARY KEY);
             CREATE TABLE c (p REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED)",
        )
        .unwrap();
        let write = begin(&conn).unwrap();
        write
            .execute("INSERT INTO c VALUES ('nobody')", [])
            .unwrap();
        assert!(write.commit().is_err(), "the deferred key fails the commit");
        assert!(conn.is_autocommit(), "and the write was undone");
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM c", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 0);
    }

    #[test]
    fn a_dropped_outer_write_undoes_everything() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch("CREATE TABLE t (x)").unwrap();
        {
            let outer = begin(&conn).unwrap();
            outer.execute("INSERT INTO t VALUES (1)", []).unwrap();
            begin(&outer).unwrap().commit().unwrap();
        }
        assert!(conn.is_autocommit());
        assert_eq!(count(&conn), 0);
    }
}
