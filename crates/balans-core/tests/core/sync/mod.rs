//! Sync between computers through a folder, on real SQLite files: each
//! computer has its own data folder and its own copy of the synced folder,
//! and the tests play the sync tool, delivering files late, twice, half or
//! out of order.

use std::path::{Path, PathBuf};

use balans_core::sync::SYNC_ROOT;
use balans_core::{Direction, ExchangeInput, PersonInput, Store};
use rusqlite::Connection;
use tempfile::TempDir;

#[path = "../../support/synced_ledger.rs"]
mod synced_ledger;
use synced_ledger::synced_ledger;

mod properties;
mod stories;

struct Computer {
    data: TempDir,
    folder: TempDir,
    store: Store,
}

impl Computer {
    fn new() -> Computer {
        let data = tempfile::tempdir().unwrap();
        let folder = tempfile::tempdir().unwrap();
        let store = Store::open_in_dir(data.path()).unwrap();
        Computer {
            data,
            folder,
            store,
        }
    }

    fn join(&mut self) {
        self.store
            .sync_setup(self.folder.path(), self.data.path())
            .unwrap();
    }

    fn round(&mut self) -> usize {
        self.store.sync_round().unwrap().applied
    }

    fn ids(&self, sql: &str) -> Vec<String> {
        let conn = self.reader();
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt.query_map([], |r| r.get(0)).unwrap();
        rows.map(Result::unwrap).collect()
    }

    fn people(&self) -> Vec<String> {
        self.ids("SELECT id FROM person ORDER BY id")
    }

    fn reader(&self) -> Connection {
        Connection::open(self.data.path().join("balans.sqlite3")).unwrap()
    }

    /// Everything that must be the same on every computer.
    fn ledger(&self) -> String {
        synced_ledger(&self.reader()).unwrap()
    }
}

/// The entry files `computer` wrote itself, relative to its folder: what a
/// sync tool takes from it to hand to the others.
fn own_entries(computer: &Computer) -> Vec<PathBuf> {
    let device = computer.store.sync_status().unwrap().unwrap().device;
    entries(computer.folder.path())
        .into_iter()
        .filter(|file| file.starts_with(Path::new(SYNC_ROOT).join(&device)))
        .collect()
}

/// The entry files in `folder`, relative to it.
fn entries(folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let Ok(devices) = std::fs::read_dir(folder.join(SYNC_ROOT)) else {
        return found;
    };
    for device in devices.flatten() {
        for file in std::fs::read_dir(device.path()).unwrap().flatten() {
            let name = file.file_name().to_string_lossy().into_owned();
            if name.ends_with(".changes") {
                found.push(file.path().strip_prefix(folder).unwrap().to_path_buf());
            }
        }
    }
    found.sort();
    found
}

/// How the sync tool hands one file over.
#[derive(Debug, Clone, Copy)]
enum Delivery {
    Whole,
    /// The first half only, as a file still arriving.
    Half,
}

/// Copies the `pick`-th file `from` wrote and `to` lacks (or holds in part).
fn deliver(from: &Computer, to: &Path, pick: usize, how: Delivery) {
    let missing: Vec<PathBuf> = own_entries(from)
        .into_iter()
        .filter(|file| {
            std::fs::read(to.join(file)).ok() != std::fs::read(from.folder.path().join(file)).ok()
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    let file = &missing[pick % missing.len()];
    let bytes = std::fs::read(from.folder.path().join(file)).unwrap();
    let target = to.join(file);
    std::fs::create_dir_all(target.parent().unwrap()).unwrap();
    match how {
        Delivery::Whole => std::fs::write(&target, &bytes).unwrap(),
        Delivery::Half => std::fs::write(&target, &bytes[..bytes.len() / 2]).unwrap(),
    }
}

/// Delivers every file everywhere and runs rounds until none applies more.
fn settle(computers: &mut [Computer]) {
    for _ in 0..6 {
        for computer in computers.iter_mut() {
            computer.round();
        }
        for from in 0..computers.len() {
            for to in 0..computers.len() {
                if from != to {
                    mirror(&computers[from], computers[to].folder.path());
                }
            }
        }
        let applied: usize = computers.iter_mut().map(Computer::round).sum();
        if applied == 0 {
            return;
        }
    }
    panic!("the computers kept applying each other's changes");
}

/// Makes `from`'s own folder in `to` what it is in `from`'s: every file it
/// wrote, and none it deleted, as a sync tool does once it caught up.
fn mirror(from: &Computer, to: &Path) {
    let device = from.store.sync_status().unwrap().unwrap().device;
    let source = from.folder.path().join(SYNC_ROOT).join(&device);
    let target = to.join(SYNC_ROOT).join(&device);
    std::fs::create_dir_all(&target).unwrap();
    let names = |folder: &Path| -> Vec<std::ffi::OsString> {
        std::fs::read_dir(folder)
            .map(|files| files.flatten().map(|f| f.file_name()).collect())
            .unwrap_or_default()
    };
    for name in names(&target) {
        if !source.join(&name).exists() {
            std::fs::remove_file(target.join(&name)).unwrap();
        }
    }
    for name in names(&source) {
        std::fs::copy(source.join(&name), target.join(&name)).unwrap();
    }
}

/// An office computer that knew Ilse, and a laptop that joined it since.
fn office_and_laptop() -> (Vec<Computer>, balans_core::Person) {
    let mut office = Computer::new();
    let ilse = office
        .store
        .add_person(&PersonInput::named("Ilse"))
        .unwrap();
    office.join();
    let mut laptop = Computer::new();
    laptop.join();
    let mut both = vec![office, laptop];
    settle(&mut both);
    (both, ilse)
}

fn log(store: &mut Store, person: &str, value: f64, note: &str) -> String {
    let mut input = ExchangeInput::new(person, "2026-11-02", Direction::Gave, "advice");
    input.value = Some(value);
    input.note = note.to_owned();
    store.record_exchange(&input).unwrap().id
}
