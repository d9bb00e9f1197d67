//! Copies of the database: made and checked, once a day at most, before an
//! import, and restorable, with the state before a restore kept as a copy.

use balans_core::files::backups::Reason;
use balans_core::import_export::json_backup::ImportMode;
use balans_core::{PersonInput, Store};
use chrono::{NaiveDate, NaiveDateTime};

fn at(day: u32, hour: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, day)
        .unwrap()
        .and_hms_opt(hour, 0, 0)
        .unwrap()
}

fn names(store: &Store) -> Vec<String> {
    store
        .people_summaries(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap())
        .unwrap()
        .into_iter()
        .map(|s| s.person.name)
        .collect()
}

#[test]
fn a_restore_brings_the_copy_back_and_can_itself_be_undone() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_dir(dir.path()).unwrap();
    store.add_person(&PersonInput::named("Before")).unwrap();
    let copy = store
        .backup_now(Reason::Manual, at(20, 9))
        .unwrap()
        .unwrap();
    store.add_person(&PersonInput::named("After")).unwrap();

    let undo = store.restore_backup(&copy, at(20, 10)).unwrap();
    assert_eq!(names(&store), vec!["Before"]);
    assert!(balans_core::figures::person_stats::consistent(&store).unwrap());
    store.restore_backup(&undo, at(20, 11)).unwrap();
    assert_eq!(
        names(&store),
        vec!["After", "Before"],
        "the restore was undone"
    );

    assert!(store
        .restore_backup("balans-nothing.sqlite3", at(20, 12))
        .is_err());
    drop(store);
    let reopened = Store::open_in_dir(dir.path()).unwrap();
    assert_eq!(
        names(&reopened),
        vec!["After", "Before"],
        "the restored state is on disk"
    );
}

#[test]
fn the_daily_copy_is_made_once_a_day_and_an_import_copies_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_dir(dir.path()).unwrap();
    assert!(store.daily_backup(at(21, 8)).unwrap().is_some());
    assert!(
        store.daily_backup(at(21, 18)).unwrap().is_none(),
        "not twice on one day"
    );
    assert!(store.daily_backup(at(22, 8)).unwrap().is_some());
    assert_eq!(store.backups().unwrap().len(), 2);

    let backup = store.export_json().unwrap();
    store.import_json(&backup, ImportMode::Merge).unwrap();
    let reasons: Vec<String> = store
        .backups()
        .unwrap()
        .into_iter()
        .map(|b| b.reason)
        .collect();
    assert!(reasons.contains(&"import".to_owned()), "{reasons:?}");
}

#[test]
fn a_damaged_copy_is_not_restored() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_in_dir(dir.path()).unwrap();
    store.add_person(&PersonInput::named("Kept")).unwrap();
    let copy = store
        .backup_now(Reason::Manual, at(20, 9))
        .unwrap()
        .unwrap();
    let path = dir.path().join("backups").join(&copy);
    let mut bytes = std::fs::read(&path).unwrap();
    let half = bytes.len() / 2;
    bytes.truncate(half);
    std::fs::write(&path, bytes).unwrap();
    assert!(store.restore_backup(&copy, at(20, 10)).is_err());
    assert_eq!(names(&store), vec!["Kept"], "nothing changed");
}
