//! Sync between computers through a folder, on real SQLite files: each
//! computer has its own data folder and its own copy of the synced folder,
//! and the tests play the sync tool, delivering files late, twice, half or
//! out of order.

use std::path::{Path, PathBuf};

use balans_core::sync::SYNC_ROOT;
use balans_core::{Direction, ExchangeInput, PersonInput, Store};
use proptest::prelude::*;
use rusqlite::Connection;
use tempfile::TempDir;

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

    /// Everything that must be the same on every computer: the synced
    /// tables but for their clocks, and the figures derived from them.
    fn ledger(&self) -> String {
        let conn = self.reader();
        let mut all = String::new();
        for (table, order) in [
            ("person", "id"),
            ("exchange", "id"),
            ("person_tag", "person_id, tag"),
            ("organisation", "id"),
            ("affiliation", "id"),
            ("kind", "name"),
            ("person_stats", "person_id"),
        ] {
            let columns: Vec<String> = conn
                .prepare(&format!(
                    "SELECT name FROM pragma_table_info('{table}') WHERE name <> 'clocks'"
                ))
                .unwrap()
                .query_map([], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            let dump: String = conn
                .query_row(
                    &format!(
                        "SELECT json_group_array(json_array({})) FROM (SELECT * FROM {table} ORDER BY {order})",
                        columns.join(", ")
                    ),
                    [],
                    |r| r.get(0),
                )
                .unwrap();
            all.push_str(&format!("{table}: {dump}\n"));
        }
        all
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

#[test]
fn an_exchange_logged_on_one_computer_shows_on_the_other() {
    let mut office = Computer::new();
    let ilse = office
        .store
        .add_person(&PersonInput::named("Ilse de Wit"))
        .unwrap();
    log(&mut office.store, &ilse.id, 2.0, "offerte nagelopen");
    office.join();
    let mut laptop = Computer::new();
    let sem = laptop.store.add_person(&PersonInput::named("Sem")).unwrap();
    laptop.join();
    let mut both = vec![office, laptop];
    settle(&mut both);
    assert_eq!(both[0].ledger(), both[1].ledger());
    assert_eq!(
        both[1].people().len(),
        2,
        "each has what only the other had"
    );

    log(&mut both[1].store, &sem.id, 5.0, "");
    settle(&mut both);
    let balance = both[0]
        .store
        .balance_of(&sem.id, balans_core::clock::today())
        .unwrap();
    assert_eq!(
        balance.given, 5.0,
        "the laptop's exchange counts on the office computer"
    );
    let hits = both[0].store.search("offerte", 10).unwrap();
    assert_eq!(hits.len(), 1, "what arrives is searchable");
    assert_eq!(both[0].ledger(), both[1].ledger());
}

#[test]
fn the_same_person_edited_on_two_computers_keeps_the_later_value_of_each_field() {
    let (mut both, ilse) = office_and_laptop();
    let mut renamed = PersonInput::named("Ilse de Wit");
    renamed.notes = String::new();
    both[0].store.update_person(&ilse.id, &renamed).unwrap();
    let mut noted = PersonInput::named("Ilse");
    noted.notes = "tweede gesprek in maart".into();
    both[1].store.update_person(&ilse.id, &noted).unwrap();
    settle(&mut both);
    let person = both[0].store.person(&ilse.id).unwrap();
    assert_eq!(
        person.name, "Ilse de Wit",
        "the name changed on one computer only"
    );
    assert_eq!(
        person.notes, "tweede gesprek in maart",
        "the notes on the other"
    );
    assert_eq!(both[0].ledger(), both[1].ledger());
}

#[test]
fn a_half_delivered_file_waits_and_is_applied_once_whole() {
    let mut office = Computer::new();
    office.join();
    let ilse = office
        .store
        .add_person(&PersonInput::named("Ilse"))
        .unwrap();
    office.round();
    let mut laptop = Computer::new();
    laptop.join();
    for _ in 0..entries(office.folder.path()).len() {
        deliver(&office, laptop.folder.path(), 0, Delivery::Half);
    }
    let round = laptop.store.sync_round().unwrap();
    assert_eq!(round.applied, 0);
    assert!(
        round.waiting.iter().any(|w| w.reason.is_some()),
        "a cut file is named with its reason: {round:?}"
    );
    assert!(laptop.store.person(&ilse.id).is_err());
    for _ in 0..entries(office.folder.path()).len() {
        deliver(&office, laptop.folder.path(), 0, Delivery::Whole);
    }
    assert!(laptop.round() > 0);
    assert_eq!(laptop.store.person(&ilse.id).unwrap().name, "Ilse");
}

#[test]
fn a_file_from_a_newer_balans_is_kept_and_not_applied() {
    let mut office = Computer::new();
    office.join();
    office
        .store
        .add_person(&PersonInput::named("Ilse"))
        .unwrap();
    office.round();
    let mut laptop = Computer::new();
    laptop.join();
    for file in entries(office.folder.path()) {
        let bytes = std::fs::read(office.folder.path().join(&file)).unwrap();
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let newer = bytes
            .windows(10)
            .position(|w| w == b"\"schema\":8")
            .map(|at| {
                let mut changed = bytes.clone();
                changed[at + 9] = b'9';
                changed
            })
            .unwrap_or_else(|| panic!("a header names its schema: {text}"));
        let target = laptop.folder.path().join(&file);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(target, newer).unwrap();
    }
    let round = laptop.store.sync_round().unwrap();
    assert_eq!(round.applied, 0);
    assert_eq!(
        round.waiting[0].reason.as_ref().map(|r| r.key()),
        Some("sync-file-newer"),
        "the first file says why it waits: {round:?}"
    );
    assert!(laptop.people().is_empty());
    assert!(
        !entries(laptop.folder.path()).is_empty(),
        "the file is kept"
    );
}

/// One thing a user or the sync tool does.
#[derive(Debug, Clone)]
enum Step {
    AddPerson {
        on: usize,
    },
    Log {
        on: usize,
        person: usize,
        value: u8,
    },
    Rename {
        on: usize,
        person: usize,
        name: u8,
    },
    Note {
        on: usize,
        person: usize,
        note: u8,
    },
    Trash {
        on: usize,
        person: usize,
    },
    Restore {
        on: usize,
        person: usize,
    },
    EmptyTrash {
        on: usize,
    },
    Round {
        on: usize,
    },
    Deliver {
        from: usize,
        to: usize,
        pick: usize,
        half: bool,
    },
}

fn step() -> impl Strategy<Value = Step> {
    let on = 0..3usize;
    prop_oneof![
        2 => on.clone().prop_map(|on| Step::AddPerson { on }),
        4 => (on.clone(), any::<usize>(), 1..9u8)
            .prop_map(|(on, person, value)| Step::Log { on, person, value }),
        2 => (on.clone(), any::<usize>(), 0..4u8)
            .prop_map(|(on, person, name)| Step::Rename { on, person, name }),
        2 => (on.clone(), any::<usize>(), 0..4u8)
            .prop_map(|(on, person, note)| Step::Note { on, person, note }),
        1 => (on.clone(), any::<usize>()).prop_map(|(on, person)| Step::Trash { on, person }),
        1 => (on.clone(), any::<usize>()).prop_map(|(on, person)| Step::Restore { on, person }),
        1 => on.clone().prop_map(|on| Step::EmptyTrash { on }),
        3 => on.clone().prop_map(|on| Step::Round { on }),
        5 => (on.clone(), on, any::<usize>(), proptest::bool::weighted(0.2))
            .prop_map(|(from, to, pick, half)| Step::Deliver { from, to, pick, half }),
    ]
}

fn pick(computer: &Computer, person: usize, trashed: bool) -> Option<String> {
    let people = computer.ids(&format!(
        "SELECT id FROM person WHERE (trashed_at IS NOT NULL) = {trashed} ORDER BY id"
    ));
    (!people.is_empty()).then(|| people[person % people.len()].clone())
}

fn take(computers: &mut [Computer], step: &Step) {
    match *step {
        Step::AddPerson { on } => {
            let name = format!("Persoon {}", computers[on].people().len() + 1);
            computers[on]
                .store
                .add_person(&PersonInput::named(&name))
                .unwrap();
        }
        Step::Log { on, person, value } => {
            if let Some(id) = pick(&computers[on], person, false) {
                log(&mut computers[on].store, &id, f64::from(value), "notitie");
            }
        }
        Step::Rename { on, person, name } => {
            if let Some(id) = pick(&computers[on], person, false) {
                let current = computers[on].store.person(&id).unwrap();
                let mut input = PersonInput::named(&format!("Naam {name}"));
                input.notes = current.notes;
                input.tags = current.tags;
                computers[on].store.update_person(&id, &input).unwrap();
            }
        }
        Step::Note { on, person, note } => {
            if let Some(id) = pick(&computers[on], person, false) {
                let current = computers[on].store.person(&id).unwrap();
                let mut input = PersonInput::named(&current.name);
                input.notes = format!("notitie {note}");
                input.tags = vec![format!("tag{note}")];
                computers[on].store.update_person(&id, &input).unwrap();
            }
        }
        Step::Trash { on, person } => {
            if let Some(id) = pick(&computers[on], person, false) {
                computers[on].store.trash_person(&id).unwrap();
            }
        }
        Step::Restore { on, person } => {
            if let Some(id) = pick(&computers[on], person, true) {
                computers[on].store.restore_person(&id).unwrap();
            }
        }
        Step::EmptyTrash { on } => {
            computers[on].store.empty_trash().unwrap();
        }
        Step::Round { on } => {
            computers[on].round();
        }
        Step::Deliver {
            from,
            to,
            pick,
            half,
        } => {
            if from != to {
                let how = if half {
                    Delivery::Half
                } else {
                    Delivery::Whole
                };
                let to = computers[to].folder.path().to_path_buf();
                deliver(&computers[from], &to, pick, how);
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Three computers change one ledger, each unaware of the others for a
    /// while, and the sync tool delivers late, twice, half or out of order:
    /// once every file has arrived everywhere, every computer holds the same
    /// people, exchanges and balances, and no exchange was lost or doubled.
    #[test]
    fn three_computers_end_with_one_ledger(steps in proptest::collection::vec(step(), 1..60)) {
        let mut computers: Vec<Computer> = (0..3).map(|_| Computer::new()).collect();
        computers[0].store.add_person(&PersonInput::named("Al bekend")).unwrap();
        for computer in &mut computers {
            computer.join();
        }
        for step in &steps {
            take(&mut computers, step);
        }
        settle(&mut computers);
        let first = computers[0].ledger();
        for computer in &computers[1..] {
            prop_assert_eq!(&first, &computer.ledger());
        }
        for computer in &computers {
            prop_assert!(balans_core::figures::person_stats::consistent(&computer.store).unwrap());
        }
    }
}

#[test]
fn a_restored_copy_joins_again_and_undoes_nothing_of_the_others() {
    let (mut both, ilse) = office_and_laptop();
    let copy = tempfile::tempdir().unwrap();
    let ledger = both[0].data.path().join("balans.sqlite3");
    both[0].store.sync_round().unwrap();
    {
        let source = Connection::open(&ledger).unwrap();
        source
            .execute(
                "VACUUM INTO ?1",
                [copy.path().join("balans.sqlite3").to_str().unwrap()],
            )
            .unwrap();
    }
    let sem = both[0]
        .store
        .add_person(&PersonInput::named("Sem"))
        .unwrap();
    log(&mut both[1].store, &ilse.id, 3.0, "");
    settle(&mut both);
    let before = both[0].store.sync_status().unwrap().unwrap().device;

    // The office computer's ledger is put back to the copy.
    let office = both.remove(0);
    let Computer {
        data,
        folder,
        store,
    } = office;
    drop(store);
    std::fs::copy(copy.path().join("balans.sqlite3"), &ledger).unwrap();
    let mut store = Store::open_in_dir(data.path()).unwrap();
    // A change recorded before the next round takes the next number of the
    // restored ledger, which the folder already holds with other contents.
    let bram = store.add_person(&PersonInput::named("Bram")).unwrap();
    both.insert(
        0,
        Computer {
            data,
            folder,
            store,
        },
    );
    settle(&mut both);
    assert!(
        both[1].store.person(&bram.id).is_ok(),
        "what the restored ledger added arrives"
    );

    let after = both[0].store.sync_status().unwrap().unwrap().device;
    assert_ne!(
        before, after,
        "the restored ledger joined as a new computer"
    );
    assert_eq!(both[0].ledger(), both[1].ledger());
    assert!(
        both[0].store.person(&sem.id).is_ok(),
        "what came after the copy is back"
    );
    assert_eq!(both[0].store.exchanges_of(&ilse.id).unwrap().len(), 1);
}

#[test]
fn a_new_computers_shipped_kinds_never_undo_a_value_set_on_another() {
    let mut office = Computer::new();
    office.store.set_kind_value("advice", 4.0).unwrap();
    office.join();
    let mut laptop = Computer::new();
    laptop.join();
    let mut both = vec![office, laptop];
    settle(&mut both);
    for computer in &both {
        let advice = computer.store.kinds().unwrap();
        let advice = advice.iter().find(|k| k.name == "advice").unwrap();
        assert_eq!(
            advice.value, 4.0,
            "the value set on the office computer stays"
        );
    }
}

#[test]
fn two_copies_of_one_ledger_keep_the_copy_edited_last() {
    let mut office = Computer::new();
    let ilse = office
        .store
        .add_person(&PersonInput::named("Ilse"))
        .unwrap();
    let laptop = Computer::new();
    drop(Store::open_in_dir(laptop.data.path()).unwrap());
    let Computer {
        data,
        folder,
        store,
    } = laptop;
    drop(store);
    {
        let source = Connection::open(office.data.path().join("balans.sqlite3")).unwrap();
        let target = data.path().join("balans.sqlite3");
        std::fs::remove_file(&target).unwrap();
        source
            .execute("VACUUM INTO ?1", [target.to_str().unwrap()])
            .unwrap();
    }
    let mut laptop = Computer {
        store: Store::open_in_dir(data.path()).unwrap(),
        data,
        folder,
    };
    // The office copy is edited a second later than the copy was made.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    let mut edited = PersonInput::named("Ilse de Wit");
    edited.notes = "nieuwe klant".into();
    office.store.update_person(&ilse.id, &edited).unwrap();
    office.join();
    laptop.join();
    let mut both = vec![office, laptop];
    settle(&mut both);
    for computer in &both {
        assert_eq!(computer.store.person(&ilse.id).unwrap().name, "Ilse de Wit");
    }
    assert_eq!(both[0].ledger(), both[1].ledger());
}

#[test]
fn settings_of_one_computer_stay_and_the_ledgers_rules_sync() {
    let (mut both, _) = office_and_laptop();
    let mut office = both[0].store.settings().unwrap();
    office.theme = balans_core::Theme::Dark;
    office.notifications = false;
    office.one_sided_streak = 6;
    both[0].store.update_settings(&office).unwrap();
    let mut laptop = both[1].store.settings().unwrap();
    laptop.theme = balans_core::Theme::Light;
    both[1].store.update_settings(&laptop).unwrap();
    settle(&mut both);
    let (office, laptop) = (
        both[0].store.settings().unwrap(),
        both[1].store.settings().unwrap(),
    );
    assert_eq!(office.theme, balans_core::Theme::Dark);
    assert_eq!(
        laptop.theme,
        balans_core::Theme::Light,
        "each keeps its own theme"
    );
    assert!(!office.notifications);
    assert!(laptop.notifications, "and its own notifications");
    assert_eq!(laptop.one_sided_streak, 6, "the ledger's rules sync");
}

#[test]
fn replacing_the_ledger_from_a_backup_replaces_it_everywhere() {
    let (mut both, ilse) = office_and_laptop();
    let backup = both[0].store.export_json().unwrap();
    let sem = both[1]
        .store
        .add_person(&PersonInput::named("Sem"))
        .unwrap();
    settle(&mut both);
    both[0]
        .store
        .import_json(
            &backup,
            balans_core::import_export::json_backup::ImportMode::Replace,
        )
        .unwrap();
    settle(&mut both);
    for computer in &both {
        assert!(computer.store.person(&ilse.id).is_ok());
        assert!(
            computer.store.person(&sem.id).is_err(),
            "the replace removed Sem everywhere"
        );
    }
    assert_eq!(both[0].ledger(), both[1].ledger());
}

#[test]
fn a_sync_folder_never_holds_the_live_database() {
    let mut computer = Computer::new();
    let data = computer.data.path().to_path_buf();
    let inside = data.join("synced");
    std::fs::create_dir(&inside).unwrap();
    for folder in [inside.as_path(), data.parent().unwrap(), data.as_path()] {
        let refused = computer.store.sync_setup(folder, &data).unwrap_err();
        assert_eq!(refused.code(), "invalid_input", "{}", folder.display());
    }
    assert!(
        computer.store.sync_status().unwrap().is_none(),
        "nothing was set up"
    );
}

#[test]
fn a_new_computer_starts_from_a_snapshot_and_applied_files_are_pruned() {
    let (mut both, ilse) = office_and_laptop();
    // One file per exchange: enough that the next rounds write a snapshot
    // and prune.
    let logged = balans_core::sync::SNAPSHOT_AFTER + 1;
    for n in 0..logged {
        log(&mut both[n % 2].store, &ilse.id, 1.0, "");
    }
    settle(&mut both);
    settle(&mut both);
    let kept = |computer: &Computer| entries(computer.folder.path()).len();
    assert!(
        kept(&both[0]) < balans_core::sync::SNAPSHOT_AFTER / 4,
        "files every computer applied are gone: {} left",
        kept(&both[0])
    );
    let mut newcomer = Computer::new();
    newcomer.join();
    both.push(newcomer);
    settle(&mut both);
    assert_eq!(
        both[0].ledger(),
        both[2].ledger(),
        "the new computer holds it all"
    );
    assert_eq!(both[2].store.exchanges_of(&ilse.id).unwrap().len(), logged);
}
