//! The dashboard's overview, searching the whole ledger, and snoozing a
//! signal wherever it is shown.

use balans_core::{clock, Overview, SearchHit};
use tauri::{AppHandle, Runtime, State};

use super::{Answer, Ledger};
use crate::ledger::change;
use crate::startup::first_screen::FirstScreen;

/// How many hits a search returns at most.
const SEARCH_HITS: usize = 50;

#[tauri::command(async)]
pub fn overview(ledger: Ledger<'_>, first: State<'_, FirstScreen>) -> Answer<Overview> {
    let today = clock::today();
    ledger.read(|store| match first.overview(store, today) {
        Some(read_ahead) => Ok(read_ahead),
        None => store.overview(today),
    })
}

#[tauri::command(async)]
pub fn search(ledger: Ledger<'_>, query: String) -> Answer<Vec<SearchHit>> {
    ledger.read(|store| store.search(&query, SEARCH_HITS))
}

#[tauri::command(async)]
pub fn snooze_signal<R: Runtime>(app: AppHandle<R>, key: String, until: String) -> Answer<()> {
    change::write(&app, |store| {
        store.snooze_signal(&key, &until, clock::today())
    })
}
