//! Telling a damaged database file from other failures. A damaged file must
//! never be written to: SQLite would "repair" nothing, and a checkpoint on
//! close could fold a stray write-ahead log into it. So the cheap signs are
//! checked before the file is opened (an empty file, a log without its
//! database), SQLite's own verdicts while opening are recognised, and a
//! connection that fails to open closes without a checkpoint.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};

use super::Store;
use crate::error::{Error, Result};

/// The write-ahead log and shared-memory files SQLite keeps beside `db`.
pub(crate) fn sidecars(db: &Path) -> [PathBuf; 2] {
    let with = |suffix: &str| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [with("-wal"), with("-shm")]
}

fn damaged(detail: impl Into<String>) -> Error {
    Error::Damaged {
        detail: detail.into(),
    }
}

/// Refuses files that are damaged before SQLite sees them. A ledger is never
/// empty on disk, since a new one takes its name only once it is whole
/// (birth.rs), so an empty file is one that lost its contents.
pub(super) fn refuse_damaged_files(db: &Path) -> Result<()> {
    match std::fs::metadata(db) {
        Ok(meta) if meta.len() == 0 => Err(damaged("the file is empty")),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => refuse_orphan_log(db),
        _ => Ok(()),
    }
}

/// Refuses a write-ahead log whose database is missing: its commits belong to
/// a file that is gone, and a new ledger must not adopt them.
pub(super) fn refuse_orphan_log(db: &Path) -> Result<()> {
    if sidecars(db)[0].exists() {
        return Err(damaged(
            "a write-ahead log was found without the database it belongs to",
        ));
    }
    Ok(())
}

/// Turns SQLite's "not a database" and "malformed" into [`Error::Damaged`].
pub(super) fn classify(error: Error) -> Error {
    match &error {
        Error::Database(rusqlite::Error::SqliteFailure(failure, message))
            if matches!(
                failure.code,
                ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt
            ) =>
        {
            damaged(message.clone().unwrap_or_else(|| failure.to_string()))
        }
        _ => error,
    }
}

/// The page cache of the background check, in KiB (SQLite's negative form).
const CHECK_CACHE_KIB: i64 = -256;

impl Store {
    /// Runs SQLite's `quick_check` over the whole file on a read-only
    /// connection of its own, so the app can check a large ledger in the
    /// background while the window works. A damaged file is
    /// [`Error::Damaged`].
    pub fn check_file(db: &Path) -> Result<()> {
        let check = || -> Result<()> {
            let conn = Connection::open_with_flags(db, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
            // The check reads each page about once: a page cache would only
            // hold memory while the window works beside it.
            conn.pragma_update(None, "cache_size", CHECK_CACHE_KIB)?;
            let verdict: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
            if verdict == "ok" {
                Ok(())
            } else {
                Err(damaged(verdict))
            }
        };
        check().map_err(classify)
    }

    /// Closes the ledger without the checkpoint SQLite makes on close, so a
    /// file found damaged is left exactly as it was.
    pub fn close_untouched(self) {
        let _ = self.conn.set_db_config(
            rusqlite::config::DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE,
            true,
        );
    }
}
