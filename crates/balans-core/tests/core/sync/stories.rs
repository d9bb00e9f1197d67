//! What a user of two or three computers meets: a change crossing over,
//! edits made at once, files still arriving or from a newer Balans, a
//! restored backup, copies of one ledger, settings, a replace, folders that
//! would hold the database, and a new computer joining from a snapshot.

use super::*;
use balans_core::store::LATEST_SCHEMA_VERSION;

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
        let ours = format!("\"schema\":{LATEST_SCHEMA_VERSION}");
        let theirs = format!("\"schema\":{}", LATEST_SCHEMA_VERSION + 1);
        let newer = bytes
            .windows(ours.len())
            .position(|w| w == ours.as_bytes())
            .map(|at| {
                let mut changed = bytes.clone();
                changed.splice(at..at + ours.len(), theirs.bytes());
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

#[test]
fn addresses_added_on_two_computers_are_all_kept_and_one_added_twice_once() {
    let (mut both, ilse) = office_and_laptop();
    let with = |emails: &[&str], phones: &[&str]| PersonInput {
        channels: balans_core::Channels {
            emails: emails.iter().map(|e| (*e).to_owned()).collect(),
            phones: phones.iter().map(|p| (*p).to_owned()).collect(),
            urls: Vec::new(),
        },
        ..PersonInput::named("Ilse")
    };
    both[0]
        .store
        .update_person(&ilse.id, &with(&["ilse@dewit.nl"], &["030 123 4567"]))
        .unwrap();
    both[1]
        .store
        .update_person(&ilse.id, &with(&["ilse@dewit.nl"], &["06 1234 5678"]))
        .unwrap();
    settle(&mut both);
    assert_eq!(both[0].ledger(), both[1].ledger());
    let channels = both[0].store.person(&ilse.id).unwrap().channels;
    assert_eq!(channels.emails, ["ilse@dewit.nl"], "one address, not two");
    let mut phones = channels.phones.clone();
    phones.sort();
    assert_eq!(phones, ["030 123 4567", "06 1234 5678"], "both numbers");

    both[1]
        .store
        .update_person(&ilse.id, &with(&["ilse@dewit.nl"], &[]))
        .unwrap();
    settle(&mut both);
    assert!(
        both[0]
            .store
            .person(&ilse.id)
            .unwrap()
            .channels
            .phones
            .is_empty(),
        "numbers removed on the laptop are gone on the office computer"
    );
    assert_eq!(both[0].ledger(), both[1].ledger());
}
