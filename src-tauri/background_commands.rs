//! The commands about Balans working in the background: reminders and their
//! decisions, pausing notifications, starting at login, and the answer to
//! "keep running in the tray?". Every change is followed by a fresh look at
//! the reminders, so the tray and the window agree at once.

use balans_core::words::Phrase;
use balans_core::{clock, phrase, Decision, ErrorPayload, Language, PauseFor, Reminder, Reminders};
use chrono::NaiveDateTime;
use serde::Serialize;
use tauri::{AppHandle, Runtime, State, Window};
use tauri_plugin_autostart::ManagerExt;

use crate::first_screen::FirstScreen;
use crate::ledger_state::LedgerState;
use crate::reminder_service;
use crate::scheduler::{Clock, SystemClock};
use crate::window;

type Answer<T> = Result<T, ErrorPayload>;
type Ledger<'a> = State<'a, LedgerState>;

/// The Reminders view: what is due, what is snoozed, and any pause.
#[derive(Debug, Serialize)]
pub struct ReminderOverview {
    #[serde(flatten)]
    pub reminders: Reminders,
    /// While notifications are paused, until when (`YYYY-MM-DDTHH:MM`, local).
    pub paused_until: Option<String>,
}

/// A failure of the system around Balans (the login item), said in the
/// system's language.
fn failure(says: Phrase) -> ErrorPayload {
    ErrorPayload::new("system", says, Language::of_system())
}

/// A local moment as the window reads it: `YYYY-MM-DDTHH:MM`.
fn local_moment(moment: NaiveDateTime) -> String {
    moment.format("%Y-%m-%dT%H:%M").to_string()
}

#[tauri::command(async)]
pub fn list_reminders(ledger: Ledger<'_>) -> Answer<ReminderOverview> {
    let now = SystemClock.now();
    ledger.with(|store| {
        Ok(ReminderOverview {
            reminders: store.reminders(now.date())?,
            paused_until: store.notifications_paused_until(now)?.map(local_moment),
        })
    })
}

#[tauri::command(async)]
pub fn due_reminder_count(ledger: Ledger<'_>, first: State<'_, FirstScreen>) -> Answer<usize> {
    let today = clock::today();
    ledger.with(|store| match first.due_count(store, today) {
        Some(read_ahead) => Ok(read_ahead),
        None => store.due_reminder_count(today),
    })
}

#[tauri::command(async)]
pub fn person_reminders(ledger: Ledger<'_>, id: String) -> Answer<Vec<Reminder>> {
    ledger.with(|store| store.reminders_for(&id, clock::today()))
}

#[tauri::command(async)]
pub fn decide_reminder<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
    key: String,
    decision: Decision,
) -> Answer<Reminder> {
    let decided = ledger.with(|store| store.decide_reminder(&key, &decision, clock::today()))?;
    reminder_service::refresh(&app);
    Ok(decided)
}

#[tauri::command(async)]
pub fn pause_notifications<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
    pause: PauseFor,
) -> Answer<String> {
    let until = ledger.with(|store| store.pause_notifications(pause, SystemClock.now()))?;
    reminder_service::refresh(&app);
    Ok(local_moment(until))
}

#[tauri::command(async)]
pub fn resume_notifications<R: Runtime>(app: AppHandle<R>, ledger: Ledger<'_>) -> Answer<()> {
    ledger.with(|store| store.resume_notifications())?;
    reminder_service::refresh(&app);
    Ok(())
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

/// The answer to the first close: keep running in the tray, or quit.
#[tauri::command]
pub fn answer_close<R: Runtime>(
    app: AppHandle<R>,
    window: Window<R>,
    ledger: Ledger<'_>,
    keep_running: bool,
) -> Answer<()> {
    ledger.with(|store| {
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
