//! What the user decided about a reminder: done, dismissed or snoozed
//! until a day. Only the decision is stored, under the occurrence's key, so
//! a new occurrence of the same kind starts afresh; marking thanks done
//! acknowledges what the person gave, in the same transaction. A decision
//! can be taken back: it returns what it replaced and which gifts it
//! acknowledged, and undoing puts exactly those back.

use std::collections::HashMap;

use chrono::{Days, Months, NaiveDate};
use rusqlite::{params, OptionalExtension};
use serde::Deserialize;

use super::{Reminder, ReminderKind};
use crate::clock;
use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;
use crate::validate;

/// Up to how many reminders' decisions are looked up by key rather than
/// read all at once: a key costs about a microsecond, the whole table a few
/// milliseconds on a ledger with thousands of reminders.
const DECISIONS_LOOKED_UP_ONE_BY_ONE: usize = 200;

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

/// What a decision replaced, to take it back: the reminder's stored state
/// before (none when it had none) and the gifts it acknowledged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecisionUndo {
    key: String,
    before: Option<StoredState>,
    acknowledged: Vec<String>,
}

/// One `reminder_state` row as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
struct StoredState {
    kind: String,
    person_id: String,
    status: String,
    snoozed_until: Option<String>,
    decided_on: Option<String>,
    announced_at: Option<String>,
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
        self.decide_reminder_undoably(key, decision, today)
            .map(|(reminder, _)| reminder)
    }

    /// Takes back a decision: the reminder's state is what it was, and the
    /// gifts it acknowledged are unacknowledged again, in one transaction.
    pub fn undo_reminder_decision(&mut self, undo: &DecisionUndo) -> Result<()> {
        let tx = self.write()?;
        match &undo.before {
            None => {
                tx.execute(
                    "DELETE FROM reminder_state WHERE reminder_key = ?1",
                    [&undo.key],
                )?;
            }
            Some(state) => {
                tx.execute(
                    "INSERT OR REPLACE INTO reminder_state
                         (reminder_key, kind, person_id, status, snoozed_until, decided_on, announced_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        undo.key,
                        state.kind,
                        state.person_id,
                        state.status,
                        state.snoozed_until,
                        state.decided_on,
                        state.announced_at
                    ],
                )?;
            }
        }
        let mut people = Vec::new();
        for id in &undo.acknowledged {
            let owner: Option<String> = tx
                .query_row(
                    "UPDATE exchange SET acknowledged = 0, updated_at = ?2
                     WHERE id = ?1 AND acknowledged = 1 RETURNING person_id",
                    params![id, clock::timestamp()],
                    |r| r.get(0),
                )
                .optional()?;
            if let Some(owner) = owner.filter(|o| !people.contains(o)) {
                people.push(owner);
            }
        }
        for person in &people {
            crate::figures::person_stats::refresh(&tx, person)?;
        }
        tx.commit()?;
        Ok(())
    }

    /// [`Store::decide_reminder`], and what it takes to undo it.
    pub fn decide_reminder_undoably(
        &mut self,
        key: &str,
        decision: &Decision,
        today: NaiveDate,
    ) -> Result<(Reminder, DecisionUndo)> {
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
        let before = tx
            .query_row(
                "SELECT kind, person_id, status, snoozed_until, decided_on, announced_at
                 FROM reminder_state WHERE reminder_key = ?1",
                [&reminder.key],
                |r| {
                    Ok(StoredState {
                        kind: r.get(0)?,
                        person_id: r.get(1)?,
                        status: r.get(2)?,
                        snoozed_until: r.get(3)?,
                        decided_on: r.get(4)?,
                        announced_at: r.get(5)?,
                    })
                },
            )
            .optional()?;
        let mut acknowledged = Vec::new();
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
            let mut thank = tx.prepare_cached(
                "UPDATE exchange SET acknowledged = 1, updated_at = ?3
                 WHERE person_id = ?1 AND direction = 'received' AND acknowledged = 0
                   AND trashed_at IS NULL AND date <= ?2
                 RETURNING id",
            )?;
            let ids = thank.query_map(
                params![reminder.person_id, clock::iso(today), clock::timestamp()],
                |r| r.get(0),
            )?;
            acknowledged = ids.collect::<rusqlite::Result<_>>()?;
            drop(thank);
            crate::figures::person_stats::refresh(&tx, &reminder.person_id)?;
        }
        tx.commit()?;
        let undo = DecisionUndo {
            key: reminder.key.clone(),
            before,
            acknowledged,
        };
        let decided = Reminder {
            snoozed_until: snooze_end.map(clock::iso),
            ..reminder
        };
        Ok((decided, undo))
    }

    /// The decisions about `keys`, by key: looked up one key at a time when
    /// there are few (one person's reminders), else read in one pass over
    /// every decision, which is cheaper for everyone's.
    pub(super) fn decisions_about<'k>(
        &self,
        keys: impl ExactSizeIterator<Item = &'k str>,
    ) -> Result<HashMap<String, Decided>> {
        let decided = |row: &rusqlite::Row<'_>| {
            Ok(Decided {
                status: row.get("status")?,
                snoozed_until: row.get("snoozed_until")?,
            })
        };
        if keys.len() > DECISIONS_LOOKED_UP_ONE_BY_ONE {
            let mut stmt = self
                .conn
                .prepare_cached("SELECT reminder_key, status, snoozed_until FROM reminder_state")?;
            let rows = stmt.query_map([], |row| Ok((row.get(0)?, decided(row)?)))?;
            return Ok(rows.collect::<rusqlite::Result<_>>()?);
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT status, snoozed_until FROM reminder_state WHERE reminder_key = ?1",
        )?;
        let mut found = HashMap::new();
        for key in keys {
            if let Some(decision) = stmt.query_row([key], decided).optional()? {
                found.insert(key.to_owned(), decision);
            }
        }
        Ok(found)
    }
}
