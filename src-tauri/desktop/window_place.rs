//! The window's size and place, kept from one start to the next by the
//! window-state plugin in the app's config folder: they belong to this
//! computer's screen, so they live outside the data folder and never sync.
//! The plugin writes them when Balans exits normally; a session that ends
//! with a signal (logging out, a kill) would lose what changed since, so a
//! move or resize is also written once the window has been still for half a
//! second. Whether the window is shown is not kept: a Balans quit from the
//! tray starts with its window, unless the login item starts it in the tray.

use std::time::Duration;

use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

use crate::settling::Settling;

/// What is kept of the window.
const KEPT: StateFlags = StateFlags::SIZE
    .union(StateFlags::POSITION)
    .union(StateFlags::MAXIMIZED);
/// How long the window stays still before a move or resize is written.
const STILL_FOR: Duration = Duration::from_millis(500);

/// The moves and resizes, so only the last of a drag is written.
#[derive(Default)]
pub struct Moves(Settling);

/// The plugin, restoring the window's size and place when it is ready.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_window_state::Builder::new()
        .with_state_flags(KEPT)
        .build()
}

/// Writes the window's size and place once it has been still for a while.
pub fn remember_soon<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    app.state::<Moves>().0.ask(STILL_FOR, move || {
        if let Err(e) = handle.save_window_state(KEPT) {
            eprintln!("balans: the window's size and place could not be kept: {e}");
        }
    });
}
