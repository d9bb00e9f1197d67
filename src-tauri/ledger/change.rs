//! The one way a change reaches the ledger from the desktop: every command
//! that writes, and the tray's pause, goes through [`write`], or through
//! [`make`] for a change that is more than one call on the store (recovering
//! a damaged ledger). Each of the core's writes commits before it returns, so
//! once the work is done the change is on disk, and the command answers.
//! The window hears [`LEDGER_CHANGED`] at once; the reminders are looked at
//! again a moment later, once the window has read what it redraws (a look
//! reads everyone's figures, and both wait on the one ledger), and the tray
//! is drawn from that look, anything newly due announced: the tray's count
//! never waits for the scheduler's next minute. The calendar file a calendar
//! app subscribes to, when kept, is written again a second later. A refused
//! change tells no one.

use balans_core::{ErrorPayload, Store};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::{calendar_file, LedgerState};
use crate::reminders;

/// What the window hears after each change the window or the tray made.
pub const LEDGER_CHANGED: &str = "ledger-changed";

type Answer<T> = Result<T, ErrorPayload>;

/// Runs `work` as a write on the store, then tells everyone.
pub fn write<R: Runtime, T>(
    app: &AppHandle<R>,
    work: impl FnOnce(&mut Store) -> balans_core::Result<T>,
) -> Answer<T> {
    make(app, |ledger| ledger.write(work))
}

/// Makes `change` on the ledger, then tells everyone.
pub fn make<R: Runtime, T>(
    app: &AppHandle<R>,
    change: impl FnOnce(&LedgerState) -> Answer<T>,
) -> Answer<T> {
    let made = change(&app.state::<LedgerState>())?;
    reminders::look_soon(app);
    calendar_file::refresh_soon(app);
    if let Err(e) = app.emit(LEDGER_CHANGED, ()) {
        eprintln!("balans: the window could not be told of the change: {e}");
    }
    Ok(made)
}
