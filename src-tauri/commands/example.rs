//! The example network a new user can load to see Balans at work, and
//! remove again without touching their own data.

use balans_core::{clock, ExampleCounts};
use tauri::{AppHandle, Runtime};

use super::{Answer, Ledger};
use crate::ledger::change;

#[tauri::command(async)]
pub fn has_example(ledger: Ledger<'_>) -> Answer<bool> {
    ledger.read(|store| store.has_example())
}

#[tauri::command(async)]
pub fn load_example<R: Runtime>(app: AppHandle<R>) -> Answer<ExampleCounts> {
    change::write(&app, |store| store.load_example(clock::today()))
}

#[tauri::command(async)]
pub fn remove_example<R: Runtime>(app: AppHandle<R>) -> Answer<ExampleCounts> {
    change::write(&app, |store| store.remove_example())
}
