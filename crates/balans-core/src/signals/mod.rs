//! Signals: one-sided and at-risk relationships, computed from the data every
//! time they are asked for (never stored, so they cannot go stale). Each names
//! its people, a severity, an explanation with the numbers behind it, and a
//! suggested action. Thresholds come from [`Settings`](crate::Settings).
//!
//! Everything is read from the per-person figures, the affiliations and the
//! organisations: a few thousand rows, not every exchange. The rules
//! (`rules.rs`) decide whether, how severe and about whom; the sentences
//! (`wording.rs`) are written only for the signals someone reads. On a large
//! ledger the rules find thousands, yet the dashboard shows a dozen and the
//! people list only asks who has one: writing every explanation was most of
//! the work. Whether a signal is found, how severe it is, its key and its
//! order never depend on its words, so those are settled first.

mod by_kind;
mod rules;
mod snoozes;
mod who_is_where;
mod wording;

use std::cmp::Reverse;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

pub(crate) use rules::{one_sided_giving, thanks_overdue, Finding};
pub(crate) use who_is_where::WhoIsWhere;
pub(crate) use wording::sentences;

use crate::error::Result;
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::store::Store;
pub(crate) use rules::AllGiving;

/// How many signals of one kind there are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct KindCount {
    pub kind: SignalKind,
    pub count: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    OneSidedGiving,
    OneSidedTaking,
    OverGiving,
    UnaskedAdvice,
    CannotReciprocate,
    StrandedCredits,
    Unacknowledged,
    Drifting,
}

impl SignalKind {
    /// Every kind, in the order the listing sorts them.
    pub const ALL: [SignalKind; 8] = [
        SignalKind::OneSidedGiving,
        SignalKind::OneSidedTaking,
        SignalKind::OverGiving,
        SignalKind::UnaskedAdvice,
        SignalKind::CannotReciprocate,
        SignalKind::StrandedCredits,
        SignalKind::Unacknowledged,
        SignalKind::Drifting,
    ];

    /// The kind's name as serialised: `one_sided_giving`.
    pub fn as_str(self) -> &'static str {
        match self {
            SignalKind::OneSidedGiving => "one_sided_giving",
            SignalKind::OneSidedTaking => "one_sided_taking",
            SignalKind::OverGiving => "over_giving",
            SignalKind::UnaskedAdvice => "unasked_advice",
            SignalKind::CannotReciprocate => "cannot_reciprocate",
            SignalKind::StrandedCredits => "stranded_credits",
            SignalKind::Unacknowledged => "unacknowledged",
            SignalKind::Drifting => "drifting",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Low,
    Medium,
    High,
}

/// One signal about one relationship (or an organisation's).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Signal {
    pub kind: SignalKind,
    pub severity: Severity,
    /// The person the signal is about first, then any others it names.
    pub person_ids: Vec<String>,
    /// The name of the first of them, for the button that opens their page.
    pub person_name: String,
    pub organisation_id: Option<String>,
    pub explanation: String,
    pub action: String,
    /// Names this signal across readings, so it can be snoozed.
    pub key: String,
}

/// A signal found, its sentences not yet written.
pub(crate) struct Detected<'a> {
    /// `kind:person[:organisation]`: the same relationship and concern,
    /// whatever the numbers are today; a snooze names it.
    key: String,
    /// The name of the person it is about, held here for sorting: thousands
    /// of comparisons would otherwise each reach into the person's figures.
    name: &'a str,
    finding: Finding<'a>,
}

impl<'a> Detected<'a> {
    fn new(finding: Finding<'a>) -> Self {
        let mut key = format!("{}:{}", finding.evidence.kind().as_str(), finding.who.id);
        if let Some(organisation) = finding.evidence.organisation_id() {
            key.push(':');
            key.push_str(organisation);
        }
        Detected {
            key,
            name: &finding.who.name,
            finding,
        }
    }

    /// The person the signal is about first, then any others it names.
    fn person_ids(&self) -> impl Iterator<Item = &'a str> + use<'a, '_> {
        std::iter::once(self.finding.who)
            .chain(self.finding.evidence.others().iter().copied())
            .map(|who| who.id.as_str())
    }

    /// Most severe first, then by kind and name. The key names the people
    /// by id, so namesakes keep one order whatever order the rows come back
    /// in (after a restore, say); no two signals share a key, so the order
    /// is total.
    fn listing_order(&self) -> (Reverse<Severity>, SignalKind, &str, &str) {
        (
            Reverse(self.finding.severity),
            self.finding.evidence.kind(),
            self.name,
            &self.key,
        )
    }

    /// The signal with its sentences written in `lang`.
    fn worded(self, lang: Language) -> Signal {
        let (explanation, action) = sentences(&self.finding, lang);
        let finding = &self.finding;
        Signal {
            kind: finding.evidence.kind(),
            severity: finding.severity,
            person_ids: self.person_ids().map(str::to_owned).collect(),
            person_name: finding.who.name.clone(),
            organisation_id: finding.evidence.organisation_id().map(str::to_owned),
            explanation,
            action,
            key: self.key,
        }
    }
}

impl Store {
    /// Every signal on `today` that is not snoozed, most severe first, in the
    /// language of the settings.
    pub fn signals(&self, today: NaiveDate) -> Result<Vec<Signal>> {
        self.signals_among(&self.living(today)?.active, None, today, |found, lang| {
            found
                .into_iter()
                .map(|signal| signal.worded(lang))
                .collect()
        })
    }

    /// Up to `shown` signals for the dashboard, worded, a few of each kind
    /// so that one kind with thousands of signals does not hide the others,
    /// and how many there are of each kind; from `people` already read: all
    /// the active of [`Store::living`] on `today`, since the usual gift and the
    /// organisations' deciders are reckoned over everyone given.
    pub(crate) fn signals_by_kind(
        &self,
        people: &[PersonFigures],
        today: NaiveDate,
        shown: usize,
    ) -> Result<(Vec<Signal>, Vec<KindCount>)> {
        self.signals_among(people, None, today, |found, lang| {
            let (picked, counts) =
                by_kind::pick(found, shown, |signal| signal.finding.evidence.kind());
            let signals = picked
                .into_iter()
                .map(|signal| signal.worded(lang))
                .collect();
            (signals, counts)
        })
    }

    /// The signals that name this person: the rules about them alone, and
    /// the stranded credits that name them, as the one or as a decider.
    pub fn signals_for(&self, person_id: &str, today: NaiveDate) -> Result<Vec<Signal>> {
        self.person(person_id)?;
        let around = self.active_figures_around(person_id, today)?;
        self.signals_among(&around, Some(person_id), today, |found, lang| {
            found
                .into_iter()
                .map(|signal| signal.worded(lang))
                .collect()
        })
    }

    /// Everyone some signal names on `today`, none of them worded; kept
    /// until the ledger changes.
    pub(crate) fn signalled_people(&self, today: NaiveDate) -> Result<Arc<HashSet<String>>> {
        self.memo.signalled.get_or(self.version(today)?, || {
            self.signals_among(&self.living(today)?.active, None, today, |found, _| {
                found
                    .iter()
                    .flat_map(Detected::person_ids)
                    .map(str::to_owned)
                    .collect()
            })
        })
    }

    /// What was given to everyone active, kept until the ledger changes:
    /// the usual gift that a gift to one person is weighed against.
    fn all_giving(&self, today: NaiveDate) -> Result<Arc<AllGiving>> {
        self.memo.all_giving.get_or(self.version(today)?, || {
            Ok(self.conn.query_row(
                "SELECT total(s.given), coalesce(sum(s.gave_count), 0)
                 FROM person p JOIN person_stats s ON s.person_id = p.id
                 WHERE p.trashed_at IS NULL AND p.archived = 0",
                [],
                |row| Ok(AllGiving(row.get(0)?, row.get(1)?)),
            )?)
        })
    }

    /// Hands every signal about `people` on `today` that is not snoozed, in
    /// the order they are listed and still unworded, to `take`, with the
    /// language to word them in. `people` is everyone active; with `about`,
    /// only the rules about that one person run, only the stranded credits
    /// that name them are kept, and `people` need only be those at the
    /// organisations that person is or was at (the deciders and the ones
    /// who left). The usual gift is everyone's either way.
    fn signals_among<T>(
        &self,
        people: &[PersonFigures],
        about: Option<&str>,
        today: NaiveDate,
        take: impl FnOnce(Vec<Detected>, Language) -> T,
    ) -> Result<T> {
        let settings = self.settings()?;
        let (kept, around);
        let orgs: &WhoIsWhere = match about {
            Some(person) => {
                around = self.who_is_where_around(person, today)?;
                &around
            }
            None => {
                kept = self.who_is_where(today)?;
                &kept
            }
        };
        let all = *self.all_giving(today)?;
        let by_id: HashMap<&str, &PersonFigures> =
            people.iter().map(|who| (who.id.as_str(), who)).collect();
        let concerned = |id: &str| about.is_none_or(|person| person == id);
        let snoozed = self.snoozed_on(today)?;
        let mut found: Vec<Detected> = people
            .iter()
            .filter(|who| concerned(&who.id))
            .flat_map(|who| rules::about(who, &settings, all, orgs, today))
            .chain(rules::stranded_credits(&by_id, &settings, orgs))
            .map(Detected::new)
            .filter(|signal| signal.person_ids().any(concerned))
            .filter(|signal| !snoozed.contains(&signal.key))
            .collect();
        found.sort_unstable_by(|a, b| a.listing_order().cmp(&b.listing_order()));
        Ok(take(found, settings.language_or_system()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_the_serialised_names() {
        for kind in SignalKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }
}
