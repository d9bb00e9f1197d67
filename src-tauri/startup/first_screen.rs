//! The first screen's data, read while the web view is still starting. The
//! web view needs a few hundred milliseconds before it can ask for anything,
//! and on a large ledger the dashboard and the count of due reminders take a
//! good part of that to compute; reading them in the meantime, on a thread of
//! their own, lets the window draw as soon as it asks. A reading is handed out
//! once, only on the day it was made and only while the ledger is unchanged
//! since, and it is dropped once the first screen is drawn.

use std::sync::{Mutex, MutexGuard};

use balans_core::{clock, Overview, Store};
use chrono::NaiveDate;
use tauri::{AppHandle, Manager, Runtime};

use crate::ledger::LedgerState;

/// What was read ahead, and the state of the ledger it was read from.
struct Reading {
    today: NaiveDate,
    version: (u64, i64),
    overview: Option<Overview>,
    due_count: Option<usize>,
}

/// The reading waiting for the window's first asks, if any.
#[derive(Default)]
pub struct FirstScreen(Mutex<Option<Reading>>);

impl FirstScreen {
    fn slot(&self) -> MutexGuard<'_, Option<Reading>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The overview read ahead, if it still holds for `store` on `today`.
    pub fn overview(&self, store: &Store, today: NaiveDate) -> Option<Overview> {
        self.take(store, today, |reading| reading.overview.take())
    }

    /// The count of due reminders read ahead, if it still holds.
    pub fn due_count(&self, store: &Store, today: NaiveDate) -> Option<usize> {
        self.take(store, today, |reading| reading.due_count.take())
    }

    /// Drops whatever is left: after the first screen, fresh reads are the rule.
    pub fn forget(&self) {
        *self.slot() = None;
    }

    fn take<T>(
        &self,
        store: &Store,
        today: NaiveDate,
        part: impl FnOnce(&mut Reading) -> Option<T>,
    ) -> Option<T> {
        let mut slot = self.slot();
        let reading = slot.as_mut()?;
        let current = store.data_version().ok()? == reading.version && reading.today == today;
        if !current {
            *slot = None;
            return None;
        }
        part(reading)
    }
}

/// Reads the first screen's data on a blocking thread, holding the ledger
/// while it does, so a window that asks meanwhile waits for this reading.
pub fn read_ahead<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        let read = app.state::<LedgerState>().read(|store| {
            let today = clock::today();
            let (overview, due_count) = store.first_screen(today)?;
            let reading = Reading {
                today,
                overview: Some(overview),
                due_count: Some(due_count),
                version: store.data_version()?,
            };
            *app.state::<FirstScreen>().slot() = Some(reading);
            Ok(())
        });
        // A ledger that could not be opened has its own message in the window.
        if let Err(e) = read {
            eprintln!(
                "balans: the first screen could not be read ahead: {}",
                e.message
            );
        }
    });
}
