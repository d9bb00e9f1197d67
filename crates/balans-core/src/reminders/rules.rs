//! When each kind of reminder falls due, one rule per kind: from a person's
//! figures and the settings (or, for a follow-up, an exchange) to an
//! occurrence with its key and the numbers its words will name. Follow-ups
//! come from exchanges; the other kinds from the per-person figures that
//! signals read too, so a scan touches a few thousand rows at most. The
//! words are written in `wording.rs`, only for the reminders listed.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::ReminderKind;
use crate::clock;
use crate::domain::birthdays::Birthday;
use crate::domain::settings::Settings;
use crate::error::Result;
use crate::figures::person_figures::PersonFigures;
use crate::signals::{one_sided_giving, thanks_overdue, Finding};
use crate::store::Store;

/// One occurrence of a reminder, its title and detail not yet written.
pub(crate) struct Occurrence<'a> {
    /// `kind:person-or-exchange:anchor`: one occurrence, whatever the
    /// numbers are today.
    pub(crate) key: String,
    /// The day it became due.
    pub(crate) due: String,
    pub(crate) cause: Cause<'a>,
}

/// What made a reminder due, with the numbers its words name.
pub(crate) enum Cause<'a> {
    FollowUp(FollowUp),
    KeepInTouch {
        who: &'a PersonFigures,
        cadence: u32,
    },
    Thanks {
        who: &'a PersonFigures,
        /// The oldest thing received that was never acknowledged.
        since: &'a str,
    },
    GiveBack {
        who: &'a PersonFigures,
        owed: f64,
        /// The last day you gave them something, else the day you met.
        since: &'a str,
        gave_since_meeting: bool,
    },
    /// The one-sided-giving signal, which suggests the pause.
    Pause(Finding<'a>),
    Birthday {
        who: &'a PersonFigures,
        /// The day it fell on this time.
        on: NaiveDate,
        /// The age it brought, when the year of birth is known.
        age: Option<i32>,
        /// Whether that day is today, rather than one of the week after.
        today: bool,
    },
}

/// An exchange whose follow-up date has come.
pub(crate) struct FollowUp {
    exchange_id: String,
    person_id: String,
    pub(crate) person_name: String,
    pub(crate) date: String,
    pub(crate) gave: bool,
    pub(crate) note: String,
    follow_up: String,
}

impl Cause<'_> {
    pub(crate) fn kind(&self) -> ReminderKind {
        match self {
            Cause::FollowUp(_) => ReminderKind::FollowUp,
            Cause::KeepInTouch { .. } => ReminderKind::KeepInTouch,
            Cause::Thanks { .. } => ReminderKind::Thanks,
            Cause::GiveBack { .. } => ReminderKind::GiveBack,
            Cause::Pause(_) => ReminderKind::Pause,
            Cause::Birthday { .. } => ReminderKind::Birthday,
        }
    }

    /// The id and name of the person the reminder is about.
    pub(crate) fn person(&self) -> (&str, &str) {
        let who = match self {
            Cause::FollowUp(f) => return (&f.person_id, &f.person_name),
            Cause::KeepInTouch { who, .. }
            | Cause::Thanks { who, .. }
            | Cause::GiveBack { who, .. }
            | Cause::Birthday { who, .. } => who,
            Cause::Pause(giving) => giving.who,
        };
        (&who.id, &who.name)
    }

    /// The exchange a follow-up belongs to.
    pub(crate) fn exchange_id(&self) -> Option<&str> {
        match self {
            Cause::FollowUp(f) => Some(&f.exchange_id),
            _ => None,
        }
    }
}

fn plus_days(iso: &str, days: u32) -> Option<NaiveDate> {
    clock::parse_iso(iso)?.checked_add_days(Days::new(u64::from(days)))
}

/// An occurrence about the person `cause` names, anchored to `anchor`
/// (part of its key).
fn occurrence<'a>(cause: Cause<'a>, anchor: &str, due: NaiveDate) -> Occurrence<'a> {
    Occurrence {
        key: format!("{}:{}:{anchor}", cause.kind().as_str(), cause.person().0),
        due: clock::iso(due),
        cause,
    }
}

/// Keep in touch: the cadence has passed since the last exchange, or since
/// the user last marked this reminder done or dismissed it.
fn keep_in_touch<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    last_decided: Option<&String>,
    today: NaiveDate,
) -> Option<Occurrence<'a>> {
    let cadence = who.cadence(s)?;
    let anchor = who.stats.last_date.as_ref().max(last_decided)?;
    let due = plus_days(anchor, cadence)?;
    if due > today {
        return None;
    }
    let cause = Cause::KeepInTouch { who, cadence };
    Some(occurrence(cause, &clock::iso(due), due))
}

/// Thanks: something received has waited the set number of days
/// unacknowledged, as the unacknowledged signal finds.
fn thanks<'a>(who: &'a PersonFigures, s: &Settings, today: NaiveDate) -> Option<Occurrence<'a>> {
    let (since, _) = thanks_overdue(who, s, today)?;
    let due = plus_days(since, s.thanks_after_days)?;
    Some(occurrence(Cause::Thanks { who, since }, since, due))
}

/// Give back: you owe at least the set amount, and have given nothing for
/// the set number of days (or never gave since you first met).
fn give_back<'a>(who: &'a PersonFigures, s: &Settings, today: NaiveDate) -> Option<Occurrence<'a>> {
    let owed = -who.totals.balance;
    if owed < s.give_back_min_owed {
        return None;
    }
    let last_given = who.stats.last_given_date.as_deref();
    let since = last_given.or(who.stats.first_date.as_deref())?;
    let due = plus_days(since, s.give_back_after_days)?;
    if due > today {
        return None;
    }
    let cause = Cause::GiveBack {
        who,
        owed,
        since,
        gave_since_meeting: last_given.is_some(),
    };
    Some(occurrence(cause, since, due))
}

/// Pause: the one-sided-giving signal is on; one reminder per stretch of
/// giving since the person last gave you something.
fn pause<'a>(who: &'a PersonFigures, s: &Settings) -> Option<Occurrence<'a>> {
    let giving = one_sided_giving(who, s)?;
    let due = clock::parse_iso(who.stats.last_date.as_deref()?)?;
    let anchor = who.stats.last_received_date.as_deref().unwrap_or("never");
    Some(occurrence(Cause::Pause(giving), anchor, due))
}

/// Birthday: on the day, and for the week after unless done or dismissed;
/// one occurrence a year.
fn birthday<'a>(who: &'a PersonFigures, s: &Settings, today: NaiveDate) -> Option<Occurrence<'a>> {
    if !s.birthday_reminders {
        return None;
    }
    let (on, age) = Birthday::parse(who.birthday.as_deref()?)?.due_on(today)?;
    let anchor = clock::iso(on);
    let cause = Cause::Birthday {
        who,
        on,
        age,
        today: on == today,
    };
    Some(occurrence(cause, &anchor, on))
}

impl FollowUp {
    fn occurrence(self) -> Occurrence<'static> {
        Occurrence {
            key: format!(
                "{}:{}:{}",
                ReminderKind::FollowUp.as_str(),
                self.exchange_id,
                self.follow_up
            ),
            due: self.follow_up.clone(),
            cause: Cause::FollowUp(self),
        }
    }
}

impl Store {
    /// Every occurrence due on or before `today`, whatever the user decided:
    /// follow-ups from the exchanges, the other kinds from `people` (all of
    /// the active of [`Store::living`] on `today`, or `only` that one person's).
    pub(super) fn occurrences<'a>(
        &self,
        people: &'a [PersonFigures],
        only: Option<&str>,
        settings: &Settings,
        today: NaiveDate,
    ) -> Result<Vec<Occurrence<'a>>> {
        let mut found: Vec<Occurrence<'a>> = self
            .follow_ups(only, today)?
            .into_iter()
            .map(FollowUp::occurrence)
            .collect();
        let decided = self.keep_in_touch_decided(only)?;
        for who in people {
            found.extend(keep_in_touch(who, settings, decided.get(&who.id), today));
            found.extend(thanks(who, settings, today));
            found.extend(pause(who, settings));
            found.extend(give_back(who, settings, today));
            found.extend(birthday(who, settings, today));
        }
        Ok(found)
    }

    /// The follow-ups due on `today`, everyone's or `only` one person's.
    fn follow_ups(&self, only: Option<&str>, today: NaiveDate) -> Result<Vec<FollowUp>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.person_id, p.name, e.date, e.direction, e.note, e.follow_up
             FROM exchange e JOIN person p ON p.id = e.person_id
             WHERE e.follow_up IS NOT NULL AND e.trashed_at IS NULL AND e.follow_up <= ?1
               AND p.trashed_at IS NULL AND p.archived = 0
               AND (?2 IS NULL OR e.person_id = ?2)",
        )?;
        let rows = stmt.query_map(rusqlite::params![clock::iso(today), only], |row| {
            Ok(FollowUp {
                exchange_id: row.get(0)?,
                person_id: row.get(1)?,
                person_name: row.get(2)?,
                date: row.get(3)?,
                gave: row.get::<_, String>(4)? == "gave",
                note: row.get(5)?,
                follow_up: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Per person (everyone's, or `only` one person's), the last day a
    /// keep-in-touch reminder was done or dismissed.
    fn keep_in_touch_decided(&self, only: Option<&str>) -> Result<HashMap<String, String>> {
        const DECIDED: &str = "SELECT person_id, max(decided_on) FROM reminder_state
             WHERE kind = 'keep_in_touch' AND status IN ('done', 'dismissed')";
        let read = |row: &rusqlite::Row<'_>| Ok((row.get(0)?, row.get(1)?));
        let rows = match only {
            Some(person) => self
                .conn
                .prepare_cached(&format!("{DECIDED} AND person_id = ?1 GROUP BY person_id"))?
                .query_map([person], read)?
                .collect::<rusqlite::Result<_>>()?,
            None => self
                .conn
                .prepare_cached(&format!("{DECIDED} GROUP BY person_id"))?
                .query_map([], read)?
                .collect::<rusqlite::Result<_>>()?,
        };
        Ok(rows)
    }
}
