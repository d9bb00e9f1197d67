//! Signals: one-sided and at-risk relationships, computed from the data every
//! time they are asked for (never stored, so they cannot go stale). Each names
//! its people, a severity, an explanation with the numbers behind it, and a
//! suggested action. Thresholds come from [`Settings`]; with clients the
//! giving thresholds are doubled, since the serving party is expected to invest
//! more.
//!
//! Everything is read from `person_stats` (one row per person), the
//! affiliations and the organisations: a few thousand rows, not every exchange.
//! Each detector decides whether, how severe and about whom; the explanation
//! and action are written only for the signals someone reads
//! (`unworded.rs`).

mod snoozes;

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::Serialize;

use crate::clock;
use crate::domain::organisations::{Affiliation, DecisionPower};
use crate::domain::people::Relationship;
use crate::domain::settings::Settings;
use crate::error::Result;
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::store::Store;
use crate::text::Isolated;
use crate::unworded::{Unworded, Wordable};

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

fn days_between(from: &str, to: NaiveDate) -> Option<i64> {
    clock::parse_iso(from).map(|date| (to - date).num_days())
}

/// A signal found, its explanation and action written only when shown.
pub(crate) type Found<'a> = Unworded<'a, Signal>;

impl Wordable for Signal {
    fn with_words(self, (explanation, action): (String, String)) -> Self {
        Signal {
            explanation,
            action,
            ..self
        }
    }
}

fn signal<'a>(
    kind: SignalKind,
    severity: Severity,
    who: &PersonFigures,
    words: impl FnOnce() -> (String, String) + 'a,
) -> Found<'a> {
    Unworded::new(
        Signal {
            kind,
            severity,
            person_ids: vec![who.id.clone()],
            person_name: who.name.clone(),
            organisation_id: None,
            explanation: String::new(),
            action: String::new(),
            key: String::new(),
        },
        words,
    )
}

/// `High` when `severe`, `Medium` otherwise.
fn high_if(severe: bool) -> Severity {
    if severe {
        Severity::High
    } else {
        Severity::Medium
    }
}

/// What makes giving one-sided, stricter for clients.
fn giving_factor(who: &PersonFigures) -> f64 {
    if who.relationship == Relationship::Client {
        2.0
    } else {
        1.0
    }
}

pub(crate) fn one_sided_giving<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    lang: Language,
) -> Option<Found<'a>> {
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
    let severe = st.gave_streak >= streak_limit * 2
        || (ratio >= s.one_sided_ratio * factor * 2.0
            && st.given >= s.one_sided_min_given * factor * 2.0);
    Some(signal(
        SignalKind::OneSidedGiving,
        high_if(severe),
        who,
        move || {
            let (name, given, received) = (
                Isolated(&who.name),
                lang.credits_amount(st.given),
                lang.credits(st.received),
            );
            let times = lang.times(st.gave_streak);
            let in_a_row = match st.gave_streak {
                1 => times.clone(),
                _ => format!("{times} in a row"),
            };
            // Nothing received makes no ratio to tell: say so instead.
            let explanation = match (
                by_streak || st.received <= 0.0,
                st.last_received_date.as_deref(),
                lang,
            ) {
                (true, Some(date), Language::En) => format!(
                    "You gave {name} {in_a_row} since you last received something on {}; in all you gave {given} and received {received}.",
                    lang.date(date)
                ),
                (true, Some(date), Language::Nl) => format!(
                    "Je gaf {name} {times} op rij sinds je op {} voor het laatst iets ontving; in totaal gaf je {given} en ontving je er {received}.",
                    lang.date(date)
                ),
                (true, None, Language::En) => format!(
                    "You gave {name} {times} ({given}) and never received anything back."
                ),
                (true, None, Language::Nl) => format!(
                    "Je gaf {name} {times} ({given}) en kreeg nooit iets terug."
                ),
                (false, _, Language::En) => format!(
                    "You gave {name} {given} and received {received}: {} times as much.",
                    lang.credits(ratio)
                ),
                (false, _, Language::Nl) => format!(
                    "Je gaf {name} {given} en ontving er {received}: {} keer zoveel.",
                    lang.credits(ratio)
                ),
            };
            let action = match lang {
                Language::En => {
                    format!("Pause your giving to {name}, and ask for something small in return.")
                }
                Language::Nl => {
                    format!("Stop even met geven aan {name}, en vraag eens om iets kleins terug.")
                }
            };
            (explanation, action)
        },
    ))
}

fn one_sided_taking<'a>(who: &'a PersonFigures, s: &Settings, lang: Language) -> Option<Found<'a>> {
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
        high_if(severe),
        who,
        move || {
            let (name, given, received) = (
                Isolated(&who.name),
                lang.credits_amount(st.given),
                lang.credits_amount(st.received),
            );
            let (took, gave) = (lang.times(st.received_count), lang.times(st.gave_count));
            let gave_back = match (lang, st.gave_count) {
                (Language::En, 0) => "you gave nothing back".to_owned(),
                (Language::Nl, 0) => "jij gaf niets terug".to_owned(),
                (Language::En, _) => format!("you gave something back {gave} ({given})"),
                (Language::Nl, _) => format!("jij gaf {gave} iets terug ({given})"),
            };
            match lang {
                Language::En => (
                    format!("{name} gave you something {took} ({received}); {gave_back}."),
                    format!("Give something back to {name}, or at least thank them."),
                ),
                Language::Nl => (
                    format!("{name} gaf jou {took} iets ({received}); {gave_back}."),
                    format!("Geef {name} iets terug, of bedank in elk geval."),
                ),
            }
        },
    ))
}

/// What you gave everyone, as (credits, gifts), to tell a usual gift.
#[derive(Clone, Copy)]
struct AllGiving(f64, u32);

impl AllGiving {
    /// Your average gift to everyone but `who`.
    fn usual_besides(self, who: &PersonFigures) -> f64 {
        let gifts = self.1.saturating_sub(who.stats.gave_count);
        if gifts == 0 {
            0.0
        } else {
            (self.0 - who.stats.given) / f64::from(gifts)
        }
    }
}

fn over_giving<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    all: AllGiving,
    today: NaiveDate,
    lang: Language,
) -> Option<Found<'a>> {
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
    let severe = new_contact || largest >= s.over_giving_factor * 2.0 * usual_gift;
    Some(signal(
        SignalKind::OverGiving,
        high_if(severe),
        who,
        move || {
            let newness = match (new_contact, lang) {
                (false, _) => "",
                (true, Language::En) => ", to a new contact",
                (true, Language::Nl) => ", aan een nieuw contact",
            };
            let (name, day, worth) = (
                Isolated(&who.name),
                lang.date(date),
                lang.credits_amount(largest),
            );
            let (times, usual) = (lang.credits(largest / usual_gift), lang.credits(usual_gift));
            match lang {
                Language::En => (
                    format!(
                        "On {day} you gave {name} something worth {worth}{newness}: {times} times your usual gift to others of {usual}."
                    ),
                    format!(
                        "A gift this large can embarrass {name}; let them return the favour in their own way, and do not raise the stakes further."
                    ),
                ),
                Language::Nl => (
                    format!(
                        "Op {day} gaf je {name} iets ter waarde van {worth}{newness}: {times} keer je gebruikelijke gift aan anderen van {usual}."
                    ),
                    format!(
                        "Zo'n grote gift kan {name} in verlegenheid brengen; laat de ander op eigen wijze iets terugdoen, en verhoog de inzet niet verder."
                    ),
                ),
            }
        },
    ))
}

fn unasked_advice<'a>(who: &'a PersonFigures, s: &Settings, lang: Language) -> Option<Found<'a>> {
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
        high_if(share >= 0.8),
        who,
        move || {
            let name = Isolated(&who.name);
            match lang {
                Language::En => {
                    let asked = match st.gave_asked {
                        0 => "none were".to_owned(),
                        1 => "1 was".to_owned(),
                        n => format!("{n} were"),
                    };
                    (
                        format!(
                            "{} of the {} things you gave {name} were not asked for ({asked}).",
                            st.gave_unasked, st.gave_count
                        ),
                        format!(
                            "Ask {name} whether your help is welcome before giving more; unasked advice can read as criticism or a sales pitch."
                        ),
                    )
                }
                Language::Nl => (
                    format!(
                        "{} van de {} dingen die je {name} gaf waren niet gevraagd ({} wel).",
                        st.gave_unasked, st.gave_count, st.gave_asked
                    ),
                    format!(
                        "Vraag {name} of je hulp welkom is voordat je meer geeft; ongevraagd advies kan overkomen als kritiek of als verkooppraatje."
                    ),
                ),
            }
        },
    ))
}

fn unacknowledged<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    today: NaiveDate,
    lang: Language,
) -> Option<Found<'a>> {
    let st = &who.stats;
    let oldest = st.oldest_unacknowledged.as_deref()?;
    let waited = days_between(oldest, today)?;
    if st.unacknowledged == 0 || waited < i64::from(s.thanks_after_days) {
        return None;
    }
    let severe = st.unacknowledged >= 3 || waited >= i64::from(s.thanks_after_days) * 4;
    let severity = if severe {
        Severity::Medium
    } else {
        Severity::Low
    };
    Some(signal(
        SignalKind::Unacknowledged,
        severity,
        who,
        move || {
            let (name, count, since) = (Isolated(&who.name), st.unacknowledged, lang.date(oldest));
            match lang {
                Language::En => (
                    format!(
                        "You received {count} thing{} from {name} since {since} ({waited} days ago) that you never acknowledged.",
                        if count == 1 { "" } else { "s" }
                    ),
                    format!("Thank {name}: being seen is worth something of its own."),
                ),
                Language::Nl => (
                    format!(
                        "Je ontving sinds {since} ({waited} dagen geleden) {count} keer iets van {name} waar je nooit erkenning voor gaf."
                    ),
                    format!("Bedank {name}: gezien worden is op zichzelf al iets waard."),
                ),
            }
        },
    ))
}

fn drifting<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    today: NaiveDate,
    lang: Language,
) -> Option<Found<'a>> {
    let cadence = who.cadence(s)?;
    let last = who.stats.last_date.as_deref()?;
    let silent = days_between(last, today)?;
    if silent <= i64::from(cadence) {
        return None;
    }
    let severity = if silent > i64::from(cadence) * 2 {
        Severity::Medium
    } else {
        Severity::Low
    };
    Some(signal(SignalKind::Drifting, severity, who, move || {
        let (name, last) = (Isolated(&who.name), lang.date(last));
        match lang {
            Language::En => (
                format!(
                    "Nothing exchanged with {name} for {silent} days (last on {last}); you meant to keep in touch every {cadence} days."
                ),
                format!("Get in touch with {name}."),
            ),
            Language::Nl => (
                format!(
                    "Al {silent} dagen niets uitgewisseld met {name} (laatst op {last}); je wilde elke {cadence} dagen contact houden."
                ),
                format!("Neem contact op met {name}."),
            ),
        }
    }))
}

/// Affiliations and organisation names, for the two organisation signals,
/// indexed by person and by organisation.
struct Organisations {
    names: HashMap<String, String>,
    affiliations: Vec<Affiliation>,
    by_person: HashMap<String, Vec<usize>>,
    by_organisation: HashMap<String, Vec<usize>>,
    today: String,
}

impl Organisations {
    fn new(names: HashMap<String, String>, affiliations: Vec<Affiliation>, today: String) -> Self {
        let mut by_person: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_organisation: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, a) in affiliations.iter().enumerate() {
            by_person
                .entry(a.person_id.clone())
                .or_default()
                .push(index);
            by_organisation
                .entry(a.organisation_id.clone())
                .or_default()
                .push(index);
        }
        Organisations {
            names,
            affiliations,
            by_person,
            by_organisation,
            today,
        }
    }

    fn indexed<'a>(
        &'a self,
        index: &'a HashMap<String, Vec<usize>>,
        key: &str,
    ) -> impl Iterator<Item = &'a Affiliation> + 'a {
        index
            .get(key)
            .into_iter()
            .flatten()
            .map(|&i| &self.affiliations[i])
            .filter(|a| self.names.contains_key(&a.organisation_id))
    }

    /// A person's affiliations that hold today, at organisations not in the trash.
    fn current_of<'a>(&'a self, person_id: &str) -> impl Iterator<Item = &'a Affiliation> + 'a {
        self.indexed(&self.by_person, person_id)
            .filter(|a| a.is_current_on(&self.today))
    }

    /// The people who decide at an organisation today.
    fn deciders_at<'a>(
        &'a self,
        organisation_id: &str,
    ) -> impl Iterator<Item = &'a Affiliation> + 'a {
        self.indexed(&self.by_organisation, organisation_id)
            .filter(|a| a.decision_power == DecisionPower::Decides && a.is_current_on(&self.today))
    }
}

fn cannot_reciprocate<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    orgs: &'a Organisations,
    lang: Language,
) -> Option<Found<'a>> {
    if who.totals.balance < s.cannot_reciprocate_credit {
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
    let organisation_id = current.first().map(|a| a.organisation_id.clone());
    let severe = who.totals.balance >= s.cannot_reciprocate_credit * 2.0;
    let mut found = signal(
        SignalKind::CannotReciprocate,
        high_if(severe),
        who,
        move || {
            let places = current
                .iter()
                .map(|a| {
                    let name = Isolated(&orgs.names[&a.organisation_id]);
                    if a.role.is_empty() {
                        name.to_string()
                    } else {
                        format!("{name} ({})", Isolated(&a.role))
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            // The suggestion is about the others there: the organisations
            // without this person's role.
            let organisations = current
                .iter()
                .map(|a| Isolated(&orgs.names[&a.organisation_id]).to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let (name, balance) = (Isolated(&who.name), lang.credits_amount(who.totals.balance));
            match lang {
                Language::En => (
                    format!(
                        "You have {balance} with {name}, who neither decides nor influences at {places}."
                    ),
                    format!(
                        "Keep helping {name} if you like, but also invest in the people who decide at {organisations}."
                    ),
                ),
                Language::Nl => (
                    format!(
                        "Je hebt {balance} bij {name}, die bij {places} niet beslist en geen invloed heeft."
                    ),
                    format!(
                        "Help {name} gerust verder, maar investeer ook in de mensen die bij {organisations} beslissen."
                    ),
                ),
            }
        },
    );
    found.finding.organisation_id = organisation_id;
    Some(found)
}

fn stranded_credits<'a>(
    people: &HashMap<&str, &'a PersonFigures>,
    s: &Settings,
    orgs: &'a Organisations,
    lang: Language,
) -> Vec<Found<'a>> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for left in orgs.affiliations.iter().filter(|a| {
        a.to_date
            .as_deref()
            .is_some_and(|to| to < orgs.today.as_str())
    }) {
        let Some(&person) = people.get(left.person_id.as_str()) else {
            continue;
        };
        let Some(org_name) = orgs.names.get(&left.organisation_id) else {
            continue;
        };
        let still_there = orgs
            .current_of(&person.id)
            .any(|a| a.organisation_id == left.organisation_id);
        let first_time = seen.insert((person.id.as_str(), left.organisation_id.as_str()));
        if person.totals.balance < s.stranded_credit || still_there || !first_time {
            continue;
        }
        let deciders: Vec<&PersonFigures> = orgs
            .deciders_at(&left.organisation_id)
            .filter_map(|a| people.get(a.person_id.as_str()).copied())
            .collect();
        if deciders
            .iter()
            .any(|d| d.totals.balance >= s.stranded_low_balance)
        {
            continue;
        }
        let mut person_ids = vec![person.id.clone()];
        person_ids.extend(deciders.iter().map(|d| d.id.clone()));
        let severe = person.totals.balance >= s.stranded_credit * 2.0;
        let mut stranded = signal(
            SignalKind::StrandedCredits,
            high_if(severe),
            person,
            move || stranded_words(person, org_name, left, &deciders, lang),
        );
        stranded.finding.person_ids = person_ids;
        stranded.finding.organisation_id = Some(left.organisation_id.clone());
        found.push(stranded);
    }
    found
}

/// The explanation and action of a stranded-credits signal: `person` left
/// the organisation named `org_name` as `left` says; `deciders` decide there now.
fn stranded_words(
    person: &PersonFigures,
    org_name: &str,
    left: &Affiliation,
    deciders: &[&PersonFigures],
    lang: Language,
) -> (String, String) {
    let decider_list = deciders
        .iter()
        .map(|d| match lang {
            Language::En => format!(
                "{} (balance {})",
                Isolated(&d.name),
                lang.credits(d.totals.balance)
            ),
            Language::Nl => format!(
                "{} (saldo {})",
                Isolated(&d.name),
                lang.credits(d.totals.balance)
            ),
        })
        .collect::<Vec<_>>()
        .join(", ");
    let who_decides = match (deciders.is_empty(), lang) {
        (true, Language::En) => "No one you know decides there now.".to_owned(),
        (true, Language::Nl) => "Niemand die je kent beslist daar nu.".to_owned(),
        (false, Language::En) => format!("Who decides there now: {decider_list}."),
        (false, Language::Nl) => format!("Wie daar nu beslist: {decider_list}."),
    };
    let action = match (deciders.first(), lang) {
        (Some(decider), Language::En) => format!(
            "Credits do not transfer: before your next contact with {org_name}, build a relationship with {} yourself.",
            decider.name
        ),
        (Some(decider), Language::Nl) => format!(
            "Credits gaan niet over: bouw vóór je volgende contact met {org_name} zelf een relatie op met {}.",
            decider.name
        ),
        (None, Language::En) => format!("Credits do not transfer: find out who decides at {org_name} now, and build that relationship."),
        (None, Language::Nl) => format!("Credits gaan niet over: zoek uit wie er bij {org_name} nu beslist, en bouw die relatie op."),
    };
    let org_name = Isolated(org_name);
    let (name, balance) = (
        Isolated(&person.name),
        lang.credits_amount(person.totals.balance),
    );
    let left_on = lang.date(left.to_date.as_deref().unwrap_or_default());
    let explanation = match lang {
        Language::En => format!(
            "{name} left {org_name} on {left_on}; your {balance} with {name} stay with {name} and do not pass to {org_name}. {who_decides}"
        ),
        Language::Nl => format!(
            "{name} vertrok op {left_on} bij {org_name}; je {balance} bij {name} blijven bij {name} en gaan niet over op {org_name}. {who_decides}"
        ),
    };
    (explanation, action)
}

/// `kind:person[:organisation]`: the same relationship and concern, whatever
/// the numbers are today.
fn signal_key(signal: &Signal) -> String {
    let mut key = format!("{}:{}", signal.kind.as_str(), signal.person_ids[0]);
    if let Some(org) = &signal.organisation_id {
        key.push(':');
        key.push_str(org);
    }
    key
}

/// Most severe first, then by kind and name. The key names the people by id,
/// so namesakes keep one order whatever order the rows come back in (after a
/// restore, say); no two signals share a key, so the order is total.
fn listing_order(signal: &Signal) -> (std::cmp::Reverse<Severity>, SignalKind, &str, &str) {
    (
        std::cmp::Reverse(signal.severity),
        signal.kind,
        &signal.person_name,
        &signal.key,
    )
}

impl Store {
    fn organisations_for_signals(&self, today: NaiveDate) -> Result<Organisations> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM organisation WHERE trashed_at IS NULL")?;
        let names = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Organisations::new(
            names,
            self.all_affiliations()?,
            clock::iso(today),
        ))
    }

    /// Every signal on `today` that is not snoozed, most severe first, in the
    /// language of the settings.
    pub fn signals(&self, today: NaiveDate) -> Result<Vec<Signal>> {
        Ok(self
            .signals_shown(&self.active_figures(today)?, today, usize::MAX)?
            .0)
    }

    /// The first `shown` of [`Store::signals`], worded, and how many there
    /// are in all, from `people` already read: all of [`Store::people`]
    /// on `today`, since the usual gift and the organisations' deciders are
    /// reckoned over everyone given.
    pub(crate) fn signals_shown(
        &self,
        people: &[PersonFigures],
        today: NaiveDate,
        shown: usize,
    ) -> Result<(Vec<Signal>, usize)> {
        self.with_signals(people, today, |found| {
            let count = found.len();
            let signals = found
                .into_iter()
                .take(shown)
                .map(Unworded::worded)
                .collect();
            (signals, count)
        })
    }

    /// The signals that name this person.
    pub fn signals_for(&self, person_id: &str, today: NaiveDate) -> Result<Vec<Signal>> {
        self.person(person_id)?;
        self.with_signals(&self.active_figures(today)?, today, |found| {
            found
                .into_iter()
                .filter(|signal| signal.finding.person_ids.iter().any(|id| id == person_id))
                .map(Unworded::worded)
                .collect()
        })
    }

    /// Everyone some signal names on `today`, none of them worded.
    pub(crate) fn signalled_people(&self, today: NaiveDate) -> Result<HashSet<String>> {
        self.with_signals(&self.active_figures(today)?, today, |found| {
            found
                .into_iter()
                .flat_map(|signal| signal.finding.person_ids)
                .collect()
        })
    }

    /// Hands every signal on `today` that is not snoozed, in the order they
    /// are listed and still unworded, to `take`.
    fn with_signals<T>(
        &self,
        people: &[PersonFigures],
        today: NaiveDate,
        take: impl FnOnce(Vec<Found>) -> T,
    ) -> Result<T> {
        let settings = self.settings()?;
        let lang = settings.language_or_system();
        let orgs = self.organisations_for_signals(today)?;
        let all = people.iter().fold(AllGiving(0.0, 0), |all, s| {
            AllGiving(all.0 + s.stats.given, all.1 + s.stats.gave_count)
        });
        let mut found: Vec<Found> = Vec::new();
        for who in people {
            found.extend(one_sided_giving(who, &settings, lang));
            found.extend(one_sided_taking(who, &settings, lang));
            found.extend(over_giving(who, &settings, all, today, lang));
            found.extend(unasked_advice(who, &settings, lang));
            found.extend(cannot_reciprocate(who, &settings, &orgs, lang));
            found.extend(unacknowledged(who, &settings, today, lang));
            found.extend(drifting(who, &settings, today, lang));
        }
        let by_id: HashMap<&str, &PersonFigures> =
            people.iter().map(|s| (s.id.as_str(), s)).collect();
        found.extend(stranded_credits(&by_id, &settings, &orgs, lang));
        let snoozed = self.snoozed_on(today)?;
        for signal in &mut found {
            signal.finding.key = signal_key(&signal.finding);
        }
        found.retain(|signal| !snoozed.contains(&signal.finding.key));
        found.sort_unstable_by(|a, b| listing_order(&a.finding).cmp(&listing_order(&b.finding)));
        Ok(take(found))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::figures::balances::Balance;
    use crate::figures::person_stats::PersonStats;

    fn subject(stats: PersonStats) -> PersonFigures {
        PersonFigures {
            id: "p".into(),
            name: "Anna".into(),
            archived: false,
            relationship: Relationship::default(),
            cadence_days: None,
            totals: Balance::from_stats(&stats),
            stats,
        }
    }

    #[test]
    fn counts_of_one_and_none_read_as_english() {
        let settings = Settings {
            one_sided_streak: 1,
            ..Settings::default()
        };
        let once = subject(PersonStats {
            given: 1.0,
            gave_count: 1,
            gave_streak: 1,
            ..PersonStats::default()
        });
        let found = one_sided_giving(&once, &settings, Language::En)
            .unwrap()
            .worded();
        assert!(
            found
                .explanation
                .starts_with("You gave \u{2068}Anna\u{2069} once ("),
            "{}",
            found.explanation
        );
        let advice = |asked| {
            let who = subject(PersonStats {
                gave_count: 3 + asked,
                gave_unasked: 3,
                gave_asked: asked,
                ..PersonStats::default()
            });
            unasked_advice(&who, &Settings::default(), Language::En)
                .unwrap()
                .worded()
                .explanation
        };
        let taking = |gave_count, given| {
            let taker = subject(PersonStats {
                given,
                gave_count,
                received: 30.0,
                received_count: 12,
                ..PersonStats::default()
            });
            one_sided_taking(&taker, &Settings::default(), Language::En)
                .unwrap()
                .worded()
                .explanation
        };
        assert!(
            taking(1, 1.0).contains("you gave something back once (1 credit)"),
            "{}",
            taking(1, 1.0)
        );
        assert!(
            taking(0, 0.0).ends_with("you gave nothing back."),
            "{}",
            taking(0, 0.0)
        );
        assert!(advice(0).ends_with("(none were)."), "{}", advice(0));
        assert!(advice(1).ends_with("(1 was)."), "{}", advice(1));
    }

    #[test]
    fn kind_names_are_the_serialised_names() {
        for kind in [
            SignalKind::OneSidedGiving,
            SignalKind::OneSidedTaking,
            SignalKind::OverGiving,
            SignalKind::UnaskedAdvice,
            SignalKind::CannotReciprocate,
            SignalKind::StrandedCredits,
            SignalKind::Unacknowledged,
            SignalKind::Drifting,
        ] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }
}
