//! Signals: one-sided and at-risk relationships, computed from the data every
//! time they are asked for (never stored, so they cannot go stale). Each names
//! its people, a severity, an explanation with the numbers behind it, and a
//! suggested action. Thresholds come from [`Settings`]; with clients the
//! giving thresholds are doubled, since the serving party is expected to invest
//! more.
//!
//! Everything is read from `person_stats` (one row per person), the
//! affiliations and the organisations: a few thousand rows, not every exchange.

use std::collections::HashMap;

use chrono::NaiveDate;
use serde::Serialize;

use crate::clock;
use crate::error::Result;
use crate::ledger::round2;
use crate::organisations::{Affiliation, DecisionPower};
use crate::people::Relationship;
use crate::settings::Settings;
use crate::stats::{PersonStats, STATS_COLUMNS};
use crate::store::Store;

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
    pub organisation_id: Option<String>,
    pub explanation: String,
    pub action: String,
}

/// A live, unarchived person with what signals need.
struct Subject {
    id: String,
    name: String,
    relationship: Relationship,
    cadence_days: Option<u32>,
    stats: PersonStats,
    balance: f64,
}

fn credits(value: f64) -> String {
    let rounded = round2(value);
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

fn days_between(from: &str, to: NaiveDate) -> Option<i64> {
    NaiveDate::parse_from_str(from, "%Y-%m-%d")
        .ok()
        .map(|date| (to - date).num_days())
}

fn signal(
    kind: SignalKind,
    severity: Severity,
    who: &Subject,
    explanation: String,
    action: String,
) -> Signal {
    Signal {
        kind,
        severity,
        person_ids: vec![who.id.clone()],
        organisation_id: None,
        explanation,
        action,
    }
}

/// What makes giving one-sided, stricter for clients.
fn giving_factor(who: &Subject) -> f64 {
    if who.relationship == Relationship::Client {
        2.0
    } else {
        1.0
    }
}

fn one_sided_giving(who: &Subject, s: &Settings) -> Option<Signal> {
    let factor = giving_factor(who);
    let st = &who.stats;
    let streak_limit = (f64::from(s.one_sided_streak) * factor).ceil() as u32;
    let by_streak = st.gave_streak >= streak_limit;
    let ratio = if st.received > 0.0 {
        st.given / st.received
    } else {
        f64::INFINITY
    };
    let by_ratio =
        st.given >= s.one_sided_min_given * factor && ratio >= s.one_sided_ratio * factor;
    if !by_streak && !by_ratio {
        return None;
    }
    let explanation = match (by_streak, &st.last_received_date) {
        (true, Some(date)) => format!(
            "You gave {} {} times in a row since you last received something on {date}; in all you gave {} credits and received {}.",
            who.name, st.gave_streak, credits(st.given), credits(st.received)
        ),
        (true, None) => format!(
            "You gave {} {} times ({} credits) and never received anything back.",
            who.name, st.gave_streak, credits(st.given)
        ),
        (false, _) => format!(
            "You gave {} {} credits and received {}: {} times as much.",
            who.name,
            credits(st.given),
            credits(st.received),
            credits(ratio)
        ),
    };
    let severe = st.gave_streak >= streak_limit * 2
        || (ratio >= s.one_sided_ratio * factor * 2.0
            && st.given >= s.one_sided_min_given * factor * 2.0);
    Some(signal(
        SignalKind::OneSidedGiving,
        if severe {
            Severity::High
        } else {
            Severity::Medium
        },
        who,
        explanation,
        format!(
            "Pause your giving to {}, and ask for something small in return.",
            who.name
        ),
    ))
}

fn one_sided_taking(who: &Subject, s: &Settings) -> Option<Signal> {
    let st = &who.stats;
    let ratio = if st.given > 0.0 {
        st.received / st.given
    } else {
        f64::INFINITY
    };
    if st.received < s.taking_min_received || ratio < s.taking_ratio {
        return None;
    }
    let severe = ratio >= s.taking_ratio * 2.0 && st.received >= s.taking_min_received * 2.0;
    Some(signal(
        SignalKind::OneSidedTaking,
        if severe {
            Severity::High
        } else {
            Severity::Medium
        },
        who,
        format!(
            "{} gave you {} times ({} credits); you gave {} times ({} credits) back.",
            who.name,
            st.received_count,
            credits(st.received),
            st.gave_count,
            credits(st.given)
        ),
        format!(
            "Give something back to {}, or at least thank them.",
            who.name
        ),
    ))
}

/// What you gave everyone, as (credits, gifts), to tell a usual gift.
#[derive(Clone, Copy)]
struct AllGiving(f64, u32);

impl AllGiving {
    /// Your average gift to everyone but `who`.
    fn usual_besides(self, who: &Subject) -> f64 {
        let gifts = self.1.saturating_sub(who.stats.gave_count);
        if gifts == 0 {
            0.0
        } else {
            (self.0 - who.stats.given) / f64::from(gifts)
        }
    }
}

fn over_giving(who: &Subject, s: &Settings, all: AllGiving, today: NaiveDate) -> Option<Signal> {
    let st = &who.stats;
    let usual_gift = all.usual_besides(who);
    let largest = st.largest_gift?;
    let date = st.largest_gift_date.as_deref()?;
    let age = days_between(date, today)?;
    if usual_gift <= 0.0
        || largest < s.over_giving_factor * usual_gift
        || age > i64::from(s.over_giving_window_days)
    {
        return None;
    }
    let new_contact = st.exchanges() <= s.new_contact_exchanges + 1;
    let times = largest / usual_gift;
    let newness = if new_contact {
        ", to a new contact"
    } else {
        ""
    };
    Some(signal(
        SignalKind::OverGiving,
        if new_contact || times >= s.over_giving_factor * 2.0 { Severity::High } else { Severity::Medium },
        who,
        format!(
            "On {date} you gave {} something worth {} credits{newness}: {} times your usual gift to others of {}.",
            who.name,
            credits(largest),
            credits(times),
            credits(usual_gift)
        ),
        format!(
            "A gift this large can embarrass {}; let them return the favour in their own way, and do not raise the stakes further.",
            who.name
        ),
    ))
}

fn unasked_advice(who: &Subject, s: &Settings) -> Option<Signal> {
    let st = &who.stats;
    if st.gave_count == 0 || st.gave_unasked < s.unasked_min {
        return None;
    }
    let share = f64::from(st.gave_unasked) / f64::from(st.gave_count);
    if share < s.unasked_share {
        return None;
    }
    Some(signal(
        SignalKind::UnaskedAdvice,
        if share >= 0.8 { Severity::High } else { Severity::Medium },
        who,
        format!(
            "{} of the {} things you gave {} were not asked for ({} were).",
            st.gave_unasked, st.gave_count, who.name, st.gave_asked
        ),
        format!(
            "Ask {} whether your help is welcome before giving more; unasked advice can read as criticism or a sales pitch.",
            who.name
        ),
    ))
}

fn unacknowledged(who: &Subject, s: &Settings, today: NaiveDate) -> Option<Signal> {
    let st = &who.stats;
    let oldest = st.oldest_unacknowledged.as_deref()?;
    let waited = days_between(oldest, today)?;
    if st.unacknowledged == 0 || waited < i64::from(s.thanks_after_days) {
        return None;
    }
    let severe = st.unacknowledged >= 3 || waited >= i64::from(s.thanks_after_days) * 4;
    Some(signal(
        SignalKind::Unacknowledged,
        if severe { Severity::Medium } else { Severity::Low },
        who,
        format!(
            "You received {} thing{} from {} since {oldest} ({waited} days ago) that you never acknowledged.",
            st.unacknowledged,
            if st.unacknowledged == 1 { "" } else { "s" },
            who.name
        ),
        format!("Thank {}: being seen is worth something of its own.", who.name),
    ))
}

fn drifting(who: &Subject, s: &Settings, today: NaiveDate) -> Option<Signal> {
    let cadence = who.cadence_days.or(s.default_cadence_days)?;
    let last = who.stats.last_date.as_deref()?;
    let silent = days_between(last, today)?;
    if silent <= i64::from(cadence) {
        return None;
    }
    Some(signal(
        SignalKind::Drifting,
        if silent > i64::from(cadence) * 2 { Severity::Medium } else { Severity::Low },
        who,
        format!(
            "Nothing exchanged with {} for {silent} days (last on {last}); you meant to keep in touch every {cadence} days.",
            who.name
        ),
        format!("Get in touch with {}.", who.name),
    ))
}

/// Affiliations and organisation names, for the two organisation signals.
struct Organisations {
    names: HashMap<String, String>,
    affiliations: Vec<Affiliation>,
    today: String,
}

impl Organisations {
    fn current_of<'a>(&'a self, person_id: &'a str) -> impl Iterator<Item = &'a Affiliation> + 'a {
        self.affiliations.iter().filter(move |a| {
            a.person_id == person_id
                && a.is_current_on(&self.today)
                && self.names.contains_key(&a.organisation_id)
        })
    }
}

fn cannot_reciprocate(who: &Subject, s: &Settings, orgs: &Organisations) -> Option<Signal> {
    if who.balance < s.cannot_reciprocate_credit {
        return None;
    }
    let current: Vec<&Affiliation> = orgs.current_of(&who.id).collect();
    if current.is_empty()
        || current
            .iter()
            .any(|a| a.decision_power != DecisionPower::None)
    {
        return None;
    }
    let places = current
        .iter()
        .map(|a| {
            let name = &orgs.names[&a.organisation_id];
            if a.role.is_empty() {
                name.clone()
            } else {
                format!("{name} ({})", a.role)
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut found = signal(
        SignalKind::CannotReciprocate,
        if who.balance >= s.cannot_reciprocate_credit * 2.0 {
            Severity::High
        } else {
            Severity::Medium
        },
        who,
        format!(
            "You have {} credits with {}, who neither decides nor influences at {places}.",
            credits(who.balance),
            who.name
        ),
        format!(
            "Keep helping {} if you like, but also invest in the people who decide at {places}.",
            who.name
        ),
    );
    found.organisation_id = current.first().map(|a| a.organisation_id.clone());
    Some(found)
}

fn stranded_credits(
    subjects: &HashMap<&str, &Subject>,
    s: &Settings,
    orgs: &Organisations,
) -> Vec<Signal> {
    let mut found = Vec::new();
    for left in orgs.affiliations.iter().filter(|a| {
        a.to_date
            .as_deref()
            .is_some_and(|to| to < orgs.today.as_str())
    }) {
        let Some(person) = subjects.get(left.person_id.as_str()) else {
            continue;
        };
        let Some(org_name) = orgs.names.get(&left.organisation_id) else {
            continue;
        };
        let still_there = orgs
            .current_of(&person.id)
            .any(|a| a.organisation_id == left.organisation_id);
        let already = found.iter().any(|f: &Signal| {
            f.person_ids[0] == person.id
                && f.organisation_id.as_deref() == Some(&left.organisation_id)
        });
        if person.balance < s.stranded_credit || still_there || already {
            continue;
        }
        let deciders: Vec<&Subject> = orgs
            .affiliations
            .iter()
            .filter(|a| {
                a.organisation_id == left.organisation_id
                    && a.decision_power == DecisionPower::Decides
                    && a.is_current_on(&orgs.today)
            })
            .filter_map(|a| subjects.get(a.person_id.as_str()).copied())
            .collect();
        if deciders.iter().any(|d| d.balance >= s.stranded_low_balance) {
            continue;
        }
        let who_decides = if deciders.is_empty() {
            "No one you know decides there now.".to_owned()
        } else {
            format!(
                "Who decides there now: {}.",
                deciders
                    .iter()
                    .map(|d| format!("{} (balance {})", d.name, credits(d.balance)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let action = match deciders.first() {
            Some(decider) => format!(
                "Credits do not transfer: before your next contact with {org_name}, build a relationship with {} yourself.",
                decider.name
            ),
            None => format!("Credits do not transfer: find out who decides at {org_name} now, and build that relationship."),
        };
        let mut person_ids = vec![person.id.clone()];
        person_ids.extend(deciders.iter().map(|d| d.id.clone()));
        found.push(Signal {
            kind: SignalKind::StrandedCredits,
            severity: if person.balance >= s.stranded_credit * 2.0 { Severity::High } else { Severity::Medium },
            person_ids,
            organisation_id: Some(left.organisation_id.clone()),
            explanation: format!(
                "{} left {org_name} on {}; your {} credits with {} stay with {} and do not pass to {org_name}. {who_decides}",
                person.name,
                left.to_date.as_deref().unwrap_or_default(),
                credits(person.balance),
                person.name,
                person.name
            ),
            action,
        });
    }
    found
}

impl Store {
    fn subjects(&self, today: NaiveDate) -> Result<Vec<Subject>> {
        let half_life = self.settings()?.half_life_days;
        let decayed = match half_life {
            Some(_) => Some(self.balances(today)?),
            None => None,
        };
        let columns = STATS_COLUMNS
            .split(", ")
            .map(|c| format!("s.{}", c.trim()))
            .collect::<Vec<_>>()
            .join(", ");
        let sql = format!(
            "SELECT {columns}, p.id, p.name, p.relationship, p.cadence_days
             FROM person p LEFT JOIN person_stats s ON s.person_id = p.id
             WHERE p.trashed_at IS NULL AND p.archived = 0"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let count = STATS_COLUMNS.split(", ").count();
        let rows = stmt.query_map([], |row| {
            let stats = PersonStats::from_row_at(row, 0)?;
            let relationship: String = row.get(count + 2)?;
            Ok(Subject {
                id: row.get(count)?,
                name: row.get(count + 1)?,
                relationship: Relationship::parse(&relationship).unwrap_or_default(),
                cadence_days: row.get(count + 3)?,
                balance: stats.balance(),
                stats,
            })
        })?;
        let mut subjects = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        if let Some(balances) = decayed {
            for subject in &mut subjects {
                subject.balance = balances.get(&subject.id).map_or(0.0, |b| b.balance);
            }
        }
        Ok(subjects)
    }

    fn organisations_for_signals(&self, today: NaiveDate) -> Result<Organisations> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM organisation WHERE trashed_at IS NULL")?;
        let names = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Organisations {
            names,
            affiliations: self.all_affiliations()?,
            today: clock::iso(today),
        })
    }

    /// Every signal on `today`, most severe first.
    pub fn signals(&self, today: NaiveDate) -> Result<Vec<Signal>> {
        let settings = self.settings()?;
        let subjects = self.subjects(today)?;
        let orgs = self.organisations_for_signals(today)?;
        let all = subjects.iter().fold(AllGiving(0.0, 0), |all, s| {
            AllGiving(all.0 + s.stats.given, all.1 + s.stats.gave_count)
        });
        let mut found: Vec<Signal> = Vec::new();
        for who in &subjects {
            found.extend(one_sided_giving(who, &settings));
            found.extend(one_sided_taking(who, &settings));
            found.extend(over_giving(who, &settings, all, today));
            found.extend(unasked_advice(who, &settings));
            found.extend(cannot_reciprocate(who, &settings, &orgs));
            found.extend(unacknowledged(who, &settings, today));
            found.extend(drifting(who, &settings, today));
        }
        let by_id: HashMap<&str, &Subject> = subjects.iter().map(|s| (s.id.as_str(), s)).collect();
        found.extend(stranded_credits(&by_id, &settings, &orgs));
        let names: HashMap<&str, &str> = subjects
            .iter()
            .map(|s| (s.id.as_str(), s.name.as_str()))
            .collect();
        found.sort_by(|a, b| {
            b.severity
                .cmp(&a.severity)
                .then(a.kind.cmp(&b.kind))
                .then_with(|| {
                    names
                        .get(a.person_ids[0].as_str())
                        .cmp(&names.get(b.person_ids[0].as_str()))
                })
        });
        Ok(found)
    }

    /// The signals that name this person.
    pub fn signals_for(&self, person_id: &str, today: NaiveDate) -> Result<Vec<Signal>> {
        self.person(person_id)?;
        let mut all = self.signals(today)?;
        all.retain(|s| s.person_ids.iter().any(|id| id == person_id));
        Ok(all)
    }
}
