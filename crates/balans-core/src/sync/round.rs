//! Setting sync up and one round of it: this computer's new entries go into
//! the folder, and every entry of the others that can be applied is.
//!
//! An entry is applied only after everything its maker had applied when it
//! made it (the entry's `after`), and each computer's entries in their
//! numbered order; among the entries ready at once, the one with the
//! earliest clock goes first. So a change never arrives before what it builds
//! on (an exchange before its person), whatever order the sync tool delivers
//! files in, late, twice or out of order. Each entry is applied in its own
//! transaction with the note of how far its computer has been applied: a
//! process killed during an apply leaves the ledger as it was before that
//! entry, and the next round applies it again.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OptionalExtension};
use serde::Serialize;

use super::changes::{self, SYNCED_TABLES};
use super::folder::{self, Entry, Found, Header};
use super::{apply, capture, clock, snapshot, whole};
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::{write, Store, LATEST_SCHEMA_VERSION};
use crate::words::Phrase;

/// What one round did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct SyncRound {
    /// Entries of this computer written to the folder.
    pub written: usize,
    /// Entries of other computers applied here.
    pub applied: usize,
    /// Rows both this and another computer had changed, merged column by column.
    pub merged: usize,
    /// Changes another computer made that this ledger's rules refused.
    pub skipped: usize,
    /// Files that wait: not whole yet, made by a newer Balans, or waiting
    /// for another file first.
    pub waiting: Vec<WaitingFile>,
}

/// A file in the folder that a round left for later, and why.
#[derive(Debug, Clone, Serialize)]
pub struct WaitingFile {
    pub file: String,
    /// Why, when it is something other than waiting its turn.
    pub reason: Option<Phrase>,
}

/// Whether this ledger syncs, through which folder, and with whom.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncStatus {
    /// This computer's id in the folder.
    pub device: String,
    pub folder: String,
    pub joined_at: String,
    /// This computer's entries not yet written to the folder.
    pub unwritten: usize,
    /// Every other computer whose entries were applied here.
    pub devices: Vec<DeviceSeen>,
}

/// Another computer, as this one knows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DeviceSeen {
    pub device: String,
    /// How many of its entries were applied here.
    pub applied: i64,
    /// When the last of them was applied.
    pub last_applied_at: String,
}

struct Device {
    id: String,
    folder: PathBuf,
}

impl Store {
    /// Starts syncing this ledger through `folder`, or joins the computers
    /// already syncing there: this computer gets an id, everything in the
    /// ledger becomes its first entry (so the others gain what only it had),
    /// and a first round runs. Setting up the folder it already syncs
    /// through is a round.
    pub fn sync_setup(&mut self, folder: &Path, data_folder: &Path) -> Result<SyncRound> {
        let folder = existing_folder(folder)?;
        if let Ok(data) = data_folder.canonicalize() {
            if folder.starts_with(&data) || data.starts_with(&folder) {
                return Err(Error::invalid(
                    "folder",
                    phrase!(
                        "error-sync-inside-data",
                        folder = data.display().to_string()
                    ),
                ));
            }
        }
        match self.device()? {
            Some(device) if device.folder == folder => return self.sync_round(),
            Some(device) => {
                return Err(Error::invalid(
                    "folder",
                    phrase!(
                        "error-sync-other-folder",
                        folder = device.folder.display().to_string()
                    ),
                ))
            }
            None => {}
        }
        join(&self.conn, &folder)?;
        self.sync_round()
    }

    /// One round: writes this computer's new entries to the folder and
    /// applies every entry of the others that can be applied now.
    ///
    /// A ledger whose record of its own entries is behind the folder's was
    /// put back (a backup restored, a copy from before): writing on from its
    /// record would give new changes the numbers of old ones, which the
    /// others have applied already. It joins again as a new computer, so
    /// what it holds is added to what the others have, and nothing of theirs
    /// is undone.
    pub fn sync_round(&mut self) -> Result<SyncRound> {
        let mut device = self.device()?.ok_or_else(not_set_up)?;
        existing_folder(&device.folder)?;
        if went_back(&self.conn, &device)? {
            device = self.join_again(&device.folder)?;
        }
        let written = match write_outbox(&self.conn, &device)? {
            Some(written) => written,
            None => {
                device = self.join_again(&device.folder)?;
                write_outbox(&self.conn, &device)?.unwrap_or(0)
            }
        };
        let mut round = SyncRound {
            written,
            ..SyncRound::default()
        };
        apply_ready(&self.conn, &device, &mut round)?;
        let applied: BTreeMap<String, i64> = applied_so_far(&self.conn)?.into_iter().collect();
        folder::write_applied(&device.folder, &device.id, &applied)?;
        let all_written = self
            .sync_status()?
            .is_some_and(|status| status.unwritten == 0);
        if all_written && snapshot::due(&device.folder)? {
            snapshot::write_snapshot(&self.conn, &device.id, &device.folder)?;
        }
        snapshot::prune(&device.id, &device.folder)?;
        Ok(round)
    }

    /// Leaves and joins `folder` again as a new computer, for a ledger whose
    /// numbers clash with what the folder holds of it.
    fn join_again(&mut self, folder: &Path) -> Result<Device> {
        self.sync_leave()?;
        join(&self.conn, folder)?;
        self.device()?.ok_or_else(not_set_up)
    }

    /// Stops syncing on this computer: the ledger stays as it is, and the
    /// folder keeps the files this computer wrote, which the others have or
    /// will apply. Setting up again joins as a new computer.
    pub fn sync_leave(&mut self) -> Result<()> {
        let write = write::begin(&self.conn)?;
        write.execute_batch(
            "DELETE FROM sync_applied
               WHERE device_id IN (SELECT device_id FROM sync_device);
             DELETE FROM sync_outbox;
             DELETE FROM sync_device;",
        )?;
        write.commit()
    }

    /// Whether this ledger syncs, and with whom; `None` when it does not.
    pub fn sync_status(&self) -> Result<Option<SyncStatus>> {
        let row = self
            .conn
            .query_row(
                "SELECT device_id, folder, joined_at FROM sync_device",
                [],
                |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?;
        let Some((device, folder, joined_at)) = row else {
            return Ok(None);
        };
        let unwritten: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0))?;
        let mut stmt = self.conn.prepare(
            "SELECT device_id, number, seen_at FROM sync_applied WHERE device_id <> ?1
             ORDER BY device_id",
        )?;
        let devices = stmt
            .query_map([&device], |r| {
                Ok(DeviceSeen {
                    device: r.get(0)?,
                    applied: r.get(1)?,
                    last_applied_at: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(SyncStatus {
            device,
            folder,
            joined_at,
            unwritten: usize::try_from(unwritten).unwrap_or(0),
            devices,
        }))
    }

    fn device(&self) -> Result<Option<Device>> {
        Ok(self
            .conn
            .query_row("SELECT device_id, folder FROM sync_device", [], |r| {
                Ok(Device {
                    id: r.get(0)?,
                    folder: PathBuf::from(r.get::<_, String>(1)?),
                })
            })
            .optional()?)
    }
}

/// Whether the folder holds entries of this computer beyond those its
/// ledger remembers writing (the last number it gave, less those still
/// waiting in its outbox).
fn went_back(conn: &Connection, device: &Device) -> Result<bool> {
    let written: i64 = conn.query_row(
        "SELECT coalesce((SELECT min(number) - 1 FROM sync_outbox),
                         (SELECT number FROM sync_applied WHERE device_id = ?1), 0)",
        [&device.id],
        |r| r.get(0),
    )?;
    let in_folder = folder::list(&device.folder)?
        .into_iter()
        .filter(|found| found.device == device.id)
        .map(|found| found.number)
        .max()
        .unwrap_or(0);
    Ok(in_folder > written)
}

fn not_set_up() -> Error {
    Error::invalid("sync", phrase!("error-sync-not-set-up"))
}

fn existing_folder(folder: &Path) -> Result<PathBuf> {
    folder
        .canonicalize()
        .ok()
        .filter(|path| path.is_dir())
        .ok_or_else(|| {
            Error::invalid(
                "folder",
                phrase!(
                    "error-sync-folder-missing",
                    folder = folder.display().to_string()
                ),
            )
        })
}

/// Gives this computer an id and makes everything already in the ledger its
/// first entry: the difference between an empty copy of each synced table
/// and the ledger's, which is every row, with the clocks it is stamped with.
fn join(conn: &Connection, folder: &Path) -> Result<()> {
    whole::with_empty_tables(conn, || first_entry(conn, folder))
}

fn first_entry(conn: &Connection, folder: &Path) -> Result<()> {
    let write = write::begin(conn)?;
    let device = uuid::Uuid::now_v7().to_string();
    let stamp = clock::tick(clock::NEVER, &device, clock::now_ms());
    write.execute(
        "INSERT INTO sync_device (only, device_id, folder, clock, joined_at) VALUES (1, ?1, ?2, ?3, ?4)",
        rusqlite::params![device, folder.display().to_string(), stamp, crate::clock::timestamp()],
    )?;
    // The rows are stamped before they are taken, so the first entry carries
    // the clocks every computer that applies it will hold.
    stamp_as_found(&write, &device)?;
    let everything = whole::everything(&write)?;
    if !everything.is_empty() {
        capture::append_to_outbox(&write, &everything)?;
    }
    write.commit()
}

/// When each row of a ledger that did not sync yet was last written, in
/// milliseconds, as far as it knows: people, organisations and exchanges say
/// so themselves, an affiliation or an address when it was made; a kind as Balans ships it
/// was never written, so a change made to it on any computer wins; other
/// kinds and settings count from now. Two computers that start from copies
/// of one ledger thus keep, for each row, the copy edited last, and a new
/// computer's built-in kinds never undo the values another computer set.
fn written_at(table: &str, now_ms: i64) -> String {
    match table {
        "person" | "organisation" | "exchange" => "unixepoch(updated_at) * 1000".to_owned(),
        "affiliation" | "person_channel" => "unixepoch(created_at) * 1000".to_owned(),
        "kind" => format!(
            "CASE WHEN (name, value, position) IN
                 (SELECT name, value, position FROM temp.sync_shipped_kind)
             THEN 0 ELSE {now_ms} END"
        ),
        _ => now_ms.to_string(),
    }
}

/// Stamps every row not stamped yet with when it was last written
/// ([`written_at`]), as a reading of this computer's clock.
fn stamp_as_found(conn: &Connection, device: &str) -> Result<()> {
    let shipped = Store::open_in_memory()?;
    let kinds: Vec<(String, f64, i64)> = shipped
        .conn
        .prepare("SELECT name, value, position FROM kind")?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    conn.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS sync_shipped_kind (name, value, position);
         DELETE FROM temp.sync_shipped_kind;",
    )?;
    for kind in &kinds {
        conn.execute(
            "INSERT INTO temp.sync_shipped_kind VALUES (?1, ?2, ?3)",
            rusqlite::params![kind.0, kind.1, kind.2],
        )?;
    }
    let now = clock::now_ms();
    let shapes = changes::shapes(conn)?;
    for table in SYNCED_TABLES {
        if shapes[*table].columns.iter().any(|c| c == changes::CLOCKS) {
            conn.execute(
                &format!(
                    "UPDATE \"{table}\" SET clocks = json_object('*',
                         printf('%015d.000000.%s', coalesce({}, 0), ?1))
                     WHERE clocks = '{{}}'",
                    written_at(table, now)
                ),
                [device],
            )?;
        }
    }
    conn.execute_batch("DROP TABLE temp.sync_shipped_kind")?;
    Ok(())
}

/// Writes every entry in the outbox to the folder, then forgets them: a
/// process stopped in between writes the same files again next time. `None`
/// when the folder holds another file under one of their numbers.
fn write_outbox(conn: &Connection, device: &Device) -> Result<Option<usize>> {
    let mut stmt =
        conn.prepare("SELECT number, clock, after, changes FROM sync_outbox ORDER BY number")?;
    let rows: Vec<(i64, String, String, Vec<u8>)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
        .collect::<rusqlite::Result<_>>()?;
    for (number, clock, after, changes) in &rows {
        let entry = Entry {
            header: Header {
                device: device.id.clone(),
                number: *number,
                schema: LATEST_SCHEMA_VERSION,
                clock: clock.clone(),
                after: serde_json::from_str(after).unwrap_or_default(),
                length: changes.len() as u64,
                crc32: crc32fast::hash(changes),
            },
            changes: changes.clone(),
        };
        if !folder::write(&device.folder, &entry)? {
            return Ok(None);
        }
    }
    if let Some((last, ..)) = rows.last() {
        let write = write::begin(conn)?;
        write.execute("DELETE FROM sync_outbox WHERE number <= ?1", [last])?;
        write.commit()?;
    }
    Ok(Some(rows.len()))
}

/// Applies, one by one, every entry that is ready; what is left waits.
fn apply_ready(conn: &Connection, device: &Device, round: &mut SyncRound) -> Result<()> {
    let mut applied = applied_so_far(conn)?;
    match snapshot::start_from(conn, &device.id, &device.folder, &mut applied) {
        Ok(started) => round.applied += usize::from(started),
        Err((file, reason)) => {
            round.waiting.push(WaitingFile {
                file,
                reason: Some(reason),
            });
            return Ok(());
        }
    }
    let mut pending: BTreeMap<(String, i64), Found> = BTreeMap::new();
    for found in folder::list(&device.folder)? {
        let done = applied.get(&found.device).copied().unwrap_or(0);
        if found.device != device.id && found.number > done {
            pending.insert((found.device.clone(), found.number), found);
        }
    }
    let mut unreadable: HashMap<(String, i64), Phrase> = HashMap::new();
    loop {
        let mut ready: Vec<Entry> = Vec::new();
        for ((maker, number), found) in &pending {
            let next = applied.get(maker).copied().unwrap_or(0) + 1;
            if *number != next || unreadable.contains_key(&(maker.clone(), *number)) {
                continue;
            }
            match read_entry(found) {
                Ok(entry) if is_ready(&entry.header, &applied, &device.id) => ready.push(entry),
                Ok(_) => {}
                Err(why) => {
                    unreadable.insert((maker.clone(), *number), why);
                }
            }
        }
        let Some(first) = ready.into_iter().min_by(|a, b| {
            (&a.header.clock, &a.header.device).cmp(&(&b.header.clock, &b.header.device))
        }) else {
            break;
        };
        let key = (first.header.device.clone(), first.header.number);
        match apply_entry(conn, &first) {
            Ok(done) => {
                round.applied += 1;
                round.merged += done.merged;
                round.skipped += done.skipped;
                applied.insert(key.0.clone(), key.1);
                pending.remove(&key);
            }
            // Waiting may end these; the round stops and the next tries again.
            Err(error @ (Error::Busy { .. } | Error::DiskFull { .. })) => return Err(error),
            // A file SQLite cannot apply waits with the reason, and holds up
            // only what comes after it.
            Err(error) => {
                let why = phrase!("sync-file-cannot-apply", detail = error.to_string());
                unreadable.insert(key, why);
            }
        }
    }
    round.waiting = pending
        .into_iter()
        .map(|(key, found)| WaitingFile {
            file: found.path.display().to_string(),
            reason: unreadable.get(&key).cloned(),
        })
        .collect();
    Ok(())
}

fn read_entry(found: &Found) -> std::result::Result<Entry, Phrase> {
    let bytes = std::fs::read(&found.path)
        .map_err(|e| phrase!("sync-file-header-unreadable", detail = e.to_string()))?;
    let entry = folder::read(&bytes)?;
    if entry.header.schema > LATEST_SCHEMA_VERSION {
        return Err(phrase!(
            "sync-file-newer",
            found = entry.header.schema,
            supported = LATEST_SCHEMA_VERSION
        ));
    }
    if entry.header.device != found.device || entry.header.number != found.number {
        return Err(phrase!("sync-file-not-ours"));
    }
    Ok(entry)
}

/// Whether everything the entry's maker had applied is applied here too.
fn is_ready(header: &Header, applied: &HashMap<String, i64>, me: &str) -> bool {
    header.after.iter().all(|(device, number)| {
        device == me || applied.get(device).copied().unwrap_or(0) >= *number
    })
}

fn applied_so_far(conn: &Connection) -> Result<HashMap<String, i64>> {
    let mut stmt = conn.prepare("SELECT device_id, number FROM sync_applied")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Applies one entry and notes it as applied, in one transaction.
fn apply_entry(conn: &Connection, entry: &Entry) -> Result<apply::Applied> {
    let write = write::begin(conn)?;
    let done = apply::apply(&write, &entry.changes, &entry.header.clock)?;
    capture::note_applied(&write, &entry.header.device, entry.header.number)?;
    capture::observe_reading(&write, &entry.header.clock)?;
    write.commit()?;
    Ok(done)
}
