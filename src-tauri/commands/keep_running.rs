//! Balans beyond its window: starting at login (hidden, in the tray), and the
//! answer to the first close, keep running in the tray or quit.

use balans_core::words::Phrase;
use balans_core::{phrase, ErrorPayload, Language};
use tauri::{AppHandle, Runtime, Window};
use tauri_plugin_autostart::ManagerExt;

use super::Answer;
use crate::desktop::window;
use crate::ledger::change;

/// A failure of the system around Balans (the login item), said in the
/// system's language.
fn failure(says: Phrase) -> ErrorPayload {
    ErrorPayload::new("system", says, Language::of_system())
}

#[tauri::command]
pub fn get_autostart<R: Runtime>(app: AppHandle<R>) -> Answer<bool> {
    app.autolaunch().is_enabled().map_err(|e| {
        failure(phrase!(
            "desktop-login-item-unreadable",
            detail = e.to_string()
        ))
    })
}

#[tauri::command]
pub fn set_autostart<R: Runtime>(app: AppHandle<R>, enabled: bool) -> Answer<bool> {
    let manager = app.autolaunch();
    let changed = if enabled {
        manager.enable()
    } else {
        manager.disable()
    };
    changed.map_err(|e| {
        failure(phrase!(
            "desktop-login-item-unchanged",
            detail = e.to_string()
        ))
    })?;
    Ok(enabled)
}

/// The answer to the first close: keep running in the tray, or quit. It is
/// kept as a setting, so it runs off the main thread like the other writes.
#[tauri::command(async)]
pub fn answer_close<R: Runtime>(
    app: AppHandle<R>,
    window: Window<R>,
    keep_running: bool,
) -> Answer<()> {
    change::write(&app, |store| {
        let mut settings = store.settings()?;
        settings.close_to_tray = Some(keep_running);
        store.update_settings(&settings).map(drop)
    })?;
    if keep_running {
        window::hide(&window);
    } else {
        app.exit(0);
    }
    Ok(())
}
