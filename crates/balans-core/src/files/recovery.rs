//! What happens to a damaged ledger: it is never repaired in place, written
//! to or deleted. Its files (the database and SQLite's log beside it) are
//! moved aside, bytes intact, into `damaged/` in the data folder, and the
//! newest backup that passes SQLite's check is offered in its place. The user
//! chooses: restore that backup, or start with an empty ledger.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDateTime;
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::files::backups::{self, BackupFile};
use crate::phrase;
use crate::store::{sidecars, Store, DATABASE_FILE};

/// The folder, beside the database, that damaged files are moved into.
pub const DAMAGED_FOLDER: &str = "damaged";

/// What the user is told and offered after a damaged ledger was moved aside.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recovery {
    /// The folder the damaged files now live in.
    pub moved_to: String,
    /// The newest backup that passes SQLite's check, if there is one.
    pub backup: Option<BackupFile>,
}

/// Moves the database in `data_dir` and its log files into a new folder
/// under `damaged/`, renamed, never copied, so not a byte changes; then says
/// what can take its place.
pub fn move_aside(data_dir: &Path, now: NaiveDateTime) -> Result<Recovery> {
    let db = data_dir.join(DATABASE_FILE);
    let stamp = now.format("%Y%m%d-%H%M%S").to_string();
    let mut folder = data_dir.join(DAMAGED_FOLDER).join(&stamp);
    let mut n = 1;
    while folder.exists() {
        n += 1;
        folder = data_dir.join(DAMAGED_FOLDER).join(format!("{stamp}-{n}"));
    }
    crate::files::owner_only::create_dir_all(&folder)?;
    let [wal, shm] = sidecars(&db);
    for file in [db, wal, shm] {
        if file.exists() {
            let name = file.file_name().expect("a file name");
            std::fs::rename(&file, folder.join(name))?;
        }
    }
    Ok(Recovery {
        moved_to: folder.display().to_string(),
        backup: newest_good_backup(data_dir)?,
    })
}

/// The newest copy in the backups folder that passes `quick_check` and
/// that this Balans can read.
pub fn newest_good_backup(data_dir: &Path) -> Result<Option<BackupFile>> {
    let folder = data_dir.join(backups::BACKUP_FOLDER);
    Ok(backups::list_in(&folder)?
        .into_iter()
        .find(|backup| readable(&folder.join(&backup.name))))
}

fn readable(path: &Path) -> bool {
    Store::check_file(path).is_ok()
        && Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
            .is_ok_and(|conn| crate::store::refuse_newer_than_this(&conn).is_ok())
}

/// Puts the backup `name` where the moved-aside database was. Refused while a
/// database is there, so nothing is ever overwritten.
pub fn restore_in_place(data_dir: &Path, name: &str) -> Result<()> {
    let db = data_dir.join(DATABASE_FILE);
    if db.exists() || sidecars(&db)[0].exists() {
        return Err(Error::invalid("name", phrase!("error-data-file-in-place")));
    }
    let source_path = data_dir.join(backups::BACKUP_FOLDER).join(name);
    let known = backups::list_in(&data_dir.join(backups::BACKUP_FOLDER))?
        .iter()
        .any(|b| b.name == name);
    if !known || !readable(&source_path) {
        return Err(Error::invalid(
            "name",
            phrase!("error-no-good-backup", name = name),
        ));
    }
    let partial: PathBuf = data_dir.join(format!("{DATABASE_FILE}.restoring"));
    let copied = (|| -> Result<()> {
        let source = Connection::open_with_flags(&source_path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        let mut target = Connection::open(&partial)?;
        Backup::new(&source, &mut target)?.run_to_completion(256, Duration::ZERO, None)?;
        Ok(())
    })();
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&partial);
        return Err(e);
    }
    std::fs::rename(&partial, &db)?;
    Ok(())
}
