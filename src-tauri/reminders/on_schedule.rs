//! The scheduler in the running app: each look it asks for is taken on a
//! blocking thread, shown (the tray, notifications), and the window's badge
//! is told the count of due reminders (`reminders-changed`). Memory freed by
//! the look goes back to the system after it.

use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::delivery::show;
use super::look::look;
use super::scheduler::{self, SystemClock};
use crate::ledger::LedgerState;
use crate::process::memory;

/// What the window hears after every scheduled look, with the count due.
const REMINDERS_CHANGED: &str = "reminders-changed";

/// Starts the scheduler on Tauri's async runtime.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(scheduler::run(SystemClock, move |now, _reason| {
        let app = app.clone();
        async move {
            let found = tauri::async_runtime::spawn_blocking({
                let app = app.clone();
                move || look(&app.state::<LedgerState>(), now)
            })
            .await;
            match found {
                Ok(Ok(found)) => {
                    show(&app, &found);
                    if let Err(e) = app.emit(REMINDERS_CHANGED, found.due_total) {
                        eprintln!("balans: the window could not be told about reminders: {e}");
                    }
                }
                Ok(Err(e)) => eprintln!("balans: reminders could not be read: {}", e.message),
                Err(e) => eprintln!("balans: the reminder look stopped: {e}"),
            }
            memory::give_back();
        }
    }));
}
