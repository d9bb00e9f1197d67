//! End-to-end tests: the real Balans binary in a real WebKitGTK webview, driven
//! through tauri-driver and WebKitWebDriver on a private Xvfb display, as a user
//! would use it. Screenshots of what the user saw are saved under
//! `target/screenshots/`.
//!
//! Run with `cargo test --test e2e` (optionally followed by `-- <name filter>`).

mod at_scale;
mod birthdays;
mod calendar;
mod concurrency;
#[path = "../support/driver.rs"]
mod driver;
mod file_dialog;
mod first_slice;
mod harness;
mod imports;
mod merging;
mod people;
mod reach;
mod recovery;
mod reminders;
mod screens;
#[path = "../support/desktop.rs"]
mod support;
mod sync;
#[path = "../support/syncthing.rs"]
mod syncthing;
#[path = "../support/webdriver.rs"]
mod webdriver;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::process::ExitCode;

use harness::Harness;

type Outcome = Result<(), Box<dyn std::error::Error>>;
type Scenario = fn(&Harness) -> Outcome;

const SCENARIOS: &[(&str, Scenario)] = &[
    (
        "a_damaged_ledger_offers_its_backup",
        recovery::a_damaged_ledger_offers_its_backup,
    ),
    (
        "first_start_shows_a_welcome",
        first_slice::first_start_shows_a_welcome,
    ),
    (
        "person_and_exchange_survive_a_restart",
        first_slice::person_and_exchange_survive_a_restart,
    ),
    (
        "bad_input_is_explained_next_to_the_field",
        first_slice::bad_input_is_explained_next_to_the_field,
    ),
    (
        "example_signals_lead_to_people_in_both_languages",
        screens::example_signals_lead_to_people_in_both_languages,
    ),
    (
        "quick_log_from_the_keyboard",
        screens::quick_log_from_the_keyboard,
    ),
    ("edit_trash_and_restore", screens::edit_trash_and_restore),
    (
        "a_person_is_reached_by_their_addresses",
        reach::a_person_is_reached_by_their_addresses,
    ),
    (
        "undo_after_moving_to_the_trash",
        reach::undo_after_moving_to_the_trash,
    ),
    (
        "a_birthday_typed_on_the_page_is_remembered_on_the_day",
        birthdays::a_birthday_typed_on_the_page_is_remembered_on_the_day,
    ),
    (
        "two_records_of_one_person_are_merged_and_unmerged",
        merging::two_records_of_one_person_are_merged_and_unmerged,
    ),
    (
        "the_palette_finds_a_person_by_a_note",
        reach::the_palette_finds_a_person_by_a_note,
    ),
    (
        "the_global_shortcut_brings_up_the_quick_log_from_the_tray",
        reach::the_global_shortcut_brings_up_the_quick_log_from_the_tray,
    ),
    (
        "the_window_keeps_its_size_after_a_restart",
        reach::the_window_keeps_its_size_after_a_restart,
    ),
    (
        "a_long_import_shows_its_progress_and_is_taken_back",
        imports::a_long_import_shows_its_progress_and_is_taken_back,
    ),
    (
        "a_kept_calendar_file_follows_each_change",
        calendar::a_kept_calendar_file_follows_each_change,
    ),
    (
        "the_people_list_searches_sorts_and_names_complete",
        people::the_people_list_searches_sorts_and_names_complete,
    ),
    (
        "the_screens_read_at_scale_in_both_languages",
        at_scale::the_screens_read_at_scale_in_both_languages,
    ),
    (
        "the_dashboard_leads_to_everyone_with_a_signal",
        people::the_dashboard_leads_to_everyone_with_a_signal,
    ),
    ("hostile_text_stays_text", screens::hostile_text_stays_text),
    (
        "a_backup_is_made_and_restored_from_settings",
        screens::a_backup_is_made_and_restored_from_settings,
    ),
    (
        "a_due_reminder_appears_and_is_snoozed",
        reminders::a_due_reminder_appears_and_is_snoozed,
    ),
    (
        "many_writers_beside_the_window",
        concurrency::many_writers_beside_the_window,
    ),
    (
        "changes_from_another_computer_show_in_the_open_window",
        sync::changes_from_another_computer_show_in_the_open_window,
    ),
];

fn main() -> ExitCode {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let chosen: Vec<_> = SCENARIOS
        .iter()
        .filter(|(name, _)| filter.as_deref().is_none_or(|f| name.contains(f)))
        .collect();
    if chosen.is_empty() {
        println!("e2e: no scenario matches {filter:?}");
        return ExitCode::SUCCESS;
    }
    let harness = match Harness::start() {
        Ok(harness) => harness,
        Err(missing) => {
            eprintln!("e2e: cannot run the end-to-end tests: {missing}");
            println!("e2e: 0 passed, {} failed", chosen.len());
            return ExitCode::FAILURE;
        }
    };
    println!(
        "running {} end-to-end scenarios against {}",
        chosen.len(),
        harness.app().display()
    );
    let mut failed = Vec::new();
    for (name, scenario) in &chosen {
        let outcome = catch_unwind(AssertUnwindSafe(|| scenario(&harness)));
        let verdict = match outcome {
            Ok(Ok(())) => None,
            Ok(Err(error)) => Some(error.to_string()),
            Err(panic) => Some(
                panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "panicked".into()),
            ),
        };
        match verdict {
            None => println!("test {name} ... ok"),
            Some(reason) => {
                println!("test {name} ... FAILED\n    {reason}");
                failed.push(*name);
            }
        }
    }
    drop(harness);
    let passed = chosen.len() - failed.len();
    println!("e2e: {passed} passed, {} failed", failed.len());
    if failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
