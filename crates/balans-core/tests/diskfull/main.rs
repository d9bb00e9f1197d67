//! Disk full, for real: a small tmpfs this test mounts itself. The ledger on
//! it is written until the disk is full; the write that does not fit must fail
//! with a clear error and leave everything before it intact. An export to a
//! full disk must fail the same way and leave no file, not even a partial one.
//!
//! Mounting needs root (as in CI). Without it the suite says it was skipped,
//! and counts nothing as passed.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use balans_core::files::atomic_write::Overwrite;
use balans_core::{Direction, ExchangeInput, PersonInput, Store};

/// A tmpfs of a few MiB, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount(size: &str) -> Result<SmallDisk, String> {
        let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .stderr(std::process::Stdio::piped())
            .output()
            .map_err(|e| e.to_string())?;
        if !status.status.success() {
            return Err(String::from_utf8_lossy(&status.stderr).trim().to_owned());
        }
        Ok(SmallDisk { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk until only `leave` bytes (about) are free.
    fn fill_leaving(&self, leave: u64) -> PathBuf {
        let filler = self.path().join("filler");
        let free = fs_free(self.path());
        std::fs::write(&filler, vec![0u8; free.saturating_sub(leave) as usize])
            .expect("the filler fits");
        filler
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.dir.path()).status();
    }
}

fn fs_free(path: &Path) -> u64 {
    let out = Command::new("df")
        .args(["--output=avail", "-B1"])
        .arg(path)
        .output()
        .expect("df");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .nth(1)
        .and_then(|l| l.trim().parse().ok())
        .expect("df prints the free bytes")
}

fn exchange(person: &str, n: usize) -> ExchangeInput {
    let mut input = ExchangeInput::new(person, "2026-11-01", Direction::Gave, "advice");
    input.note = format!("{n} {}", "a long note that takes room ".repeat(60));
    input
}

/// Writes until the disk is full; the failed write changes nothing.
fn database_on_a_full_disk(disk: &SmallDisk) -> Result<String, String> {
    let dir = disk.path().join("ledger");
    let mut store = Store::open_in_dir(&dir).map_err(|e| e.to_string())?;
    let person = store
        .add_person(&PersonInput::named("Anna"))
        .map_err(|e| e.to_string())?
        .id;
    disk.fill_leaving(512 * 1024);
    let mut written = Vec::new();
    let refusal = loop {
        match store.record_exchange(&exchange(&person, written.len())) {
            Ok(exchange) => written.push(exchange.id),
            Err(error) => break error,
        }
        if written.len() > 100_000 {
            return Err("the disk never filled up".into());
        }
    };
    if refusal.code() != "disk_full" {
        return Err(format!(
            "expected disk_full, got {}: {refusal}",
            refusal.code()
        ));
    }
    if !refusal.to_string().contains("no room left on the disk") {
        return Err(format!(
            "the message should say the disk is full: {refusal}"
        ));
    }
    // The ledger still reads, with every write before the full disk.
    let exchanges = store.exchanges_of(&person).map_err(|e| e.to_string())?;
    if exchanges.len() != written.len() {
        return Err(format!(
            "{} exchanges after {} writes",
            exchanges.len(),
            written.len()
        ));
    }
    drop(store);
    let store = Store::open_in_dir(&dir).map_err(|e| e.to_string())?;
    for id in &written {
        store.exchange(id).map_err(|e| format!("{id} lost: {e}"))?;
    }
    if !balans_core::figures::person_stats::consistent(&store).map_err(|e| e.to_string())? {
        return Err("the per-person figures differ from the exchanges".into());
    }
    let verdict: String = rusqlite::Connection::open(dir.join(balans_core::store::DATABASE_FILE))
        .and_then(|c| c.query_row("PRAGMA integrity_check", [], |r| r.get(0)))
        .map_err(|e| e.to_string())?;
    if verdict != "ok" {
        return Err(format!("integrity_check: {verdict}"));
    }
    Ok(format!(
        "{} writes landed, the next was refused as disk_full, all {} intact after reopening",
        written.len(),
        written.len()
    ))
}

/// An export that does not fit leaves nothing behind.
fn export_to_a_full_disk(disk: &SmallDisk) -> Result<String, String> {
    let home = tempfile::tempdir().map_err(|e| e.to_string())?;
    let mut store = Store::open_in_dir(home.path()).map_err(|e| e.to_string())?;
    let person = store
        .add_person(&PersonInput::named("Bram"))
        .map_err(|e| e.to_string())?
        .id;
    for n in 0..100 {
        store
            .record_exchange(&exchange(&person, n))
            .map_err(|e| e.to_string())?;
    }
    let bytes = store.export_json().map_err(|e| e.to_string())?;
    let filler = disk.fill_leaving(16 * 1024);
    let target = disk.path().join("balans-backup.json");
    let refusal = balans_core::files::atomic_write::write_file(&target, &bytes, Overwrite::Refuse)
        .err()
        .ok_or("the export should not fit")?;
    if refusal.code() != "disk_full" {
        return Err(format!(
            "expected disk_full, got {}: {refusal}",
            refusal.code()
        ));
    }
    let left: Vec<String> = std::fs::read_dir(disk.path())
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "filler" && name != "ledger")
        .collect();
    if !left.is_empty() {
        return Err(format!("a failed export left {left:?}"));
    }
    std::fs::remove_file(filler).map_err(|e| e.to_string())?;
    Ok(format!(
        "a {} KiB export to a disk with 16 KiB free was refused as disk_full, no file left",
        bytes.len() / 1024
    ))
}

/// One check on a fresh small disk: what it found, or what went wrong.
type Check = fn(&SmallDisk) -> Result<String, String>;

fn main() -> ExitCode {
    let checks: [(&str, Check); 2] = [
        ("the database on a full disk", database_on_a_full_disk),
        ("an export to a full disk", export_to_a_full_disk),
    ];
    let mut failed = 0;
    for (name, check) in checks {
        let disk = match SmallDisk::mount("8m") {
            Ok(disk) => disk,
            Err(why) => {
                println!("diskfull: {name} ... SKIPPED (no tmpfs could be mounted: {why})");
                continue;
            }
        };
        match check(&disk) {
            Ok(said) => println!("diskfull: {name} ... ok: {said}"),
            Err(problem) => {
                println!("diskfull: {name} ... FAILED: {problem}");
                failed += 1;
            }
        }
    }
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
