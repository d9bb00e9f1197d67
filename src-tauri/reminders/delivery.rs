//! Where a look goes: the tray is drawn from it (the count, the due
//! reminders, the pause) and what it announces becomes desktop
//! notifications. A change takes its look a moment later (`look_soon`),
//! once the window has read what it redraws and the ledger is still, so a
//! burst of changes takes one look; changes from another computer take
//! theirs at once (`look_now`), and the scheduler one every minute. The
//! window is told by whoever asked for the look: the scheduler says the
//! reminders changed, a change says the ledger did.

use std::time::Duration;

use tauri::{AppHandle, Manager, Runtime};

use super::look::{look, Look};
use super::scheduler::{Clock, SystemClock};
use crate::desktop::{notifications, tray};
use crate::ledger::LedgerState;
use crate::settling::Settling;

/// How long the ledger stays still after a change before its look: long
/// enough for the window to redraw first (its reads wait on the same
/// ledger), short enough that the tray follows the change unnoticed.
const STILL_FOR: Duration = Duration::from_millis(200);

/// The changes asking for a look, so only the last of a burst looks.
#[derive(Default)]
pub struct ChangesToLookAt(Settling);

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

/// Looks, and shows what it found, once the ledger has been still for
/// [`STILL_FOR`].
pub fn look_soon<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    app.state::<ChangesToLookAt>()
        .0
        .ask(STILL_FOR, move || look_now(&handle));
}
