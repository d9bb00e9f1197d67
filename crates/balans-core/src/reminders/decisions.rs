//! What the user decided about a reminder: done, dismissed or snoozed
//! until a day. Only the decision is stored, under the occurrence's key, so
//! a new occurrence of the same kind starts afresh; marking thanks done
//! acknowledges what the person gave, in the same transaction.

use std::collections::HashMap;

use chrono::{Days, Months, NaiveDate};
use rusqlite::params;
use serde::Deserialize;

use super::{Reminder, ReminderKind};
use crate::clock;
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;
use crate::validate;

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
pub(super) struct Decided {
    pub(super) status: String,
    pub(super) snoozed_until: Option<String>,
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

    pub(super) fn decided_reminders(&self) -> Result<HashMap<String, Decided>> {
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
