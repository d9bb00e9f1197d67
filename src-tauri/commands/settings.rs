//! The settings, the desktop's dark style for "Follow the system", and the
//! kinds of exchange with their values.

use balans_core::{Kind, Settings};
use tauri::{AppHandle, Manager, Runtime};

use super::{Answer, Ledger};
use crate::desktop::global_shortcut;
use crate::desktop::system_style::{ColorScheme, SystemStyle};
use crate::ledger::change;

#[tauri::command(async)]
pub fn get_settings(ledger: Ledger<'_>) -> Answer<Settings> {
    ledger.read(|store| store.settings())
}

/// The desktop's light or dark preference where the web view cannot see
/// it (GNOME's dark style); `None` when the desktop said nothing.
#[tauri::command]
pub fn system_color_scheme(style: tauri::State<'_, SystemStyle>) -> Option<ColorScheme> {
    style.get()
}

#[tauri::command(async)]
pub fn update_settings<R: Runtime>(app: AppHandle<R>, settings: Settings) -> Answer<Settings> {
    let saved = change::write(&app, |store| {
        global_shortcut::check(&settings.quick_log_shortcut)?;
        store.update_settings(&settings)
    })?;
    global_shortcut::apply(&app, &saved.quick_log_shortcut);
    Ok(saved)
}

/// Why the quick log's shortcut is not working, if the platform refused it.
#[tauri::command(async)]
pub fn shortcut_refusal<R: Runtime>(app: AppHandle<R>) -> Option<String> {
    app.state::<global_shortcut::Refusal>().reason()
}

#[tauri::command(async)]
pub fn list_kinds(ledger: Ledger<'_>) -> Answer<Vec<Kind>> {
    ledger.read(|store| store.kinds())
}

#[tauri::command(async)]
pub fn add_kind<R: Runtime>(app: AppHandle<R>, name: String, value: f64) -> Answer<Kind> {
    change::write(&app, |store| store.add_kind(&name, value))
}

#[tauri::command(async)]
pub fn set_kind_value<R: Runtime>(app: AppHandle<R>, name: String, value: f64) -> Answer<Kind> {
    change::write(&app, |store| store.set_kind_value(&name, value))
}
