//! Where a look goes: the tray is drawn from it (the count, the due
//! reminders, the pause) and what it announces becomes desktop
//! notifications. A change takes its look at once, on its own thread
//! (`look_now`); the scheduler takes one every minute. The window is told by
//! whoever asked for the look: the scheduler says the reminders changed, a
//! change says the ledger did.

use tauri::{AppHandle, Manager, Runtime};

use super::look::{look, Look};
use super::scheduler::{Clock, SystemClock};
use crate::desktop::{notifications, tray};
use crate::ledger::LedgerState;

/// Draws the tray from `look` and shows its announcements.
pub fn show<R: Runtime>(app: &AppHandle<R>, look: &Look) {
    tray::draw(
        app,
        &tray::TrayPicture {
            lang: look.lang,
            due_total: look.due_total,
            due: &look.due,
            paused_until: look.paused_until,
            now: look.now,
        },
    );
    notifications::show(app, look.lang, &look.announcements);
}

/// Looks now, on this thread, and shows what it found.
pub fn look_now<R: Runtime>(app: &AppHandle<R>) {
    match look(&app.state::<LedgerState>(), SystemClock.now()) {
        Ok(found) => show(app, &found),
        Err(e) => eprintln!("balans: reminders could not be read: {}", e.message),
    }
}
