//! Finding the reminders that are due: each kind's rule, its key, and its
//! words, written only when the reminder is listed (`unworded.rs`).
//! Follow-ups come from exchanges; the other kinds from the per-person figures
//! that signals read too, so a scan touches a few thousand rows at most.

use std::collections::HashMap;

use chrono::{Days, NaiveDate};

use super::{Found, Reminder, ReminderKind};
use crate::clock;
use crate::domain::settings::Settings;
use crate::error::Result;
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::signals::{one_sided_giving, sentences};
use crate::store::Store;
use crate::text::Isolated;
use crate::unworded::Unworded;

fn plus_days(iso: &str, days: u32) -> Option<NaiveDate> {
    clock::parse_iso(iso)?.checked_add_days(Days::new(u64::from(days)))
}

/// A reminder about `who`, anchored to `anchor` (part of its key), whose
/// title and detail `words` writes.
fn reminder<'a>(
    kind: ReminderKind,
    who: &PersonFigures,
    anchor: &str,
    due: NaiveDate,
    words: impl FnOnce() -> (String, String) + 'a,
) -> Found<'a> {
    Unworded::new(
        Reminder {
            key: format!("{}:{}:{anchor}", kind.as_str(), who.id),
            kind,
            person_id: who.id.clone(),
            person_name: who.name.clone(),
            exchange_id: None,
            due: clock::iso(due),
            title: String::new(),
            detail: String::new(),
            snoozed_until: None,
        },
        words,
    )
}

/// Keep in touch: the cadence has passed since the last exchange, or since
/// the user last marked this reminder done or dismissed it.
fn keep_in_touch<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    last_decided: Option<&String>,
    today: NaiveDate,
    lang: Language,
) -> Option<Found<'a>> {
    let cadence = who.cadence(s)?;
    let last_exchange = who.stats.last_date.as_ref();
    let anchor = last_exchange.max(last_decided)?;
    let due = plus_days(anchor, cadence)?;
    if due > today {
        return None;
    }
    let words = move || {
        let name = Isolated(&who.name);
        let last = last_exchange.map(|d| lang.date(d));
        let detail = match (lang, last) {
            (Language::En, Some(last)) => format!(
                "Your last exchange with {name} was on {last}; you meant to keep in touch every {cadence} days."
            ),
            (Language::Nl, Some(last)) => format!(
                "Je laatste uitwisseling met {name} was op {last}; je wilde elke {cadence} dagen contact houden."
            ),
            (Language::En, None) => {
                format!("You meant to keep in touch with {name} every {cadence} days.")
            }
            (Language::Nl, None) => {
                format!("Je wilde elke {cadence} dagen contact houden met {name}.")
            }
        };
        let title = match lang {
            Language::En => format!("Get in touch with {name}"),
            Language::Nl => format!("Neem contact op met {name}"),
        };
        (title, detail)
    };
    Some(reminder(
        ReminderKind::KeepInTouch,
        who,
        &clock::iso(due),
        due,
        words,
    ))
}

/// Thanks: something received has waited the set number of days unacknowledged.
fn thanks<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    today: NaiveDate,
    lang: Language,
) -> Option<Found<'a>> {
    let st = &who.stats;
    let oldest = st.oldest_unacknowledged.as_deref()?;
    let due = plus_days(oldest, s.thanks_after_days)?;
    if st.unacknowledged == 0 || due > today {
        return None;
    }
    let words = move || {
        let (name, count, since) = (Isolated(&who.name), st.unacknowledged, lang.date(oldest));
        let detail = match lang {
            Language::En if count == 1 => {
                format!("What {name} gave you on {since} was never acknowledged.")
            }
            Language::En => {
                format!("{count} things {name} gave you since {since} were never acknowledged.")
            }
            Language::Nl if count == 1 => {
                format!("Wat {name} je op {since} gaf, is nooit erkend.")
            }
            Language::Nl => {
                format!("{count} dingen die {name} je sinds {since} gaf, zijn nooit erkend.")
            }
        };
        let title = match lang {
            Language::En => format!("Thank {name}"),
            Language::Nl => format!("Bedank {name}"),
        };
        (title, detail)
    };
    Some(reminder(ReminderKind::Thanks, who, oldest, due, words))
}

/// Give back: you owe at least the set amount, and have given nothing for
/// the set number of days (or never gave since you first met).
fn give_back<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    today: NaiveDate,
    lang: Language,
) -> Option<Found<'a>> {
    let owed = -who.totals.balance;
    if owed < s.give_back_min_owed {
        return None;
    }
    let last_given = who.stats.last_given_date.as_ref();
    let gave_since_meeting = last_given.is_some();
    let since = last_given.or(who.stats.first_date.as_ref())?.clone();
    let due = plus_days(&since, s.give_back_after_days)?;
    if due > today {
        return None;
    }
    let anchor = since.clone();
    let words = move || {
        let (name, credits, date) = (
            Isolated(&who.name),
            lang.credits_amount(owed),
            lang.date(&since),
        );
        let detail = match (lang, gave_since_meeting) {
            (Language::En, true) => format!(
                "You owe {name} {credits} and have given nothing since {date}."
            ),
            (Language::En, false) => format!(
                "You owe {name} {credits} and have never given anything since you met on {date}."
            ),
            (Language::Nl, true) => format!(
                "Je staat {credits} in het krijt bij {name} en gaf niets meer sinds {date}."
            ),
            (Language::Nl, false) => format!(
                "Je staat {credits} in het krijt bij {name} en gaf nog nooit iets sinds jullie kennismaking op {date}."
            ),
        };
        let title = match lang {
            Language::En => format!("Give something back to {name}"),
            Language::Nl => format!("Geef {name} iets terug"),
        };
        (title, detail)
    };
    Some(reminder(ReminderKind::GiveBack, who, &anchor, due, words))
}

/// Pause: the one-sided-giving signal is on; one reminder per stretch of
/// giving since the person last gave you something.
fn pause<'a>(who: &'a PersonFigures, s: &Settings, lang: Language) -> Option<Found<'a>> {
    let giving = one_sided_giving(who, s)?;
    let due = clock::parse_iso(who.stats.last_date.as_deref()?)?;
    let anchor = who.stats.last_received_date.as_deref().unwrap_or("never");
    let words = move || {
        let name = Isolated(&who.name);
        let title = match lang {
            Language::En => format!("Pause your giving to {name}"),
            Language::Nl => format!("Stop even met geven aan {name}"),
        };
        (title, sentences(&giving, lang).0)
    };
    Some(reminder(ReminderKind::Pause, who, anchor, due, words))
}

/// An exchange whose follow-up date has come.
struct FollowUp {
    exchange_id: String,
    person_id: String,
    person_name: String,
    date: String,
    gave: bool,
    note: String,
    follow_up: String,
}

impl FollowUp {
    fn into_reminder(self, lang: Language) -> Found<'static> {
        let reminder = Reminder {
            key: format!(
                "{}:{}:{}",
                ReminderKind::FollowUp.as_str(),
                self.exchange_id,
                self.follow_up
            ),
            kind: ReminderKind::FollowUp,
            person_id: self.person_id,
            person_name: self.person_name.clone(),
            exchange_id: Some(self.exchange_id),
            due: self.follow_up,
            title: String::new(),
            detail: String::new(),
            snoozed_until: None,
        };
        let (name, date, gave, note) = (self.person_name, self.date, self.gave, self.note);
        Unworded::new(reminder, move || {
            let name = Isolated(&name);
            let date = lang.date(&date);
            let what = match (lang, gave) {
                (Language::En, true) => format!("What you gave {name} on {date}"),
                (Language::En, false) => format!("What {name} gave you on {date}"),
                (Language::Nl, true) => format!("Wat je {name} op {date} gaf"),
                (Language::Nl, false) => format!("Wat {name} je op {date} gaf"),
            };
            let detail = if note.is_empty() {
                format!("{what}.")
            } else {
                format!("{what}: {note}")
            };
            let title = match lang {
                Language::En => format!("Follow up with {name}"),
                Language::Nl => format!("Volg op bij {name}"),
            };
            (title, detail)
        })
    }
}

impl Store {
    /// Every occurrence due on or before `today`, whatever the user decided:
    /// follow-ups from the exchanges, the other kinds from `people` (all of
    /// [`Store::active_figures`] on `today`).
    pub(super) fn occurrences<'a>(
        &self,
        people: &'a [PersonFigures],
        today: NaiveDate,
    ) -> Result<Vec<Found<'a>>> {
        let settings = self.settings()?;
        let lang = settings.language_or_system();
        let mut found: Vec<Found<'a>> = self
            .follow_ups(today)?
            .into_iter()
            .map(|f| f.into_reminder(lang))
            .collect();
        let decided = self.keep_in_touch_decided()?;
        for who in people {
            found.extend(keep_in_touch(
                who,
                &settings,
                decided.get(&who.id),
                today,
                lang,
            ));
            found.extend(thanks(who, &settings, today, lang));
            found.extend(pause(who, &settings, lang));
            found.extend(give_back(who, &settings, today, lang));
        }
        Ok(found)
    }

    fn follow_ups(&self, today: NaiveDate) -> Result<Vec<FollowUp>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.id, e.person_id, p.name, e.date, e.direction, e.note, e.follow_up
             FROM exchange e JOIN person p ON p.id = e.person_id
             WHERE e.follow_up IS NOT NULL AND e.trashed_at IS NULL AND e.follow_up <= ?1
               AND p.trashed_at IS NULL AND p.archived = 0",
        )?;
        let rows = stmt.query_map([clock::iso(today)], |row| {
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

    /// Per person, the last day a keep-in-touch reminder was done or dismissed.
    fn keep_in_touch_decided(&self) -> Result<HashMap<String, String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT person_id, max(decided_on) FROM reminder_state
             WHERE kind = 'keep_in_touch' AND status IN ('done', 'dismissed')
             GROUP BY person_id",
        )?;
        let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
