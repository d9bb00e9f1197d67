//! The ledger's upkeep after start: SQLite's check of the whole file, then
//! the day's backup. On a large ledger both take a second or more of disk
//! and processor, so they wait until the window has drawn its first screen
//! (or half a minute, for a window started hidden in the tray), and run on a
//! connection of their own, never holding up the window's commands.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::ledger_state::LedgerState;

/// The latest the upkeep waits for the first screen.
const AT_THE_LATEST: Duration = Duration::from_secs(30);

/// Whether the upkeep has started in this run.
#[derive(Default)]
pub struct Upkeep(AtomicBool);

/// Starts the upkeep once, whichever comes first: this call or the timer.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    if app.state::<Upkeep>().0.swap(true, Ordering::SeqCst) {
        return;
    }
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let ledger = app.state::<LedgerState>();
        if ledger.check_file() {
            if let Err(e) = app.emit("ledger-damaged", ()) {
                eprintln!("balans: the window could not be told of the damage: {e}");
            }
        } else {
            ledger.daily_backup();
        }
    });
}

/// Makes sure the upkeep runs even when no first screen is ever reported.
pub fn schedule<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(AT_THE_LATEST).await;
        start(&app);
    });
}
