//! Exchanges: logging, editing, trashing and restoring them, and the trash,
//! which holds trashed people and exchanges until it is emptied.

use balans_core::{Exchange, ExchangeInput, Trash};
use tauri::{AppHandle, Runtime};

use super::{Answer, Ledger};
use crate::ledger::change;

#[tauri::command(async)]
pub fn record_exchange<R: Runtime>(app: AppHandle<R>, input: ExchangeInput) -> Answer<Exchange> {
    change::write(&app, |store| store.record_exchange(&input))
}

#[tauri::command(async)]
pub fn update_exchange<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    input: ExchangeInput,
) -> Answer<Exchange> {
    change::write(&app, |store| store.update_exchange(&id, &input))
}

#[tauri::command(async)]
pub fn trash_exchange<R: Runtime>(app: AppHandle<R>, id: String) -> Answer<Exchange> {
    change::write(&app, |store| store.trash_exchange(&id))
}

#[tauri::command(async)]
pub fn restore_exchange<R: Runtime>(app: AppHandle<R>, id: String) -> Answer<Exchange> {
    change::write(&app, |store| store.restore_exchange(&id))
}

#[tauri::command(async)]
pub fn trash_contents(ledger: Ledger<'_>) -> Answer<Trash> {
    ledger.read(|store| store.trash())
}

/// Deletes everything in the trash for good; answers how many people and
/// exchanges went.
#[tauri::command(async)]
pub fn empty_trash<R: Runtime>(app: AppHandle<R>) -> Answer<(usize, usize)> {
    change::write(&app, |store| store.empty_trash())
}
