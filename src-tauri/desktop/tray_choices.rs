//! What a click in the tray's menu does: bring the window forward (to a
//! person, the quick log or the reminders), pause or resume notifications,
//! or quit. A pause is a change to the ledger like any other, so it goes
//! through `ledger::change`, which redraws the tray; it runs off the main
//! thread, which keeps the tray and the window responsive while it waits
//! for the ledger.

use balans_core::PauseFor;
use tauri::{AppHandle, Emitter, Runtime};

use super::tray::TrayChoice;
use super::window;
use crate::ledger::change;
use crate::reminders::{Clock, SystemClock};

/// Does what `choice` asks.
pub fn on_choice<R: Runtime>(app: &AppHandle<R>, choice: TrayChoice) {
    let show_and_tell = |event: &str, payload: &str| {
        window::show(app);
        if let Err(e) = app.emit(event, payload) {
            eprintln!("balans: the window could not be told to {event}: {e}");
        }
    };
    match choice {
        TrayChoice::Open => window::show(app),
        TrayChoice::QuickLog => show_and_tell("quick-log", ""),
        TrayChoice::AllReminders => show_and_tell("navigate", "reminders"),
        TrayChoice::Person(id) => show_and_tell("open-person", &id),
        TrayChoice::Pause(pause) => pause_notifications(app, Some(pause)),
        TrayChoice::Resume => pause_notifications(app, None),
        TrayChoice::Quit => app.exit(0),
    }
}

/// Pauses notifications for `pause`, or with none resumes them.
fn pause_notifications<R: Runtime>(app: &AppHandle<R>, pause: Option<PauseFor>) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let now = SystemClock.now();
        let changed = change::write(&app, |store| match pause {
            Some(pause) => store.pause_notifications(pause, now).map(drop),
            None => store.resume_notifications(),
        });
        if let Err(e) = changed {
            eprintln!("balans: notifications could not be paused: {}", e.message);
        }
    });
}
