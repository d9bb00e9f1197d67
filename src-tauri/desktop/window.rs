//! The main window: bringing it forward (from the tray, from a second launch)
//! and what closing it means. Closing keeps Balans running in the tray so
//! reminders can still reach the user; the first time, the window asks
//! whether that is what the user wants, and the answer is a setting.

use std::sync::atomic::{AtomicBool, Ordering};

use tauri::{AppHandle, CloseRequestApi, Emitter, Manager, Runtime, Window};

use crate::ledger::LedgerState;

/// The label of the one window, as in tauri.conf.json.
pub const MAIN: &str = "main";
/// Given on the command line by the login item: start in the tray, window hidden.
pub const IN_TRAY_ARG: &str = "--in-tray";

/// Whether the window has already been asked what closing should do.
#[derive(Default)]
pub struct CloseAsked(AtomicBool);

/// Shows the window, restored and focused.
pub fn show<R: Runtime>(app: &AppHandle<R>) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let shown = window
            .show()
            .and_then(|()| window.unminimize())
            .and_then(|()| window.set_focus());
        if let Err(e) = shown {
            eprintln!("balans: the window could not be brought forward: {e}");
        }
    }
}

/// Hides the window; Balans keeps running in the tray.
pub fn hide<R: Runtime>(window: &Window<R>) {
    if let Err(e) = window.hide() {
        eprintln!("balans: the window could not be hidden: {e}");
    }
}

/// Decides what a click on the window's close button does.
pub fn on_close_requested<R: Runtime>(window: &Window<R>, api: &CloseRequestApi) {
    let app = window.app_handle();
    let choice = app
        .state::<LedgerState>()
        .read(|store| Ok(store.settings()?.close_to_tray))
        // Without a ledger there is nothing to remind of: just close.
        .unwrap_or(Some(false));
    match choice {
        Some(false) => {}
        Some(true) => {
            api.prevent_close();
            hide(window);
        }
        None => {
            api.prevent_close();
            // Asked once already and closed again without answering: keep
            // running, which is the default the question offers.
            if app.state::<CloseAsked>().0.swap(true, Ordering::SeqCst) {
                hide(window);
            } else if let Err(e) = window.emit("close-requested", ()) {
                eprintln!("balans: the window could not ask about closing: {e}");
                hide(window);
            }
        }
    }
}
