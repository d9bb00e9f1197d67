//! Sync with the user's other computers (docs/sync.md): what the settings
//! show, choosing the synced folder (only ever through the system's folder
//! dialog, as every path the window names), a round now, and leaving.

use balans_core::sync::{SyncRound, SyncStatus};
use tauri::{AppHandle, Runtime};
use tauri_plugin_dialog::DialogExt;

use super::transfer::chosen;
use super::{Answer, Ledger};
use crate::ledger::change;

#[tauri::command(async)]
pub fn sync_status(ledger: Ledger<'_>) -> Answer<Option<SyncStatus>> {
    ledger.read(|store| store.sync_status())
}

/// Asks for the folder, then starts or joins syncing through it. `None`
/// when the dialog was closed.
#[tauri::command(async)]
pub fn choose_sync_folder<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
) -> Answer<Option<SyncRound>> {
    let said = |e| ledger.said(e);
    let Some(folder) = chosen(app.dialog().file().blocking_pick_folder()).map_err(said)? else {
        return Ok(None);
    };
    let data = ledger.data_dir().to_path_buf();
    change::write(&app, |store| store.sync_setup(&folder, &data)).map(Some)
}

#[tauri::command(async)]
pub fn sync_now<R: Runtime>(app: AppHandle<R>) -> Answer<SyncRound> {
    change::write(&app, |store| store.sync_round())
}

#[tauri::command(async)]
pub fn leave_sync<R: Runtime>(app: AppHandle<R>) -> Answer<()> {
    change::write(&app, |store| store.sync_leave())
}
