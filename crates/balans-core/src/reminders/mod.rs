//! Reminders: the moments Balans speaks up on its own, before a relationship
//! goes wrong. Like signals they are computed from the data every time, so
//! they cannot go stale; only what the user decided about one (done,
//! dismissed, snoozed) and whether a notification already announced it are
//! stored, under a key that names one occurrence: the kind, the person or
//! exchange, and the date it is anchored to. A new occurrence (a new
//! follow-up date, a later last contact) gets a new key and starts afresh.

mod notifications;
mod rules;

use std::collections::HashMap;

use crate::phrase;
use chrono::{Days, Months, NaiveDate};
use rusqlite::params;
use serde::{Deserialize, Serialize};

pub use notifications::{Announcement, PauseFor};

use crate::clock;
use crate::error::{Error, Result};
use crate::figures::person_figures::PersonFigures;
use crate::store::Store;
use crate::unworded::{Unworded, Wordable};
use crate::validate;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    /// An exchange's follow-up date has come.
    FollowUp,
    /// The person's keep-in-touch cadence has passed without contact.
    KeepInTouch,
    /// Something received was never acknowledged.
    Thanks,
    /// You have owed this person for a while.
    GiveBack,
    /// The one-sided-giving signal suggests a pause.
    Pause,
}

impl ReminderKind {
    /// The kind's name as stored and serialised: `keep_in_touch`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::FollowUp => "follow_up",
            ReminderKind::KeepInTouch => "keep_in_touch",
            ReminderKind::Thanks => "thanks",
            ReminderKind::GiveBack => "give_back",
            ReminderKind::Pause => "pause",
        }
    }
}

/// One reminder about one person.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reminder {
    /// Names this occurrence, for done, dismiss and snooze.
    pub key: String,
    pub kind: ReminderKind,
    pub person_id: String,
    pub person_name: String,
    /// The exchange a follow-up belongs to.
    pub exchange_id: Option<String>,
    /// The day it became due.
    pub due: String,
    /// What to do, in a few words: "Thank Anna".
    pub title: String,
    /// Why, with the dates and numbers behind it.
    pub detail: String,
    /// While snoozed, the day it comes back.
    pub snoozed_until: Option<String>,
}

/// A reminder found, its title and detail written only when listed.
type Found<'a> = Unworded<'a, Reminder>;

impl Wordable for Reminder {
    fn with_words(self, (title, detail): (String, String)) -> Self {
        Reminder {
            title,
            detail,
            ..self
        }
    }
}

/// By the day it came due, then by name and kind.
fn listing_order(r: &Reminder) -> (String, String, ReminderKind) {
    (r.due.clone(), r.person_name.to_lowercase(), r.kind)
}

/// Due reminders, worded, in their listing order.
fn due_in_order<'a>(due: impl IntoIterator<Item = Found<'a>>) -> Vec<Reminder> {
    let mut worded: Vec<Reminder> = due.into_iter().map(Unworded::worded).collect();
    worded.sort_by_cached_key(listing_order);
    worded
}

/// The reminders of one day: those due now, and those snoozed for later.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Reminders {
    pub due: Vec<Reminder>,
    pub snoozed: Vec<Reminder>,
}

/// What the user decided about a reminder.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    /// Handled. For thanks, every unacknowledged gift from the person counts as thanked.
    Done,
    /// Not wanted; this occurrence never comes back.
    Dismiss,
    SnoozeDay,
    SnoozeWeek,
    SnoozeMonth,
    /// Until a chosen date (`YYYY-MM-DD`), after today.
    SnoozeUntil(String),
}

/// What was stored about one occurrence.
struct Decided {
    status: String,
    snoozed_until: Option<String>,
}

impl Decision {
    /// The day a snooze ends, or `None` for done and dismiss.
    fn snooze_end(&self, today: NaiveDate) -> Result<Option<NaiveDate>> {
        let end = match self {
            Decision::Done | Decision::Dismiss => return Ok(None),
            Decision::SnoozeDay => today.checked_add_days(Days::new(1)),
            Decision::SnoozeWeek => today.checked_add_days(Days::new(7)),
            Decision::SnoozeMonth => today.checked_add_months(Months::new(1)),
            Decision::SnoozeUntil(raw) => {
                let until = validate::date("until", raw)?;
                if until <= today {
                    return Err(Error::invalid("until", phrase!("error-snooze-in-past")));
                }
                Some(until)
            }
        };
        end.map(Some)
            .ok_or_else(|| Error::invalid("until", phrase!("error-date-out-of-range")))
    }
}

impl Store {
    /// Every reminder on `today`: due ones first by date, then snoozed ones.
    pub fn reminders(&self, today: NaiveDate) -> Result<Reminders> {
        let people = self.active_figures(today)?;
        let (due, snoozed) = self.due_and_snoozed(&people, today)?;
        let mut snoozed: Vec<Reminder> = snoozed.into_iter().map(Unworded::worded).collect();
        snoozed.sort_by_cached_key(|r| (r.snoozed_until.clone(), listing_order(r)));
        Ok(Reminders {
            due: due_in_order(due),
            snoozed,
        })
    }

    /// How many reminders are due on `today`, none of them worded.
    pub fn due_reminder_count(&self, today: NaiveDate) -> Result<usize> {
        self.due_count_among(&self.active_figures(today)?, today)
    }

    /// [`Store::due_reminder_count`] from `people` already read: all of
    /// [`Store::active_figures`] on `today` (follow-ups come from the exchanges).
    pub(crate) fn due_count_among(
        &self,
        people: &[PersonFigures],
        today: NaiveDate,
    ) -> Result<usize> {
        Ok(self.due_and_snoozed(people, today)?.0.len())
    }

    /// The reminders about one person that are due on `today`.
    pub fn reminders_for(&self, person_id: &str, today: NaiveDate) -> Result<Vec<Reminder>> {
        self.person(person_id)?;
        let people = self.active_figures(today)?;
        let (due, _) = self.due_and_snoozed(&people, today)?;
        Ok(due_in_order(
            due.into_iter().filter(|r| r.finding.person_id == person_id),
        ))
    }

    /// The occurrences on `today` that are due and those that are snoozed,
    /// leaving out the ones done or dismissed; none of them is worded yet.
    fn due_and_snoozed<'a>(
        &self,
        people: &'a [PersonFigures],
        today: NaiveDate,
    ) -> Result<(Vec<Found<'a>>, Vec<Found<'a>>)> {
        let decided = self.decided_reminders()?;
        let today_iso = clock::iso(today);
        let (mut due, mut snoozed) = (Vec::new(), Vec::new());
        for mut occurrence in self.occurrences(people, today)? {
            match decided.get(&occurrence.finding.key) {
                Some(d) if d.status == "done" || d.status == "dismissed" => {}
                Some(Decided {
                    snoozed_until: Some(until),
                    ..
                }) if *until > today_iso => {
                    occurrence.finding.snoozed_until = Some(until.clone());
                    snoozed.push(occurrence);
                }
                _ => due.push(occurrence),
            }
        }
        Ok((due, snoozed))
    }

    /// Records the user's decision about the reminder with `key`, which must
    /// be due or snoozed on `today`. Marking thanks done acknowledges what the
    /// person gave, in the same transaction.
    pub fn decide_reminder(
        &mut self,
        key: &str,
        decision: &Decision,
        today: NaiveDate,
    ) -> Result<Reminder> {
        let snooze_end = decision.snooze_end(today)?;
        let listed = self.reminders(today)?;
        let reminder = listed
            .due
            .into_iter()
            .chain(listed.snoozed)
            .find(|r| r.key == key)
            .ok_or_else(|| Error::not_found("reminder", key))?;
        let status = match (decision, snooze_end) {
            (_, Some(_)) => "snoozed",
            (Decision::Done, None) => "done",
            _ => "dismissed",
        };
        let tx = self.write()?;
        tx.execute(
            "INSERT INTO reminder_state (reminder_key, kind, person_id, status, snoozed_until, decided_on)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (reminder_key) DO UPDATE SET
                 status = excluded.status, snoozed_until = excluded.snoozed_until,
                 decided_on = excluded.decided_on,
                 -- a snoozed reminder is announced again when it comes back
                 announced_at = CASE WHEN excluded.status = 'snoozed' THEN NULL ELSE announced_at END",
            params![
                reminder.key,
                reminder.kind.as_str(),
                reminder.person_id,
                status,
                snooze_end.map(clock::iso),
                clock::iso(today),
            ],
        )?;
        if reminder.kind == ReminderKind::Thanks && status == "done" {
            tx.execute(
                "UPDATE exchange SET acknowledged = 1, updated_at = ?3
                 WHERE person_id = ?1 AND direction = 'received' AND acknowledged = 0
                   AND trashed_at IS NULL AND date <= ?2",
                params![reminder.person_id, clock::iso(today), clock::timestamp()],
            )?;
            crate::figures::person_stats::refresh(&tx, &reminder.person_id)?;
        }
        tx.commit()?;
        Ok(Reminder {
            snoozed_until: snooze_end.map(clock::iso),
            ..reminder
        })
    }

    fn decided_reminders(&self) -> Result<HashMap<String, Decided>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT reminder_key, status, snoozed_until FROM reminder_state")?;
        let rows = stmt.query_map([], |row| {
            Ok((
                row.get(0)?,
                Decided {
                    status: row.get(1)?,
                    snoozed_until: row.get(2)?,
                },
            ))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
