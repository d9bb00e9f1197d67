//! What the window asks for as it starts: the app's facts and any problem
//! with the ledger, recovering a damaged ledger, and telling the app that the
//! first screen is drawn.

use tauri::{AppHandle, Runtime, State};

use super::{Answer, Ledger};
use crate::ledger::{change, AppInfo};
use crate::process::memory;
use crate::startup::first_screen::FirstScreen;
use crate::startup::{after_first_screen, probe};

#[tauri::command(async)]
pub fn app_info(ledger: Ledger<'_>) -> AppInfo {
    ledger.info()
}

/// The window drew its first screen: start-time measurements are told at
/// once; then what was read ahead is dropped, free memory goes back to the
/// system and what waited for the first screen may begin.
#[tauri::command(async)]
pub fn startup_drawn<R: Runtime>(app: AppHandle<R>, first: State<'_, FirstScreen>) {
    probe::report_drawn();
    first.forget();
    memory::give_back();
    after_first_screen::start(&app);
}

/// The quick log, brought up from outside the window, is drawn and ready
/// for typing; only a measurement hears of it.
#[tauri::command]
pub fn quick_log_drawn() {
    probe::report_quick_log_drawn();
}

/// After a damaged ledger was moved aside: restore `backup`, or start empty.
#[tauri::command(async)]
pub fn recover_ledger<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
    backup: Option<String>,
) -> Answer<AppInfo> {
    change::make(&app, |state| state.recover(backup.as_deref()))?;
    Ok(ledger.info())
}
