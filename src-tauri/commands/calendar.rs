//! The calendar file Balans keeps up to date for a calendar app
//! (`ledger::calendar_file`): where it is, choosing it in the system's save
//! dialog (the only way a path gets there), and no longer keeping it.

use tauri::{AppHandle, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::transfer::chosen;
use super::Answer;
use crate::ledger::calendar_file::{self, CalendarFile};
use crate::ledger::LedgerState;

/// Where the kept calendar file is, if one is kept.
#[tauri::command]
pub fn calendar_file(file: State<'_, CalendarFile>) -> Option<String> {
    file.path().map(|path| path.display().to_string())
}

/// Asks where to keep the calendar file, writes it there and keeps it up
/// to date from now on; `None` when the dialog was closed.
#[tauri::command(async)]
pub fn keep_calendar_file<R: Runtime>(
    app: AppHandle<R>,
    ledger: State<'_, LedgerState>,
) -> Answer<Option<String>> {
    let dialog = app
        .dialog()
        .file()
        .add_filter("iCalendar", &["ics"])
        .set_file_name("Balans.ics");
    let Some(path) = chosen(dialog.blocking_save_file()).map_err(|e| ledger.said(e))? else {
        return Ok(None);
    };
    calendar_file::choose(&app, Some(path.clone()))?;
    Ok(Some(path.display().to_string()))
}

/// No longer keeps a calendar file; the file written last stays.
#[tauri::command(async)]
pub fn stop_calendar_file<R: Runtime>(app: AppHandle<R>) -> Answer<()> {
    calendar_file::choose(&app, None)
}
