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

/// Writes `entry` whole under its computer's folder. A file of the same
/// number with other contents is never replaced: that number was given
/// twice (a ledger put back, or copied to a second computer), and the round
/// must not undo what the others have applied; the answer is `false`.
pub(crate) fn write(folder: &Path, entry: &Entry) -> Result<bool> {
    let path = entry_path(folder, &entry.header.device, entry.header.number);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let mut bytes = MAGIC.to_vec();
    bytes.extend(serde_json::to_vec(&entry.header).expect("a header serialises"));
    bytes.push(b'\n');
    bytes.extend(&entry.changes);
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
    let root = folder.join(SYNC_ROOT);
    let mut found = Vec::new();
    let Ok(devices) = std::fs::read_dir(&root) else {
        return Ok(found);
    };
    for device in devices.flatten() {
        let name = device.file_name().to_string_lossy().into_owned();
        if uuid::Uuid::try_parse(&name).map(|u| u.hyphenated().to_string()) != Ok(name.clone()) {
            continue;
        }
        let Ok(files) = std::fs::read_dir(device.path()) else {
            continue;
        };
        for file in files.flatten() {
            let file_name = file.file_name().to_string_lossy().into_owned();
            let Some(number) = file_name
                .strip_suffix(&format!(".{EXTENSION}"))
                .filter(|digits| digits.len() == 10 && digits.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|digits| digits.parse().ok())
            else {
                continue;
            };
            found.push(Found {
                device: name.clone(),
                number,
                path: file.path(),
            });
        }
    }
    found.sort_by(|a, b| (&a.device, a.number).cmp(&(&b.device, b.number)));
    Ok(found)
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
