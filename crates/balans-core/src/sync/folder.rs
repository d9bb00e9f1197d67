//! The synced folder: each computer writes only under its own folder,
//! `balans-sync/<computer id>/`, one file per entry, numbered, written whole
//! (a temporary file, then a rename), and never changed again; so the tool
//! that syncs the folder never sees two computers write one file. A file
//! says which computer made it, its number, the schema it was made under, its
//! clock, what its maker had applied from the others, and its length and
//! checksum, so that a half-delivered or damaged file is recognised and left
//! for the next round.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::files::atomic_write::{write_file, Overwrite};
use crate::phrase;
use crate::words::Phrase;

/// The folder inside the synced folder that Balans writes under.
pub const SYNC_ROOT: &str = "balans-sync";
const MAGIC: &[u8] = b"BALANS-SYNC 1\n";
const EXTENSION: &str = "changes";
const SNAPSHOT: &str = "snapshot";

/// What a file says about the changes it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Header {
    pub device: String,
    pub number: i64,
    pub schema: i64,
    pub clock: String,
    /// How far each other computer's entries had been applied by its maker.
    pub after: BTreeMap<String, i64>,
    pub length: u64,
    pub crc32: u32,
}

/// One computer's numbered set of changes.
#[derive(Debug, Clone)]
pub(crate) struct Entry {
    pub header: Header,
    pub changes: Vec<u8>,
}

/// Where computer `device` keeps entry `number`.
pub(crate) fn entry_path(folder: &Path, device: &str, number: i64) -> PathBuf {
    folder
        .join(SYNC_ROOT)
        .join(device)
        .join(format!("{number:010}.{EXTENSION}"))
}

/// Where computer `device` keeps a snapshot made at `clock`: named so that
/// the names sort as the clocks do.
fn snapshot_path(folder: &Path, device: &str, clock: &str) -> PathBuf {
    folder
        .join(SYNC_ROOT)
        .join(device)
        .join(format!("{clock}.{SNAPSHOT}"))
}

/// Writes a snapshot whole under its computer's folder; its header's
/// `after` says how far it covers each computer, its `number` how far its
/// maker's own entries.
pub(crate) fn write_snapshot(folder: &Path, snapshot: &Entry) -> Result<()> {
    let path = snapshot_path(folder, &snapshot.header.device, &snapshot.header.clock);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    write_file(&path, &encode(snapshot), Overwrite::Allow)
}

/// Every snapshot in the folder, oldest first, by computer.
pub(crate) fn snapshots(folder: &Path) -> Vec<(String, PathBuf)> {
    let mut found: Vec<(String, PathBuf)> = device_folders(folder)
        .into_iter()
        .flat_map(|(device, path)| {
            files_in(&path)
                .into_iter()
                .filter(|(name, _)| name.ends_with(&format!(".{SNAPSHOT}")))
                .map(move |(_, file)| (device.clone(), file))
        })
        .collect();
    found.sort_by(|a, b| a.1.file_name().cmp(&b.1.file_name()));
    found
}

fn encode(entry: &Entry) -> Vec<u8> {
    let mut bytes = MAGIC.to_vec();
    bytes.extend(serde_json::to_vec(&entry.header).expect("a header serialises"));
    bytes.push(b'\n');
    bytes.extend(&entry.changes);
    bytes
}

/// Writes `entry` whole under its computer's folder. A file of the same
/// number with other contents is never replaced: that number was given
/// twice (a ledger put back, or copied to a second computer), and the round
/// must not undo what the others have applied; the answer is `false`.
pub(crate) fn write(folder: &Path, entry: &Entry) -> Result<bool> {
    let path = entry_path(folder, &entry.header.device, entry.header.number);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let bytes = encode(entry);
    match std::fs::read(&path) {
        Ok(there) if there == bytes => Ok(true),
        Ok(_) => Ok(false),
        Err(_) => write_file(&path, &bytes, Overwrite::Allow).map(|()| true),
    }
}

/// Reads a file written by [`write`], or says why it is not (yet) whole.
pub(crate) fn read(bytes: &[u8]) -> std::result::Result<Entry, Phrase> {
    let rest = bytes
        .strip_prefix(MAGIC)
        .ok_or(phrase!("sync-file-not-ours"))?;
    let end = rest
        .iter()
        .position(|b| *b == b'\n')
        .ok_or(phrase!("sync-file-header-cut"))?;
    let header: Header = serde_json::from_slice(&rest[..end])
        .map_err(|e| phrase!("sync-file-header-unreadable", detail = e.to_string()))?;
    let changes = rest[end + 1..].to_vec();
    if changes.len() as u64 != header.length {
        return Err(phrase!(
            "sync-file-short",
            has = changes.len() as u64,
            needs = header.length
        ));
    }
    if crc32fast::hash(&changes) != header.crc32 {
        return Err(phrase!("sync-file-checksum"));
    }
    Ok(Entry { header, changes })
}

/// The file in which a computer says how far it has applied each
/// computer's entries: the one file it rewrites (whole, and it alone).
const APPLIED: &str = "applied.json";

/// Says in the folder how far computer `device` has applied each
/// computer's entries, when that changed.
pub(crate) fn write_applied(
    folder: &Path,
    device: &str,
    applied: &BTreeMap<String, i64>,
) -> Result<()> {
    let path = folder.join(SYNC_ROOT).join(device).join(APPLIED);
    let bytes = serde_json::to_vec(applied).expect("numbers serialise");
    if std::fs::read(&path).ok().as_ref() == Some(&bytes) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    write_file(&path, &bytes, Overwrite::Allow)
}

/// How far computer `device` says it has applied each computer's entries.
pub(crate) fn read_applied(folder: &Path, device: &str) -> Option<BTreeMap<String, i64>> {
    let bytes = std::fs::read(folder.join(SYNC_ROOT).join(device).join(APPLIED)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// Every computer with a folder under the sync folder.
pub(crate) fn devices(folder: &Path) -> Vec<String> {
    device_folders(folder)
        .into_iter()
        .map(|(device, _)| device)
        .collect()
}

/// The header of the file at `path`, read from its start alone: a snapshot
/// can be large, and what it covers is all a round needs of it.
pub(crate) fn read_header(path: &Path) -> Option<Header> {
    use std::io::Read;
    let mut start = Vec::new();
    std::fs::File::open(path)
        .ok()?
        .take(1 << 20)
        .read_to_end(&mut start)
        .ok()?;
    let rest = start.strip_prefix(MAGIC)?;
    let end = rest.iter().position(|b| *b == b'\n')?;
    serde_json::from_slice(&rest[..end]).ok()
}

/// A file another computer wrote, found in the folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Found {
    pub device: String,
    pub number: i64,
    pub path: PathBuf,
}

/// Every entry file in the folder, by computer and number. Anything else
/// there (a sync tool's temporary files, a stray note) is passed over.
pub(crate) fn list(folder: &Path) -> Result<Vec<Found>> {
    let mut found = Vec::new();
    for (device, path) in device_folders(folder) {
        for (file_name, file) in files_in(&path) {
            let Some(number) = file_name
                .strip_suffix(&format!(".{EXTENSION}"))
                .filter(|digits| digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|digits| digits.parse().ok())
            else {
                continue;
            };
            found.push(Found {
                device: device.clone(),
                number,
                path: file,
            });
        }
    }
    found.sort_by(|a, b| (&a.device, a.number).cmp(&(&b.device, b.number)));
    Ok(found)
}

/// Each computer's folder under the sync folder, by computer id; a folder
/// not named by an id is passed over.
fn device_folders(folder: &Path) -> Vec<(String, PathBuf)> {
    let Ok(devices) = std::fs::read_dir(folder.join(SYNC_ROOT)) else {
        return Vec::new();
    };
    devices
        .flatten()
        .filter_map(|device| {
            let name = device.file_name().to_string_lossy().into_owned();
            let canonical = uuid::Uuid::try_parse(&name).map(|u| u.hyphenated().to_string());
            (canonical.as_deref() == Ok(name.as_str())).then(|| (name, device.path()))
        })
        .collect()
}

/// The files in `folder`, by name.
fn files_in(folder: &Path) -> Vec<(String, PathBuf)> {
    let Ok(files) = std::fs::read_dir(folder) else {
        return Vec::new();
    };
    files
        .flatten()
        .map(|file| (file.file_name().to_string_lossy().into_owned(), file.path()))
        .collect()
}

/// A number that changes whenever a file in the folder's sync part comes,
/// goes, grows or is rewritten: what a running app looks at between rounds.
pub fn folder_state(folder: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    for found in list(folder).unwrap_or_default() {
        found.path.hash(&mut hasher);
        if let Ok(meta) = std::fs::metadata(&found.path) {
            meta.len().hash(&mut hasher);
            meta.modified().ok().hash(&mut hasher);
        }
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(changes: &[u8]) -> Entry {
        Entry {
            header: Header {
                device: "0190a1b2-0000-7000-8000-000000000001".into(),
                number: 7,
                schema: 8,
                clock: "000000000001000.000000.x".into(),
                after: BTreeMap::from([("other".into(), 3)]),
                length: changes.len() as u64,
                crc32: crc32fast::hash(changes),
            },
            changes: changes.to_vec(),
        }
    }

    #[test]
    fn an_entry_reads_back_as_written_and_is_listed() {
        let dir = tempfile::tempdir().unwrap();
        let written = entry(b"some changes");
        assert!(write(dir.path(), &written).unwrap());
        assert!(
            write(dir.path(), &written).unwrap(),
            "the same file again is fine"
        );
        assert!(
            !write(dir.path(), &entry(b"other changes")).unwrap(),
            "a file of the same number with other contents is left alone"
        );
        std::fs::write(dir.path().join(SYNC_ROOT).join("notes.txt"), "x").unwrap();
        let found = list(dir.path()).unwrap();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].number, 7);
        let read_back = read(&std::fs::read(&found[0].path).unwrap()).unwrap();
        assert_eq!(read_back.header, written.header);
        assert_eq!(read_back.changes, written.changes);
    }

    #[test]
    fn every_cut_of_a_file_is_recognised_as_not_whole() {
        let dir = tempfile::tempdir().unwrap();
        let written = entry(&[7u8; 300]);
        write(dir.path(), &written).unwrap();
        let path = entry_path(dir.path(), &written.header.device, 7);
        let bytes = std::fs::read(path).unwrap();
        for cut in 0..bytes.len() {
            assert!(read(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut flipped = bytes.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        assert_eq!(read(&flipped).unwrap_err().key(), "sync-file-checksum");
    }
}
