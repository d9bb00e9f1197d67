//! The open ledger's own backups: a copy now or once a day, the list of its
//! copies, and putting one back in its place. How a copy is made, named,
//! checked and thinned out is `crate::backups`, which works on connections
//! and files; here the store uses it on its own file and brings a restored
//! copy up to its schema.

use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDateTime;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};

use super::{migrations, Store};
use crate::error::{Error, Result};
use crate::files::backups::{self, BackupFile, Reason};
use crate::phrase;

impl Store {
    fn db_path(&self) -> Option<PathBuf> {
        backups::file_of(&self.conn)
    }

    /// Makes a checked copy now, then thins out old ones. An in-memory ledger
    /// has nowhere to keep copies and makes none.
    pub fn backup_now(&self, reason: Reason, now: NaiveDateTime) -> Result<Option<String>> {
        let Some(path) = self.db_path() else {
            return Ok(None);
        };
        let name = backups::make(&self.conn, &path, reason, now)?;
        backups::thin_out(&path)?;
        Ok(Some(name))
    }

    /// Makes `change` after a copy of the ledger as it was, kept only if the
    /// change is made: a refused change leaves the data folder as it found
    /// it, old copies included. For changes a user may want to take back
    /// whole, such as an import.
    pub(crate) fn with_copy_before<T>(
        &mut self,
        reason: Reason,
        now: NaiveDateTime,
        change: impl FnOnce(&mut Store) -> Result<T>,
    ) -> Result<T> {
        let Some(path) = self.db_path() else {
            return change(self);
        };
        let name = backups::make(&self.conn, &path, reason, now)?;
        match change(self) {
            Ok(done) => {
                // The change is made: a copy too many left by a failed
                // thinning is thinned with the next copy, not worth an error.
                let _ = backups::thin_out(&path);
                Ok(done)
            }
            Err(refused) => {
                let _ = std::fs::remove_file(backups::folder_of(&path).join(name));
                Err(refused)
            }
        }
    }

    /// The daily copy, if none was made on `now`'s day yet.
    pub fn daily_backup(&self, now: NaiveDateTime) -> Result<Option<String>> {
        let today = now.format("balans-%Y%m%d-").to_string();
        if self.backups()?.iter().any(|b| b.name.starts_with(&today)) {
            return Ok(None);
        }
        self.backup_now(Reason::Daily, now)
    }

    /// The copies kept for this ledger, newest first.
    pub fn backups(&self) -> Result<Vec<BackupFile>> {
        match self.db_path() {
            Some(path) => backups::list_in(&backups::folder_of(&path)),
            None => Ok(Vec::new()),
        }
    }

    /// Replaces the ledger with the copy `name`, after copying the current
    /// ledger first so the restore can itself be undone. The copy is checked
    /// before anything changes, and brought up to this Balans's schema after.
    pub fn restore_backup(&mut self, name: &str, now: NaiveDateTime) -> Result<String> {
        let known = self.backups()?.into_iter().any(|b| b.name == name);
        let path = self.db_path();
        let (Some(path), true) = (path, known) else {
            return Err(Error::invalid(
                "name",
                phrase!("error-no-backup", name = name),
            ));
        };
        let source_path = backups::folder_of(&path).join(name);
        let source = Connection::open_with_flags(&source_path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let verdict: String = source.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        if verdict != "ok" {
            return Err(Error::invalid(
                "name",
                phrase!(
                    "error-backup-damaged",
                    name = name,
                    detail = verdict.to_string()
                ),
            ));
        }
        migrations::refuse_newer(&source)?;
        let undo = backups::make(&self.conn, &path, Reason::BeforeRestore, now)?;
        Backup::new(&source, &mut self.conn)?.run_to_completion(256, Duration::ZERO, None)?;
        // Copied page by page, the ledger changed under no statement, so
        // neither of the versions the kept answers are keyed on moved.
        self.memo.forget();
        migrations::migrate(&mut self.conn)?;
        backups::thin_out(&path)?;
        Ok(undo)
    }
}
