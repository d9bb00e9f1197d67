//! One look at the reminders: everything due at a moment, what became due
//! since the last look (picked and marked announced in the same write, so a
//! crash can lose a notification but never repeat one), and what the tray
//! says beside them (the language, and any pause of notifications). The look
//! is Tauri-free, so the scheduler can be tested with it on a real ledger
//! with a clock moved by hand; `delivery.rs` shows it on the running app.

use balans_core::{Announcement, ErrorPayload, Language, Reminder};
use chrono::NaiveDateTime;

use crate::ledger::LedgerState;

/// How many due reminders a look words: the most the tray names.
pub const LISTED: usize = 8;

/// What one look found.
#[derive(Debug)]
pub struct Look {
    /// When the look was taken.
    pub now: NaiveDateTime,
    /// How many reminders are due.
    pub due_total: usize,
    /// The first [`LISTED`] of them.
    pub due: Vec<Reminder>,
    pub announcements: Vec<Announcement>,
    /// The language of the settings, else the system's.
    pub lang: Language,
    /// Until when notifications are paused, if they are.
    pub paused_until: Option<NaiveDateTime>,
}

/// Reads what is due at `now` and picks (and marks) what to announce.
pub fn look(ledger: &LedgerState, now: NaiveDateTime) -> Result<Look, ErrorPayload> {
    ledger.write(|store| {
        let found = store.look_at_due(now, LISTED)?;
        Ok(Look {
            now,
            due_total: found.due_total,
            due: found.first,
            announcements: found.announcements,
            lang: store.settings()?.language_or_system(),
            paused_until: store.notifications_paused_until(now)?,
        })
    })
}

#[cfg(test)]
mod tests {
    //! The scheduler and the look together, on a real ledger file, with the
    //! wall clock moved by hand across days, a snooze, a done, a dismissal,
    //! a restart and a jump.

    use std::sync::{Arc, Mutex};
    use std::time::Duration;

    use balans_core::{
        Decision, Direction, ExchangeInput, PauseFor, PersonInput, ReminderKind, Settings,
    };
    use chrono::{NaiveDate, TimeDelta};
    use tokio::task::JoinHandle;

    use super::*;
    use crate::reminders::scheduler::testing::HandClock;
    use crate::reminders::scheduler::{self, Clock};

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
            .write(|store| {
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
            .write(|store| {
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
        clock.pass(scheduler::CLOCK_CHECK_EVERY).await;
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

    #[test]
    fn a_look_tells_the_tray_its_language_and_the_pause() {
        let dir = tempfile::tempdir().unwrap();
        let ledger = LedgerState::open(dir.path().to_path_buf());
        let now = morning(23);
        let before = look(&ledger, now).unwrap();
        assert_eq!(before.paused_until, None, "nothing is paused yet");
        ledger
            .write(|store| {
                let dutch = Settings {
                    language: Some(Language::Nl),
                    ..store.settings()?
                };
                store.update_settings(&dutch)?;
                store.pause_notifications(PauseFor::Hour, now)
            })
            .unwrap();
        let found = look(&ledger, now).unwrap();
        assert_eq!(found.lang, Language::Nl);
        assert_eq!(found.paused_until, Some(now + TimeDelta::hours(1)));
        assert_eq!(found.now, now);
    }
}
