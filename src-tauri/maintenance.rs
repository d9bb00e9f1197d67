//! What waits until the window has drawn its first screen: the tray icon
//! (loading the desktop's indicator library and registering with its panel
//! is main-thread work the window would wait for), the reminder scheduler,
//! whose first look may announce and so write, and the ledger's upkeep,
//! SQLite's check of the whole file and then the day's backup. On a large
//! ledger these take from a tenth of a second to a second or more of disk
//! and processor, which the first screen should not wait for. The upkeep
//! runs on a connection of its own, never holding up the window's commands.
//! Without a drawn screen (started hidden in the tray, or a window that never
//! reports) they start at once or after half a minute.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::ledger_state::LedgerState;
use crate::reminder_service;

/// The latest the upkeep waits for the first screen.
const AT_THE_LATEST: Duration = Duration::from_secs(30);

/// Whether the upkeep has started in this run.
#[derive(Default)]
pub struct Upkeep(AtomicBool);

/// Starts the tray, the scheduler and the upkeep once, whichever comes first: this call or the timer.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    if app.state::<Upkeep>().0.swap(true, Ordering::SeqCst) {
        return;
    }
    let on_main = app.clone();
    let started = app.run_on_main_thread(move || {
        if let Err(e) = crate::tray::install(&on_main) {
            eprintln!("balans: the tray icon could not be installed: {e}");
        }
        // After the tray, so the first look's count has an icon to go to.
        reminder_service::start(&on_main);
    });
    if let Err(e) = started {
        eprintln!("balans: the tray and the reminders could not be started: {e}");
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
        crate::memory::give_back();
    });
}

/// Makes sure all this starts even when no first screen is ever reported.
pub fn schedule<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(AT_THE_LATEST).await;
        start(&app);
    });
}
