//! One look at the reminders, as the scheduler takes it: everything due goes
//! to the tray and the window, and what became due since the last look goes
//! to desktop notifications. The look itself is Tauri-free so the scheduler
//! can be tested on a real ledger with a clock moved by hand; delivering it
//! needs the running app.

use balans_core::{Announcement, ErrorPayload, Reminder};
use chrono::NaiveDateTime;
use tauri::{AppHandle, Emitter, Manager, Runtime};
use tauri_plugin_notification::NotificationExt;

use crate::ledger_state::LedgerState;
use crate::scheduler::{self, Clock, SystemClock};
use crate::tray;

/// What one look found.
#[derive(Debug, Default)]
pub struct Look {
    pub due: Vec<Reminder>,
    pub announcements: Vec<Announcement>,
}

/// Reads what is due at `now` and picks (and marks) what to announce.
pub fn look(ledger: &LedgerState, now: NaiveDateTime) -> Result<Look, ErrorPayload> {
    ledger.with(|store| {
        let due = store.reminders(now.date())?.due;
        let announcements = store.announce(&due, now)?;
        Ok(Look { due, announcements })
    })
}

/// Shows a look: the tray's count and menu, the window's badge, notifications.
pub fn deliver<R: Runtime>(app: &AppHandle<R>, look: &Look) {
    tray::show_due(app, &look.due);
    if let Err(e) = app.emit("reminders-changed", look.due.len()) {
        eprintln!("balans: the window could not be told about reminders: {e}");
    }
    for announcement in &look.announcements {
        let shown = app
            .notification()
            .builder()
            .title(&announcement.title)
            .body(crate::notification_body::for_server(&announcement.body))
            .show();
        if let Err(e) = shown {
            eprintln!("balans: a notification could not be shown: {e}");
        }
    }
}

/// Looks now (after the user changed something) and shows the result.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let now = SystemClock.now();
    match look(&app.state::<LedgerState>(), now) {
        Ok(found) => deliver(app, &found),
        Err(e) => eprintln!("balans: reminders could not be read: {}", e.message),
    }
}

/// Starts the background scheduler on Tauri's async runtime.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(scheduler::run(SystemClock, move |now, _reason| {
        let app = app.clone();
        async move {
            let found = tauri::async_runtime::spawn_blocking({
                let app = app.clone();
                move || look(&app.state::<LedgerState>(), now)
            })
            .await;
            match found {
                Ok(Ok(found)) => deliver(&app, &found),
                Ok(Err(e)) => eprintln!("balans: reminders could not be read: {}", e.message),
                Err(e) => eprintln!("balans: the reminder look stopped: {e}"),
            }
            crate::memory::give_back();
        }
    }));
}

#[cfg(test)]
mod tests {
    //! The scheduler and the look together, on a real ledger file, with the
    //! wall clock moved by hand across days, a snooze, a done, a dismissal,
    //! a restart and a jump.

    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use balans_core::{Decision, Direction, ExchangeInput, PersonInput, ReminderKind};
    use chrono::{NaiveDate, TimeDelta};
    use tokio::task::JoinHandle;

    use super::*;
    use crate::scheduler::testing::HandClock;

    type Heard = Arc<Mutex<Vec<String>>>;

    fn morning(day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, day)
            .unwrap()
            .and_hms_opt(9, 0, 0)
            .unwrap()
    }

    /// Balans as it runs: a ledger on `dir` and its scheduler, recording
    /// the title of every notification it would show.
    fn launch(
        dir: &std::path::Path,
        clock: &HandClock,
        heard: &Heard,
    ) -> (Arc<LedgerState>, JoinHandle<()>) {
        let ledger = Arc::new(LedgerState::open(dir.to_path_buf()));
        let (looked, heard) = (Arc::clone(&ledger), Arc::clone(heard));
        let task = tokio::spawn(scheduler::run(clock.clone(), move |now, _| {
            let found = look(&looked, now).unwrap();
            heard
                .lock()
                .unwrap()
                .extend(found.announcements.into_iter().map(|a| a.title));
            async {}
        }));
        (ledger, task)
    }

    fn follow_up(ledger: &LedgerState, name: &str, on: &str) {
        ledger
            .with(|store| {
                let person = store.add_person(&PersonInput::named(name))?;
                let mut input =
                    ExchangeInput::new(&person.id, "2026-11-01", Direction::Gave, "advice");
                input.follow_up = Some(on.into());
                store.record_exchange(&input)
            })
            .unwrap();
    }

    fn decide(ledger: &LedgerState, name: &str, decision: Decision, now: NaiveDateTime) {
        ledger
            .with(|store| {
                let due = store.reminders(now.date())?.due;
                let reminder = due
                    .iter()
                    .find(|r| r.person_name == name && r.kind == ReminderKind::FollowUp)
                    .expect("the reminder is due");
                store.decide_reminder(&reminder.key, &decision, now.date())
            })
            .unwrap();
    }

    fn take(heard: &Heard) -> Vec<String> {
        std::mem::take(&mut *heard.lock().unwrap())
    }

    #[tokio::test(start_paused = true)]
    async fn due_snoozed_done_dismissed_restart_and_jump() {
        let dir = tempfile::tempdir().unwrap();
        let clock = HandClock::at(morning(19));
        let heard = Heard::default();
        let (ledger, task) = launch(dir.path(), &clock, &heard);
        for (name, on) in [
            ("Anna", "2026-11-20"),
            ("Bram", "2026-11-20"),
            ("Carla", "2026-11-20"),
        ] {
            follow_up(&ledger, name, on);
        }
        follow_up(&ledger, "Dirk", "2026-11-24");
        clock.pass(Duration::from_secs(60)).await;
        assert!(take(&heard).is_empty(), "nothing is due on the 19th");

        // A day passes while Balans runs: the three become due within a minute.
        clock.pass(Duration::from_secs(24 * 3600)).await;
        let mut due = take(&heard);
        due.sort();
        assert_eq!(
            due,
            [
                "Follow up with \u{2068}Anna\u{2069}",
                "Follow up with \u{2068}Bram\u{2069}",
                "Follow up with \u{2068}Carla\u{2069}"
            ]
        );
        clock.pass(Duration::from_secs(600)).await;
        assert!(take(&heard).is_empty(), "each is announced once");

        let now = clock.now();
        decide(&ledger, "Anna", Decision::SnoozeDay, now);
        decide(&ledger, "Bram", Decision::Done, now);
        decide(&ledger, "Carla", Decision::Dismiss, now);

        // Balans quits and starts again the next morning.
        task.abort();
        let _ = task.await;
        drop(ledger);
        clock.jump(TimeDelta::hours(23));
        let (ledger, task) = launch(dir.path(), &clock, &heard);
        clock.pass(Duration::from_secs(60)).await;
        assert_eq!(
            take(&heard),
            ["Follow up with \u{2068}Anna\u{2069}"],
            "only the snoozed one returns"
        );

        // The machine sleeps until the 25th: Dirk's follow-up shows at once on waking.
        clock.jump(TimeDelta::days(4));
        clock.pass(scheduler::WATCH).await;
        assert_eq!(take(&heard), ["Follow up with \u{2068}Dirk\u{2069}"]);
        let due: Vec<String> = look(&ledger, clock.now())
            .unwrap()
            .due
            .into_iter()
            .map(|r| r.person_name)
            .collect();
        assert_eq!(due, ["Anna", "Dirk"]);
        task.abort();
    }
}
