//! Reminders: the moments Balans speaks up on its own, before a relationship
//! goes wrong. Like signals they are computed from the data every time, so
//! they cannot go stale; only what the user decided about one (done,
//! dismissed, snoozed) and whether a notification already announced it are
//! stored, under a key that names one occurrence: the kind, the person or
//! exchange, and the date it is anchored to. A new occurrence (a new
//! follow-up date, a later last contact) gets a new key and starts afresh.

mod decisions;
mod notifications;
mod rules;
mod wording;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use decisions::{Decision, DecisionUndo};
pub use notifications::{Announcement, DueLook, PauseFor};

use crate::clock;
use crate::domain::settings::Settings;
use crate::error::Result;
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::store::Store;
use decisions::Decided;
use rules::Occurrence;

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
    /// It is the person's birthday, or was in the last week.
    Birthday,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 6] = [
        ReminderKind::FollowUp,
        ReminderKind::KeepInTouch,
        ReminderKind::Thanks,
        ReminderKind::GiveBack,
        ReminderKind::Pause,
        ReminderKind::Birthday,
    ];

    /// The kind's name as stored and serialised: `keep_in_touch`.
    pub fn as_str(self) -> &'static str {
        match self {
            ReminderKind::FollowUp => "follow_up",
            ReminderKind::KeepInTouch => "keep_in_touch",
            ReminderKind::Thanks => "thanks",
            ReminderKind::GiveBack => "give_back",
            ReminderKind::Pause => "pause",
            ReminderKind::Birthday => "birthday",
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

impl Occurrence<'_> {
    /// The reminder with its title and detail written in `lang`.
    fn reminder(self, snoozed_until: Option<String>, lang: Language) -> Reminder {
        let (title, detail) = wording::title_and_detail(&self.cause, lang);
        let (person_id, person_name) = self.cause.person();
        Reminder {
            kind: self.cause.kind(),
            person_id: person_id.to_owned(),
            person_name: person_name.to_owned(),
            exchange_id: self.cause.exchange_id().map(str::to_owned),
            key: self.key,
            due: self.due,
            title,
            detail,
            snoozed_until,
        }
    }
}

/// An occurrence snoozed, and the day it comes back.
type Snoozed<'a> = (Occurrence<'a>, String);

/// By the day it came due, then by name and kind.
fn listing_order(o: &Occurrence<'_>) -> (String, String, ReminderKind) {
    (
        o.due.clone(),
        o.cause.person().1.to_lowercase(),
        o.cause.kind(),
    )
}

/// Due reminders in their listing order, none worded yet.
fn in_listing_order(mut due: Vec<Occurrence<'_>>) -> Vec<Occurrence<'_>> {
    due.sort_by_cached_key(listing_order);
    due
}

/// The first `shown` due reminders in their listing order, worded; only
/// those shown are worded.
fn due_in_order(due: Vec<Occurrence<'_>>, lang: Language, shown: usize) -> Vec<Reminder> {
    in_listing_order(due)
        .into_iter()
        .take(shown)
        .map(|o| o.reminder(None, lang))
        .collect()
}

/// The reminders of one day: those due now, and those snoozed for later.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Reminders {
    pub due: Vec<Reminder>,
    pub snoozed: Vec<Reminder>,
}

/// The first reminders of a day, as a screen shows them, and how many
/// there are in all.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct RemindersShown {
    #[serde(flatten)]
    pub reminders: Reminders,
    pub due_total: usize,
    pub snoozed_total: usize,
}

impl Store {
    /// Every reminder on `today`: due ones first by date, then snoozed ones.
    pub fn reminders(&self, today: NaiveDate) -> Result<Reminders> {
        Ok(self.reminders_shown(today, usize::MAX)?.reminders)
    }

    /// The first `shown` due and `shown` snoozed reminders on `today`, in
    /// the order of [`Store::reminders`], and how many there are of each:
    /// a screen is handed what it shows, worded, and no more.
    pub fn reminders_shown(&self, today: NaiveDate, shown: usize) -> Result<RemindersShown> {
        let version = self.version(today)?;
        let settings = self.settings()?;
        let living = self.living(today)?;
        let (due, mut snoozed) = self.due_and_snoozed(&living.active, None, &settings, today)?;
        let lang = settings.language_or_system();
        let (due_total, snoozed_total) = (due.len(), snoozed.len());
        self.memo.due_total.keep(version, due_total);
        snoozed
            .sort_by_cached_key(|(occurrence, until)| (until.clone(), listing_order(occurrence)));
        let snoozed = snoozed
            .into_iter()
            .take(shown)
            .map(|(occurrence, until)| occurrence.reminder(Some(until), lang))
            .collect();
        Ok(RemindersShown {
            reminders: Reminders {
                due: due_in_order(due, lang, shown),
                snoozed,
            },
            due_total,
            snoozed_total,
        })
    }

    /// How many reminders are due on `today`, none of them worded; kept
    /// until the ledger changes, also when a look or a screen of
    /// reminders counted them.
    pub fn due_reminder_count(&self, today: NaiveDate) -> Result<usize> {
        let counted = self.memo.due_total.get_or(self.version(today)?, || {
            let settings = self.settings()?;
            let living = self.living(today)?;
            Ok(self
                .due_and_snoozed(&living.active, None, &settings, today)?
                .0
                .len())
        })?;
        Ok(*counted)
    }

    /// The reminders about one person that are due on `today`, read from
    /// that person's figures and exchanges alone.
    pub fn reminders_for(&self, person_id: &str, today: NaiveDate) -> Result<Vec<Reminder>> {
        self.person(person_id)?;
        let settings = self.settings()?;
        let people: Vec<PersonFigures> = self
            .active_figures_of(person_id, today)?
            .into_iter()
            .collect();
        let (due, _) = self.due_and_snoozed(&people, Some(person_id), &settings, today)?;
        Ok(due_in_order(due, settings.language_or_system(), usize::MAX))
    }

    /// The occurrences on `today` that are due, and those that are snoozed
    /// with the day they come back, leaving out the ones done or dismissed;
    /// none of them is worded yet.
    fn due_and_snoozed<'a>(
        &self,
        people: &'a [PersonFigures],
        only: Option<&str>,
        settings: &Settings,
        today: NaiveDate,
    ) -> Result<(Vec<Occurrence<'a>>, Vec<Snoozed<'a>>)> {
        let occurrences = self.occurrences(people, only, settings, today)?;
        let decided = self.decisions_about(occurrences.iter().map(|o| o.key.as_str()))?;
        let today_iso = clock::iso(today);
        let (mut due, mut snoozed) = (Vec::new(), Vec::new());
        for occurrence in occurrences {
            match decided.get(&occurrence.key) {
                Some(d) if d.status == "done" || d.status == "dismissed" => {}
                Some(Decided {
                    snoozed_until: Some(until),
                    ..
                }) if *until > today_iso => snoozed.push((occurrence, until.clone())),
                _ => due.push(occurrence),
            }
        }
        Ok((due, snoozed))
    }
}
