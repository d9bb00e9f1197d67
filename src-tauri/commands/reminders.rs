//! Reminders: what is due and snoozed, the count for the navigation's badge,
//! one person's reminders, deciding about one (and taking the latest
//! decision back, as the window's Undo does), and pausing or resuming
//! notifications.

use std::sync::Mutex;

use balans_core::{clock, Decision, DecisionUndo, PauseFor, Reminder, RemindersShown};
use chrono::NaiveDateTime;
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, State};

use super::{Answer, Ledger};
use crate::ledger::change;
use crate::reminders::{Clock, SystemClock};
use crate::startup::first_screen::FirstScreen;

/// The Reminders view: the first of what is due and of what is snoozed,
/// how many there are of each, and any pause.
#[derive(Debug, Serialize)]
pub struct ReminderOverview {
    #[serde(flatten)]
    pub reminders: RemindersShown,
    /// While notifications are paused, until when (`YYYY-MM-DDTHH:MM`, local).
    pub paused_until: Option<String>,
}

/// A local moment as the window reads it: `YYYY-MM-DDTHH:MM`.
fn local_moment(moment: NaiveDateTime) -> String {
    moment.format("%Y-%m-%dT%H:%M").to_string()
}

/// The first `shown` due and snoozed reminders, worded: the page never
/// receives the thousands a heavy ledger can have.
#[tauri::command(async)]
pub fn list_reminders(ledger: Ledger<'_>, shown: usize) -> Answer<ReminderOverview> {
    let now = SystemClock.now();
    ledger.read(|store| {
        Ok(ReminderOverview {
            reminders: store.reminders_shown(now.date(), shown)?,
            paused_until: store.notifications_paused_until(now)?.map(local_moment),
        })
    })
}

#[tauri::command(async)]
pub fn due_reminder_count(ledger: Ledger<'_>, first: State<'_, FirstScreen>) -> Answer<usize> {
    let today = clock::today();
    ledger.read(|store| match first.due_count(store, today) {
        Some(read_ahead) => Ok(read_ahead),
        None => store.due_reminder_count(today),
    })
}

#[tauri::command(async)]
pub fn decide_reminder<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    decision: Decision,
) -> Answer<Reminder> {
    let (reminder, undo) = change::write(&app, |store| {
        store.decide_reminder_undoably(&key, &decision, clock::today())
    })?;
    app.state::<LastDecision>().keep(Some(undo));
    Ok(reminder)
}

/// What it takes to undo the window's latest decision about a reminder.
/// Kept here, not handed to the page: the page can only ask to undo it.
#[derive(Default)]
pub struct LastDecision(Mutex<Option<DecisionUndo>>);

impl LastDecision {
    fn keep(&self, undo: Option<DecisionUndo>) -> Option<DecisionUndo> {
        self.0
            .lock()
            .map(|mut held| std::mem::replace(&mut *held, undo))
            .unwrap_or_default()
    }
}

/// Takes back the latest decision (once); false when there is none.
#[tauri::command(async)]
pub fn undo_last_decision<R: Runtime>(app: AppHandle<R>) -> Answer<bool> {
    let Some(undo) = app.state::<LastDecision>().keep(None) else {
        return Ok(false);
    };
    change::write(&app, |store| store.undo_reminder_decision(&undo))?;
    Ok(true)
}

#[tauri::command(async)]
pub fn pause_notifications<R: Runtime>(app: AppHandle<R>, pause: PauseFor) -> Answer<String> {
    let until = change::write(&app, |store| {
        store.pause_notifications(pause, SystemClock.now())
    })?;
    Ok(local_moment(until))
}

#[tauri::command(async)]
pub fn resume_notifications<R: Runtime>(app: AppHandle<R>) -> Answer<()> {
    change::write(&app, |store| store.resume_notifications())
}
