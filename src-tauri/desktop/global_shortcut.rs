//! The quick log from anywhere: a system-wide shortcut (Ctrl+Alt+B unless
//! the user chose another in Settings) that brings the window forward with
//! the quick log open, also while Balans sits in the tray. A shortcut the
//! platform refuses (taken by another program, or a desktop without a way
//! to grab keys, such as a Wayland session) is kept as chosen and said
//! plainly in Settings, instead of failing quietly.

use std::str::FromStr;
use std::sync::Mutex;

use balans_core::{phrase, Error};
use tauri::plugin::TauriPlugin;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_global_shortcut::{GlobalShortcutExt, Shortcut, ShortcutState};

use super::tray::TrayChoice;
use super::tray_choices;
use crate::ledger::LedgerState;

/// Why the chosen shortcut is not working, if it is not.
#[derive(Default)]
pub struct Refusal(Mutex<Option<String>>);

impl Refusal {
    /// What the platform said when it refused the shortcut, if it did.
    pub fn reason(&self) -> Option<String> {
        self.0.lock().map(|r| r.clone()).unwrap_or_default()
    }

    fn set(&self, reason: Option<String>) {
        if let Ok(mut held) = self.0.lock() {
            *held = reason;
        }
    }
}

/// The plugin, with what a press of the shortcut does.
pub fn plugin<R: Runtime>() -> TauriPlugin<R> {
    tauri_plugin_global_shortcut::Builder::new()
        .with_handler(|app, _shortcut, event| {
            if event.state() == ShortcutState::Pressed {
                tray_choices::on_choice(app, TrayChoice::QuickLog);
            }
        })
        .build()
}

/// Checks that `text` is a shortcut the desktop can read (or empty, for none).
pub fn check(text: &str) -> balans_core::Result<()> {
    if text.is_empty() || Shortcut::from_str(text).is_ok() {
        return Ok(());
    }
    Err(Error::invalid(
        "quick_log_shortcut",
        phrase!("error-shortcut-not-understood", text = text),
    ))
}

/// Makes `wanted` the one shortcut Balans holds, and notes a refusal.
pub fn apply<R: Runtime>(app: &AppHandle<R>, wanted: &str) {
    let shortcuts = app.global_shortcut();
    let refused = shortcuts
        .unregister_all()
        .err()
        .map(|e| e.to_string())
        .or_else(|| {
            if wanted.is_empty() {
                return None;
            }
            match Shortcut::from_str(wanted) {
                Ok(shortcut) => shortcuts.register(shortcut).err().map(|e| e.to_string()),
                Err(e) => Some(e.to_string()),
            }
        });
    if let Some(reason) = &refused {
        eprintln!("balans: the shortcut {wanted} could not be registered: {reason}");
    }
    app.state::<Refusal>().set(refused);
}

/// Registers the shortcut the settings hold.
pub fn apply_saved<R: Runtime>(app: &AppHandle<R>) {
    match app.state::<LedgerState>().read(|store| store.settings()) {
        Ok(settings) => apply(app, &settings.quick_log_shortcut),
        Err(e) => eprintln!("balans: the shortcut was not registered: {}", e.message),
    }
}
