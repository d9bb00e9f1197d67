//! The corruption suite: a real ledger with a backup, damaged in each way a
//! file gets damaged, then opened. Each damage must be recognised (or, for a
//! file from a newer Balans, refused), the damaged bytes must stay exactly as
//! they were, moved aside, and the newest good backup must be offered and
//! restore the user's data.

use std::path::Path;

use balans_core::files::backups::Reason;
use balans_core::files::recovery;
use balans_core::store::{DATABASE_FILE, LATEST_SCHEMA_VERSION};
use balans_core::{clock, Direction, ExchangeInput, PersonInput, Store};

/// A ledger with one person and one exchange, a backup of it, and one more
/// person added after the backup; closed, so the file stands alone.
fn good_ledger(dir: &Path) {
    let mut store = Store::open_in_dir(dir).unwrap();
    let anna = store.add_person(&PersonInput::named("Anna")).unwrap();
    store
        .record_exchange(&ExchangeInput::new(
            &anna.id,
            "2026-11-01",
            Direction::Gave,
            "advice",
        ))
        .unwrap();
    store.backup_now(Reason::Manual, clock::now()).unwrap();
    store.add_person(&PersonInput::named("Bram")).unwrap();
}

fn flip(bytes: &mut [u8], range: std::ops::Range<usize>) {
    for byte in &mut bytes[range] {
        *byte ^= 0xA5;
    }
}

/// What a damage does to the database file's bytes.
type Damage = fn(&Path);

fn damages() -> Vec<(&'static str, Damage)> {
    vec![
        ("zero bytes", |db| std::fs::write(db, b"").unwrap()),
        ("random bytes", |db| {
            let len = std::fs::metadata(db).unwrap().len() as usize;
            let mut state = 0x9E37_79B9_7F4A_7C15u64;
            let noise: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    state as u8
                })
                .collect();
            std::fs::write(db, noise).unwrap();
        }),
        ("truncated", |db| {
            let bytes = std::fs::read(db).unwrap();
            std::fs::write(db, &bytes[..bytes.len() / 3]).unwrap();
        }),
        ("flipped header bytes", |db| {
            let mut bytes = std::fs::read(db).unwrap();
            flip(&mut bytes, 0..24);
            std::fs::write(db, bytes).unwrap();
        }),
        ("flipped page bytes", |db| {
            let mut bytes = std::fs::read(db).unwrap();
            let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
            for start in (page..bytes.len()).step_by(page) {
                flip(&mut bytes, start..start + 12);
            }
            std::fs::write(db, bytes).unwrap();
        }),
        ("an orphan write-ahead log", |db| {
            // A log with frames in it, whose database is gone.
            let dir = db.parent().unwrap();
            let store = Store::open_in_dir(dir).unwrap();
            let mut wal = db.as_os_str().to_owned();
            wal.push("-wal");
            let conn = rusqlite::Connection::open(db).unwrap();
            conn.pragma_update(None, "wal_autocheckpoint", 0).unwrap();
            conn.execute("UPDATE person SET notes = 'changed'", [])
                .unwrap();
            let frames = std::fs::read(&wal).unwrap();
            drop(conn);
            drop(store);
            std::fs::remove_file(db).unwrap();
            std::fs::write(&wal, frames).unwrap();
        }),
    ]
}

/// Opens the ledger as the app does: at start, then SQLite's check in the
/// background. Returns the error code that stopped it.
fn opened(dir: &Path) -> String {
    match Store::open_in_dir(dir) {
        Err(e) => e.code().to_owned(),
        Ok(store) => {
            let checked = Store::check_file(&dir.join(DATABASE_FILE));
            store.close_untouched();
            checked.map_or_else(|e| e.code().to_owned(), |()| "ok".to_owned())
        }
    }
}

/// Every file in the data folder that belongs to the database, with its bytes.
fn database_files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(DATABASE_FILE))
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    files.sort();
    files
}

#[test]
fn every_damage_is_recognised_moved_aside_intact_and_a_backup_restores() {
    for (name, damage) in damages() {
        let dir = tempfile::tempdir().unwrap();
        good_ledger(dir.path());
        let db = dir.path().join(DATABASE_FILE);
        damage(&db);
        let before: Vec<(String, Vec<u8>)> = database_files(dir.path())
            .into_iter()
            .filter(|(file, _)| !file.ends_with("-shm"))
            .collect();

        assert_eq!(opened(dir.path()), "damaged", "{name} is recognised");
        let recovery = recovery::move_aside(dir.path(), clock::now()).unwrap();
        let moved = database_files(Path::new(&recovery.moved_to));
        for (file, bytes) in &before {
            let kept = moved.iter().find(|(f, _)| f == file);
            assert_eq!(
                kept.map(|(_, b)| b),
                Some(bytes),
                "{name}: {file} moved aside with its bytes intact"
            );
        }
        assert!(
            database_files(dir.path()).is_empty(),
            "{name}: nothing left in place"
        );

        let backup = recovery.backup.expect("the backup is offered");
        recovery::restore_in_place(dir.path(), &backup.name).unwrap();
        let store = Store::open_in_dir(dir.path()).unwrap();
        let names: Vec<String> = store
            .people_summaries(clock::today())
            .unwrap()
            .into_iter()
            .map(|s| s.person.name)
            .collect();
        assert_eq!(names, ["Anna"], "{name}: the backup's data is back");
    }
}

#[test]
fn a_newer_ledger_is_refused_and_left_in_place() {
    let dir = tempfile::tempdir().unwrap();
    good_ledger(dir.path());
    let db = dir.path().join(DATABASE_FILE);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.pragma_update(None, "user_version", LATEST_SCHEMA_VERSION + 1)
        .unwrap();
    drop(conn);
    let before = std::fs::read(&db).unwrap();
    assert_eq!(opened(dir.path()), "newer_database");
    assert_eq!(std::fs::read(&db).unwrap(), before, "not a byte changed");
}

#[test]
fn a_restore_never_overwrites_a_file_in_place() {
    let dir = tempfile::tempdir().unwrap();
    good_ledger(dir.path());
    let backup = recovery::newest_good_backup(dir.path()).unwrap().unwrap();
    let error = recovery::restore_in_place(dir.path(), &backup.name).unwrap_err();
    assert_eq!(error.field(), Some("name"));
    let store = Store::open_in_dir(dir.path()).unwrap();
    assert_eq!(store.people_summaries(clock::today()).unwrap().len(), 2);
}
