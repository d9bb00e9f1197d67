//! Automatic and manual copies of the database, so nothing a user entered is
//! ever lost: at most once a day at start, before every migration, import and
//! restore, and whenever the user asks. Each copy is made with SQLite's online
//! backup API (consistent even while the app writes), checked with
//! `PRAGMA integrity_check`, and kept in `backups/` beside the database.
//! Old copies are thinned out: the 10 newest stay, and beyond those the
//! newest of each of the last 7 days with a copy, and of 4 weeks before them.
//!
//! A file is named `balans-YYYYMMDD-HHMMSS-REASON.sqlite3` (UTC), so the
//! folder sorts by age and tells why each copy was made.
//!
//! Copies are made of connections and kept as files. This module does not
//! know the store: the store calls it, for its own file (`store/copies.rs`)
//! and before an upgrade, and nothing here calls back.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{Datelike, NaiveDateTime};
use rusqlite::backup::Backup;
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::files::durable_rename::{place, Placed};
use crate::phrase;

/// The folder, beside the database, that holds the copies.
pub const BACKUP_FOLDER: &str = "backups";
const KEEP_NEWEST: usize = 10;
const KEEP_DAYS: usize = 7;
const KEEP_WEEKS: usize = 4;
const STAMP: &str = "%Y%m%d-%H%M%S";

/// Why a copy was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    Daily,
    Manual,
    Migration,
    Import,
    BeforeRestore,
}

impl Reason {
    fn as_str(self) -> &'static str {
        match self {
            Reason::Daily => "daily",
            Reason::Manual => "manual",
            Reason::Migration => "migration",
            Reason::Import => "import",
            Reason::BeforeRestore => "before-restore",
        }
    }
}

/// One copy in the backups folder.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BackupFile {
    pub name: String,
    /// When it was made, `YYYY-MM-DDTHH:MM:SSZ`.
    pub made_at: String,
    pub reason: String,
    pub bytes: u64,
}

fn parse_name(name: &str) -> Option<(NaiveDateTime, String)> {
    let rest = name.strip_prefix("balans-")?.strip_suffix(".sqlite3")?;
    let stamp = rest.get(..15)?;
    let reason = rest.get(16..)?;
    let made = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?;
    Some((made, reason.to_owned()))
}

/// Copies the database behind `source` to `target` and checks the copy.
fn copy_checked(source: &Connection, target: &Path) -> std::result::Result<(), String> {
    let mut destination = Connection::open(target).map_err(|e| e.to_string())?;
    Backup::new(source, &mut destination)
        .and_then(|backup| backup.run_to_completion(256, Duration::ZERO, None))
        .map_err(|e| e.to_string())?;
    let verdict: String = destination
        .query_row("PRAGMA integrity_check", [], |row| row.get(0))
        .map_err(|e| e.to_string())?;
    if verdict == "ok" {
        Ok(())
    } else {
        Err(format!("the copy fails its integrity check: {verdict}"))
    }
}

/// Makes a checked copy of the database `source` (open on the file `db_path`)
/// in the backups folder beside it; returns the copy's file name. The copy is
/// made and checked under a temporary name and named only once it is whole,
/// so a copy in the list is never one that was cut off half-way.
pub(crate) fn make(
    source: &Connection,
    db_path: &Path,
    reason: Reason,
    now: NaiveDateTime,
) -> Result<String> {
    let folder = folder_of(db_path);
    crate::files::owner_only::create_dir_all(&folder)?;
    // A temporary file is 0600: the copy is never readable by others.
    let mut copy = tempfile::Builder::new()
        .prefix(".balans-copy-")
        .suffix(".sqlite3")
        .tempfile_in(&folder)?
        .into_temp_path();
    copy_checked(source, &copy).map_err(|why| {
        Error::invalid(
            "backup",
            phrase!(
                "error-backup-failed",
                folder = folder.display().to_string(),
                detail = why.to_string()
            ),
        )
    })?;
    let stamp = now.format(STAMP);
    let mut name = format!("balans-{stamp}-{}.sqlite3", reason.as_str());
    let mut n = 1;
    loop {
        match place(copy, &folder.join(&name), false)? {
            Placed::Done => return Ok(name),
            Placed::NameTaken(again) => copy = again,
        }
        n += 1;
        name = format!("balans-{stamp}-{}-{n}.sqlite3", reason.as_str());
    }
}

/// The file behind a connection; none for an in-memory database.
pub(crate) fn file_of(conn: &Connection) -> Option<PathBuf> {
    conn.path().filter(|p| !p.is_empty()).map(PathBuf::from)
}

/// The copy made before an upgrade of the database behind `conn`, which holds
/// the write lock: one per upgrade, however often it is tried. No Balans
/// writes to a ledger that still needs upgrading, so when the newest copy is
/// an upgrade copy of this very schema version, it is a copy of this very
/// data (made by an earlier try that was killed), and no second is made.
pub(crate) fn copy_before_upgrade(conn: &Connection, now: NaiveDateTime) -> Result<()> {
    let Some(path) = file_of(conn) else {
        return Ok(());
    };
    let folder = folder_of(&path);
    let version: i64 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    let newest = list_in(&folder)?.into_iter().next();
    let copied_already = newest.is_some_and(|copy| {
        copy.reason == Reason::Migration.as_str()
            && schema_version_of(&folder.join(&copy.name)) == Some(version)
    });
    if !copied_already {
        // The copy reads through a connection of its own: SQLite's backup
        // cannot read through one that holds the write lock, and in WAL mode
        // a reader sees the last commit while the upgrade waits.
        let reader = Connection::open_with_flags(&path, OpenFlags::SQLITE_OPEN_READ_ONLY)?;
        make(&reader, &path, Reason::Migration, now)?;
    }
    Ok(())
}

/// The schema version a copy was made at, read from its header (SQLite keeps
/// `user_version` as a big-endian integer at byte 60).
fn schema_version_of(copy: &Path) -> Option<i64> {
    use std::io::Read;
    let mut header = [0u8; 64];
    std::fs::File::open(copy)
        .ok()?
        .read_exact(&mut header)
        .ok()?;
    let bytes: [u8; 4] = header[60..64].try_into().ok()?;
    Some(i64::from(i32::from_be_bytes(bytes)))
}

pub(crate) fn folder_of(db_path: &Path) -> PathBuf {
    db_path
        .parent()
        .unwrap_or(Path::new("."))
        .join(BACKUP_FOLDER)
}

/// Every copy in the folder, newest first.
pub fn list_in(folder: &Path) -> Result<Vec<BackupFile>> {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return Ok(Vec::new());
    };
    let mut found = Vec::new();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if let Some((made, reason)) = parse_name(&name) {
            found.push(BackupFile {
                made_at: made.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                name,
                reason,
                bytes: entry.metadata()?.len(),
            });
        }
    }
    found.sort_by(|a, b| b.name.cmp(&a.name));
    Ok(found)
}

/// The names to keep: the [`KEEP_NEWEST`] newest, the newest copy of each of
/// the last [`KEEP_DAYS`] days that have one, and the newest of each of
/// [`KEEP_WEEKS`] older weeks. `newest_first` must be sorted newest first.
pub fn to_keep(newest_first: &[String]) -> BTreeSet<String> {
    let mut keep: BTreeSet<String> = newest_first.iter().take(KEEP_NEWEST).cloned().collect();
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    for name in newest_first {
        let Some((made, _)) = parse_name(name) else {
            continue;
        };
        let day = made.date();
        if days.len() < KEEP_DAYS {
            if !days.contains(&day) {
                days.push(day);
                keep.insert(name.clone());
            }
            continue;
        }
        if days.contains(&day) {
            continue;
        }
        let week = (day.iso_week().year(), day.iso_week().week());
        if weeks.len() < KEEP_WEEKS && !weeks.contains(&week) {
            weeks.push(week);
            keep.insert(name.clone());
        }
    }
    keep
}

/// Deletes the copies beside the database `db_path` that [`to_keep`] lets go.
pub(crate) fn thin_out(db_path: &Path) -> Result<()> {
    let folder = folder_of(db_path);
    let names: Vec<String> = list_in(&folder)?.into_iter().map(|b| b.name).collect();
    let keep = to_keep(&names);
    for name in names.iter().filter(|n| !keep.contains(*n)) {
        std::fs::remove_file(folder.join(name))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(stamps: &[&str]) -> Vec<String> {
        let mut all: Vec<String> = stamps
            .iter()
            .map(|s| format!("balans-{s}-daily.sqlite3"))
            .collect();
        all.sort_by(|a, b| b.cmp(a));
        all
    }

    #[test]
    fn seven_days_and_four_weeks_are_kept() {
        // Two copies a day for 60 days in 2026, from 1 January.
        let mut stamps = Vec::new();
        for day in 0..60 {
            let date =
                chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + chrono::Days::new(day);
            stamps.push(format!("{}-080000", date.format("%Y%m%d")));
            stamps.push(format!("{}-200000", date.format("%Y%m%d")));
        }
        let all = names(&stamps.iter().map(String::as_str).collect::<Vec<_>>());
        let keep = to_keep(&all);
        assert!(
            all[..KEEP_NEWEST].iter().all(|n| keep.contains(n)),
            "the ten newest stay"
        );
        assert_eq!(
            keep.len(),
            KEEP_NEWEST + 2 + KEEP_WEEKS,
            "then one a day for two more days, and one a week for four weeks"
        );
        assert!(
            !keep.contains("balans-20260224-080000-daily.sqlite3"),
            "one a day beyond the newest ten"
        );
        assert!(
            keep.contains("balans-20260223-200000-daily.sqlite3"),
            "the seventh day"
        );
        assert!(
            !keep.contains("balans-20260101-200000-daily.sqlite3"),
            "two months old goes"
        );
    }

    #[test]
    fn names_are_read_back() {
        let (made, reason) = parse_name("balans-20261123-071800-before-restore.sqlite3").unwrap();
        assert_eq!(
            made.format("%Y-%m-%d %H:%M").to_string(),
            "2026-11-23 07:18"
        );
        assert_eq!(reason, "before-restore");
        assert!(parse_name("notes.txt").is_none());
    }
}
