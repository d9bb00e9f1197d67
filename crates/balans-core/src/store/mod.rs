//! The one SQLite file that holds a user's ledger: how it is opened, which
//! pragmas it runs under, the handle the rest of the core works through, and
//! its own backups (copies.rs).

mod birth;
mod copies;
mod damage;
pub(crate) mod memo;
mod migrations;
pub(crate) mod named_columns;
pub(crate) mod write;

use std::path::Path;
use std::time::Duration;

use rusqlite::config::DbConfig;
use rusqlite::Connection;

use crate::error::Result;
use crate::sync::capture::Capture;

pub(crate) use damage::sidecars;
pub use migrations::LATEST_SCHEMA_VERSION;
pub(crate) use write::Write;

/// Refuses a database written by a newer Balans (for restoring a copy).
pub(crate) fn refuse_newer_than_this(conn: &Connection) -> Result<()> {
    migrations::refuse_newer(conn)
}

/// How long a write waits for another process's write to finish before it
/// is refused as [`crate::Error::Busy`].
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// Sets the journal and sync modes every connection to a ledger runs under.
fn durability(conn: &Connection) -> Result<()> {
    // WAL lets the window read while a write commits, and survives a crash
    // of the process at any instant.
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL, not NORMAL: in WAL mode NORMAL may lose the last commits when the
    // machine loses power. A user's record of a favour is worth one fsync.
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(())
}

/// The file name of the database inside a data folder.
pub const DATABASE_FILE: &str = "balans.sqlite3";

/// An open, migrated ledger database.
#[derive(Debug)]
pub struct Store {
    pub(crate) conn: Connection,
    /// What the open write records for sync (sync/capture.rs).
    capture: Capture,
    /// Whole-ledger reads kept until the ledger changes (memo.rs).
    pub(crate) memo: memo::Memo,
}

impl Store {
    /// Opens (or creates) the database in `data_dir`, creating the folder too.
    pub fn open_in_dir(data_dir: &Path) -> Result<Store> {
        crate::files::owner_only::create_dir_all(data_dir)?;
        Store::open(&data_dir.join(DATABASE_FILE))
    }

    /// Opens (or creates) the database file at `path` and brings its schema up to date.
    ///
    /// A file written by a newer Balans is refused before anything is written to it,
    /// not even the journal mode.
    /// A damaged file is refused as [`crate::Error::Damaged`], unchanged.
    pub fn open(path: &Path) -> Result<Store> {
        if !path.exists() {
            damage::refuse_orphan_log(path)?;
            birth::create_whole(path)?;
        }
        damage::refuse_damaged_files(path)?;
        let conn = Connection::open(path)?;
        Store::prepare(conn).map_err(damage::classify)
    }

    /// A private in-memory database, for tests and benchmarks.
    pub fn open_in_memory() -> Result<Store> {
        Store::prepare(Connection::open_in_memory()?)
    }

    fn prepare(mut conn: Connection) -> Result<Store> {
        // Until the file has proved readable, closing must not checkpoint
        // into it (see damage.rs); a good file gets SQLite's default back below.
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
        conn.busy_handler(Some(write::wait_for_lock))?;
        conn.pragma_update(None, "foreign_keys", true)?;
        migrations::refuse_newer(&conn)?;
        durability(&conn)?;
        migrations::migrate_to(&mut conn, LATEST_SCHEMA_VERSION, |conn| {
            crate::files::backups::copy_before_upgrade(conn, crate::clock::now())
        })?;
        conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        Ok(Store {
            conn,
            capture: Capture::default(),
            memo: memo::Memo::default(),
        })
    }

    /// The ledger's version for a read on `today`, for [`memo::Kept`]:
    /// none inside a transaction.
    pub(crate) fn version(&self, today: chrono::NaiveDate) -> Result<Option<memo::Version>> {
        memo::Version::of(&self.conn, today)
    }

    /// Lets go of the whole-ledger reads kept until the next change, so the
    /// next reads cost what they cost after a change: for measuring them.
    pub fn forget_kept_reads(&self) {
        self.memo.forget();
    }

    /// Begins a write: the transaction (taking the write lock first, see
    /// write.rs) or, inside one, a savepoint. Every write in the core begins
    /// here, and is recorded for sync when the ledger syncs.
    pub(crate) fn write(&self) -> Result<Write<'_>> {
        write::begin_recorded(&self.conn, &self.capture)
    }

    /// Runs `work` as one transaction: every write inside it lands, or, if it
    /// fails, none does. Writes nest: each store method's own write becomes a
    /// savepoint, and only the outermost commits.
    pub fn all_or_nothing<T>(&mut self, work: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.transaction(work, true)
    }

    /// Runs `work` as one write and undoes it whatever it did: what a change
    /// would do, found with the rules the change itself would meet.
    pub fn as_if<T>(&mut self, work: impl FnOnce(&mut Store) -> Result<T>) -> Result<T> {
        self.transaction(work, false)
    }

    /// Runs `work` in one write, kept if `keep` and it succeeds. The writes
    /// inside record their changes for sync; the outermost hands them on.
    fn transaction<T>(
        &mut self,
        work: impl FnOnce(&mut Store) -> Result<T>,
        keep: bool,
    ) -> Result<T> {
        let depth = write::start(&self.conn)?;
        let outermost = depth == write::Depth::Outermost;
        if outermost {
            if let Err(error) = self.capture.begin_transaction(&self.conn) {
                write::finish(&self.conn, depth, false)?;
                return Err(error);
            }
        }
        let mut result = work(self);
        let keep = keep && result.is_ok();
        if keep && outermost {
            if let Err(error) = self.capture.before_commit(&self.conn) {
                result = Err(error);
            }
        }
        let kept = keep && result.is_ok();
        if !kept && outermost {
            self.capture.discard();
        }
        write::finish(&self.conn, depth, kept)?;
        result
    }

    /// A value that changes whenever the ledger's data may have changed: with
    /// each write through this handle, and with each commit another connection
    /// makes to the file. Lets a caller keep a reading until it goes stale.
    pub fn data_version(&self) -> Result<(u64, i64)> {
        let others: i64 = self
            .conn
            .pragma_query_value(None, "data_version", |row| row.get(0))?;
        Ok((self.conn.total_changes(), others))
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |row| row.get(0))?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_or_nothing_keeps_every_write_or_none() {
        let mut store = Store::open_in_memory().unwrap();
        let failed = store.all_or_nothing(|s| {
            s.add_person(&crate::PersonInput::named("First"))?;
            s.add_person(&crate::PersonInput::named("   "))
        });
        assert!(failed.is_err());
        assert!(
            store
                .people_summaries(crate::clock::today())
                .unwrap()
                .is_empty(),
            "the first add was undone too"
        );
        store
            .all_or_nothing(|s| {
                s.add_person(&crate::PersonInput::named("One"))?;
                s.add_person(&crate::PersonInput::named("Two"))
            })
            .unwrap();
        assert_eq!(
            store.people_summaries(crate::clock::today()).unwrap().len(),
            2
        );
    }

    #[test]
    fn the_linked_sqlite_has_no_wal_reset_bug() {
        // SQLite 3.7.0 to 3.51.2 can lose a commit when two connections write
        // and checkpoint one WAL file at the same moment (fixed in 3.51.3),
        // which is how several Balans processes share a ledger.
        let conn = Connection::open_in_memory().unwrap();
        let version: String = conn
            .query_row("SELECT sqlite_version()", [], |r| r.get(0))
            .unwrap();
        let parts: Vec<u32> = version.split('.').map(|p| p.parse().unwrap()).collect();
        assert!(
            parts.as_slice() >= [3, 51, 3].as_slice(),
            "SQLite {version} has the WAL-reset bug; 3.51.3 or later is needed"
        );
    }

    #[test]
    fn pragmas_are_set_for_durability() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(dir.path()).unwrap();
        let mode: String = store
            .conn
            .pragma_query_value(None, "journal_mode", |r| r.get(0))
            .unwrap();
        let sync: i64 = store
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap();
        let fk: bool = store
            .conn
            .pragma_query_value(None, "foreign_keys", |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal", "the database should run in WAL mode");
        assert_eq!(sync, 2, "synchronous should be FULL (2)");
        assert!(fk, "foreign keys should be enforced");
        assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
    }
}
