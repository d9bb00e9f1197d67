//! Deciding what a desktop notification says, and when to stay silent.
//! A reminder is announced once: it is marked in the same transaction that
//! picks it, before anything is shown, so a crash can lose one notification
//! (the reminder itself stays in the window and the tray) but never repeat
//! one. Nothing is announced while notifications are off or paused, or in
//! quiet hours; what was held back is announced, grouped, afterwards.

use std::collections::HashSet;

use chrono::{Days, NaiveDateTime, NaiveTime, TimeDelta};
use rusqlite::{params, OptionalExtension};
use serde::{Deserialize, Serialize};

use super::{in_listing_order, wording, Reminder};
use crate::error::{Error, Result};
use crate::language::Language;
use crate::phrase;
use crate::store::Store;

/// More newly due reminders than this are announced as one notification.
const SEPARATE_AT_MOST: usize = 3;
/// How many reminders a grouped notification names before "and N more".
const NAMED_IN_GROUP: usize = 3;
const STORED_MOMENT: &str = "%Y-%m-%dT%H:%M:%S";

/// One desktop notification.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Announcement {
    pub title: String,
    pub body: String,
    /// The person to open when the notification is about one.
    pub person_id: Option<String>,
    /// The reminders it announces.
    pub keys: Vec<String>,
}

/// One look at the due reminders: what the tray and the notifications show.
#[derive(Debug, Clone, PartialEq)]
pub struct DueLook {
    /// How many reminders are due.
    pub due_total: usize,
    /// The first due reminders in their listing order, worded.
    pub first: Vec<Reminder>,
    /// Notifications for those newly due, now marked announced.
    pub announcements: Vec<Announcement>,
}

/// How long "Pause notifications" lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PauseFor {
    Hour,
    /// Until the end of tomorrow's quiet hours, or 08:00 without them.
    UntilTomorrow,
}

fn grouped(fresh: &[&Reminder], lang: Language) -> Announcement {
    let count = fresh.len();
    let mut lines: Vec<String> = fresh
        .iter()
        .take(NAMED_IN_GROUP)
        .map(|r| r.title.clone())
        .collect();
    let more = count.saturating_sub(NAMED_IN_GROUP);
    if more > 0 {
        lines.push(wording::and_more(more, lang));
    }
    Announcement {
        title: wording::grouped_title(count, lang),
        body: lines.join("\n"),
        person_id: None,
        keys: fresh.iter().map(|r| r.key.clone()).collect(),
    }
}

fn single(reminder: &Reminder) -> Announcement {
    Announcement {
        title: reminder.title.clone(),
        body: reminder.detail.clone(),
        person_id: Some(reminder.person_id.clone()),
        keys: vec![reminder.key.clone()],
    }
}

impl Store {
    /// The notifications to show at `now` (local time) for reminders that
    /// became due and were never announced, marking them announced. Empty
    /// when there is nothing new, or while silent.
    pub fn announce_due(&mut self, now: NaiveDateTime) -> Result<Vec<Announcement>> {
        Ok(self.look_at_due(now, 0)?.announcements)
    }

    /// What the tray and the notifications show at `now`: how many
    /// reminders are due, the first `listed` of them, and the newly due
    /// announced (and marked so, as [`Store::announce_due`] does). Only
    /// those listed or announced are worded: a ledger with thousands due
    /// is looked at after every change and every minute.
    pub fn look_at_due(&mut self, now: NaiveDateTime, listed: usize) -> Result<DueLook> {
        let today = now.date();
        let version = self.version(today)?;
        let settings = self.settings()?;
        let living = self.living(today)?;
        let (due, _) = self.due_and_snoozed(&living.active, None, &settings, today)?;
        let due = in_listing_order(due);
        let due_total = due.len();
        self.memo.due_total.keep(version, due_total);
        let quiet = settings
            .quiet_hours
            .as_ref()
            .is_some_and(|q| q.contains(now.time()));
        let silent =
            !settings.notifications || quiet || self.notifications_paused_until(now)?.is_some();
        let announced = if silent {
            HashSet::new()
        } else {
            self.announced_keys()?
        };
        let lang = settings.language_or_system();
        let (mut first, mut fresh) = (Vec::new(), Vec::new());
        for (place, occurrence) in due.into_iter().enumerate() {
            let is_fresh = !silent && !announced.contains(&occurrence.key);
            if place >= listed && !is_fresh {
                continue;
            }
            let reminder = occurrence.reminder(None, lang);
            if is_fresh {
                fresh.push(reminder.clone());
            }
            if place < listed {
                first.push(reminder);
            }
        }
        let announcements = self.mark_announced(&fresh, now, lang)?;
        Ok(DueLook {
            due_total,
            first,
            announcements,
        })
    }

    /// Marks `fresh` announced at `now` and says them: one notification
    /// each, or one for them all when there are many.
    fn mark_announced(
        &self,
        fresh: &[Reminder],
        now: NaiveDateTime,
        lang: Language,
    ) -> Result<Vec<Announcement>> {
        if fresh.is_empty() {
            return Ok(Vec::new());
        }
        let tx = self.write()?;
        {
            let mut mark = tx.prepare_cached(
                "INSERT INTO reminder_state (reminder_key, kind, person_id, announced_at)
                 VALUES (?1, ?2, ?3, ?4)
                 ON CONFLICT (reminder_key) DO UPDATE SET announced_at = excluded.announced_at",
            )?;
            let at = now.format(STORED_MOMENT).to_string();
            for r in fresh {
                mark.execute(params![r.key, r.kind.as_str(), r.person_id, at])?;
            }
        }
        tx.commit()?;
        let fresh: Vec<&Reminder> = fresh.iter().collect();
        Ok(if fresh.len() > SEPARATE_AT_MOST {
            vec![grouped(&fresh, lang)]
        } else {
            fresh.into_iter().map(single).collect()
        })
    }

    /// Silences notifications from `now` for a while; returns until when.
    pub fn pause_notifications(
        &mut self,
        pause: PauseFor,
        now: NaiveDateTime,
    ) -> Result<NaiveDateTime> {
        let until = match pause {
            PauseFor::Hour => now.checked_add_signed(TimeDelta::hours(1)),
            PauseFor::UntilTomorrow => {
                let morning = self
                    .settings()?
                    .quiet_hours
                    .and_then(|q| q.end_time())
                    .unwrap_or(NaiveTime::from_hms_opt(8, 0, 0).expect("08:00 is a time"));
                now.date()
                    .checked_add_days(Days::new(1))
                    .map(|tomorrow| tomorrow.and_time(morning))
            }
        }
        .ok_or_else(|| Error::invalid("pause", phrase!("error-moment-out-of-range")))?;
        self.conn.execute(
            "INSERT INTO notification_pause (only, until) VALUES (1, ?1)
             ON CONFLICT (only) DO UPDATE SET until = excluded.until",
            [until.format(STORED_MOMENT).to_string()],
        )?;
        Ok(until)
    }

    /// Ends a pause early.
    pub fn resume_notifications(&mut self) -> Result<()> {
        self.conn.execute("DELETE FROM notification_pause", [])?;
        Ok(())
    }

    /// Until when notifications are paused, if they are at `now`.
    pub fn notifications_paused_until(&self, now: NaiveDateTime) -> Result<Option<NaiveDateTime>> {
        let until: Option<String> = self
            .conn
            .prepare_cached("SELECT until FROM notification_pause")?
            .query_row([], |row| row.get(0))
            .optional()?;
        Ok(until
            .and_then(|u| NaiveDateTime::parse_from_str(&u, STORED_MOMENT).ok())
            .filter(|until| *until > now))
    }

    fn announced_keys(&self) -> Result<HashSet<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT reminder_key FROM reminder_state WHERE announced_at IS NOT NULL",
        )?;
        let keys = stmt
            .query_map([], |row| row.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(keys)
    }
}
