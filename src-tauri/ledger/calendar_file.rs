//! A calendar file Balans keeps up to date, for a calendar app to subscribe
//! to: the same iCalendar as the export (follow-ups and keep-in-touch dates
//! with their alarms, stable UIDs, in the ledger's language), written again
//! a second after each change the window, the tray or sync makes, and when
//! Balans starts. Where it goes is this computer's choice, made in the
//! system's save dialog and kept in the app's config folder, never in the
//! ledger: it neither syncs nor travels in a backup, and the page cannot
//! name a path. Changes made with the command line reach the file with the
//! window's next change or start.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::time::Duration;

use balans_core::files::atomic_write::{self, Overwrite};
use balans_core::{clock, phrase, Error, ErrorPayload};
use serde::{Deserialize, Serialize};
use tauri::{AppHandle, Manager, Runtime};

use super::LedgerState;
use crate::settling::Settling;

/// The file in the app's config folder that names the calendar file.
const CHOICE_FILE: &str = "calendar-file.json";
/// How long the ledger stays still before the file is written again.
const STILL_FOR: Duration = Duration::from_secs(1);

/// The choice as kept in [`CHOICE_FILE`].
#[derive(Debug, Default, Serialize, Deserialize)]
struct Choice {
    path: Option<PathBuf>,
}

/// Where the calendar file goes, if anywhere, and the changes asking for
/// it, so only the last of a burst writes.
#[derive(Default)]
pub struct CalendarFile {
    path: Mutex<Option<PathBuf>>,
    changes: Settling,
}

impl CalendarFile {
    /// The choice kept in `config_dir`; none when there is none or it
    /// cannot be read.
    pub fn kept_in(config_dir: &Path) -> CalendarFile {
        let choice: Choice = std::fs::read(config_dir.join(CHOICE_FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        CalendarFile {
            path: Mutex::new(choice.path),
            changes: Settling::default(),
        }
    }

    pub fn path(&self) -> Option<PathBuf> {
        self.path
            .lock()
            .map(|held| held.clone())
            .unwrap_or_default()
    }
}

fn said<R: Runtime>(app: &AppHandle<R>, error: Error) -> ErrorPayload {
    app.state::<LedgerState>().said(error)
}

fn io_refused<R: Runtime>(app: &AppHandle<R>, detail: impl std::fmt::Display) -> ErrorPayload {
    said(
        app,
        Error::invalid("path", phrase!("error-io", detail = detail.to_string())),
    )
}

/// Keeps the file at `path` from now on (none: no file), remembers the
/// choice, and writes the file at once.
pub fn choose<R: Runtime>(app: &AppHandle<R>, path: Option<PathBuf>) -> Result<(), ErrorPayload> {
    let config_dir = app
        .path()
        .app_config_dir()
        .map_err(|e| io_refused(app, e))?;
    std::fs::create_dir_all(&config_dir).map_err(|e| io_refused(app, e))?;
    let choice = serde_json::to_vec_pretty(&Choice { path: path.clone() })
        .map_err(|e| io_refused(app, e))?;
    atomic_write::write_file(&config_dir.join(CHOICE_FILE), &choice, Overwrite::Allow)
        .map_err(|e| said(app, e))?;
    if let Ok(mut held) = app.state::<CalendarFile>().path.lock() {
        *held = path;
    }
    write_now(app)
}

/// Writes the calendar file now, if one is kept.
pub fn write_now<R: Runtime>(app: &AppHandle<R>) -> Result<(), ErrorPayload> {
    let Some(path) = app.state::<CalendarFile>().path() else {
        return Ok(());
    };
    let stamp = clock::now().format("%Y%m%dT%H%M%SZ").to_string();
    let bytes = app
        .state::<LedgerState>()
        .read(|store| store.export_icalendar(&stamp))?;
    atomic_write::write_file(&path, &bytes, Overwrite::Allow).map_err(|e| said(app, e))
}

/// Writes the calendar file once the ledger has been still for a second.
pub fn refresh_soon<R: Runtime>(app: &AppHandle<R>) {
    let file = app.state::<CalendarFile>();
    if file.path().is_none() {
        return;
    }
    let handle = app.clone();
    file.changes.ask(STILL_FOR, move || {
        if let Err(e) = write_now(&handle) {
            eprintln!(
                "balans: the calendar file could not be written: {}",
                e.message
            );
        }
    });
}
