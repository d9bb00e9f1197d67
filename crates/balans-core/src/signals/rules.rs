//! The eight rules, one function each: from a person's figures and the
//! settings to a finding, or none, with the numbers its sentences will name.
//! A rule decides whether, how severe and about whom; it writes nothing
//! (`wording.rs` does, for the findings someone reads) and reads nothing
//! from the store. With clients the giving thresholds are doubled, since
//! the serving party is expected to invest more.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::who_is_where::WhoIsWhere;
use super::{Severity, SignalKind};
use crate::clock;
use crate::domain::organisations::{Affiliation, DecisionPower};
use crate::domain::people::Relationship;
use crate::domain::settings::Settings;
use crate::figures::person_figures::PersonFigures;

/// What a rule found about one person.
pub(crate) struct Finding<'a> {
    pub(crate) who: &'a PersonFigures,
    pub(crate) severity: Severity,
    pub(crate) evidence: Evidence<'a>,
}

/// The numbers behind a finding beyond the person's own figures, one
/// variant per kind of signal.
pub(crate) enum Evidence<'a> {
    OneSidedGiving {
        /// Found by the streak of gifts, not by the ratio alone.
        by_streak: bool,
        /// Credits given for each one received.
        ratio: f64,
    },
    OneSidedTaking,
    OverGiving {
        largest: f64,
        on: &'a str,
        /// Your average gift to everyone else.
        usual: f64,
        new_contact: bool,
    },
    UnaskedAdvice,
    CannotReciprocate {
        /// Where the person works today, deciding and influencing nothing.
        places: Vec<Place<'a>>,
    },
    StrandedCredits {
        organisation_id: &'a str,
        organisation: &'a str,
        left_on: &'a str,
        /// Who decides there now, none of whom you have built credit with.
        deciders: Vec<&'a PersonFigures>,
    },
    Unacknowledged {
        since: &'a str,
        waited: i64,
    },
    Drifting {
        last: &'a str,
        silent: i64,
        cadence: u32,
    },
}

/// A role at an organisation, named.
pub(crate) struct Place<'a> {
    pub(crate) organisation_id: &'a str,
    pub(crate) organisation: &'a str,
    pub(crate) role: &'a str,
}

impl<'a> Evidence<'a> {
    pub(crate) fn kind(&self) -> SignalKind {
        match self {
            Evidence::OneSidedGiving { .. } => SignalKind::OneSidedGiving,
            Evidence::OneSidedTaking => SignalKind::OneSidedTaking,
            Evidence::OverGiving { .. } => SignalKind::OverGiving,
            Evidence::UnaskedAdvice => SignalKind::UnaskedAdvice,
            Evidence::CannotReciprocate { .. } => SignalKind::CannotReciprocate,
            Evidence::StrandedCredits { .. } => SignalKind::StrandedCredits,
            Evidence::Unacknowledged { .. } => SignalKind::Unacknowledged,
            Evidence::Drifting { .. } => SignalKind::Drifting,
        }
    }

    /// The organisation the signal is about, if it is about one.
    pub(crate) fn organisation_id(&self) -> Option<&str> {
        match self {
            Evidence::CannotReciprocate { places } => places.first().map(|p| p.organisation_id),
            Evidence::StrandedCredits {
                organisation_id, ..
            } => Some(organisation_id),
            _ => None,
        }
    }

    /// The people the signal names besides the one it is about.
    pub(crate) fn others(&self) -> &[&'a PersonFigures] {
        match self {
            Evidence::StrandedCredits { deciders, .. } => deciders,
            _ => &[],
        }
    }
}

/// What you gave everyone active, as (credits, gifts), to tell a usual gift.
#[derive(Clone, Copy, Debug)]
pub(crate) struct AllGiving(pub(crate) f64, pub(crate) u32);

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

/// Every rule about one person, in the order of [`SignalKind`] but for
/// stranded credits, which are found per organisation.
pub(crate) fn about<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    all: AllGiving,
    orgs: &'a WhoIsWhere,
    today: NaiveDate,
) -> impl Iterator<Item = Finding<'a>> {
    [
        one_sided_giving(who, s),
        one_sided_taking(who, s),
        over_giving(who, s, all, today),
        unasked_advice(who, s),
        cannot_reciprocate(who, s, orgs),
        unacknowledged(who, s, today),
        drifting(who, s, today),
    ]
    .into_iter()
    .flatten()
}

fn days_between(from: &str, to: NaiveDate) -> Option<i64> {
    clock::parse_iso(from).map(|date| (to - date).num_days())
}

/// `High` when `severe`, `Medium` otherwise.
fn high_if(severe: bool) -> Severity {
    if severe {
        Severity::High
    } else {
        Severity::Medium
    }
}

/// `Medium` when `severe`, `Low` otherwise.
fn medium_if(severe: bool) -> Severity {
    if severe {
        Severity::Medium
    } else {
        Severity::Low
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

/// You gave many times in a row, or far more than you received.
pub(crate) fn one_sided_giving<'a>(who: &'a PersonFigures, s: &Settings) -> Option<Finding<'a>> {
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
    Some(Finding {
        who,
        severity: high_if(severe),
        evidence: Evidence::OneSidedGiving { by_streak, ratio },
    })
}

/// You received far more than you gave.
fn one_sided_taking<'a>(who: &'a PersonFigures, s: &Settings) -> Option<Finding<'a>> {
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
    Some(Finding {
        who,
        severity: high_if(severe),
        evidence: Evidence::OneSidedTaking,
    })
}

/// A recent gift far above your usual gift to others.
fn over_giving<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    all: AllGiving,
    today: NaiveDate,
) -> Option<Finding<'a>> {
    let st = &who.stats;
    let usual = all.usual_besides(who);
    let largest = st.largest_gift?;
    let on = st.largest_gift_date.as_deref()?;
    let age = days_between(on, today)?;
    if usual <= 0.0
        || largest < s.over_giving_factor * usual
        || age > i64::from(s.over_giving_window_days)
    {
        return None;
    }
    let new_contact = st.exchanges() <= s.new_contact_exchanges + 1;
    let severe = new_contact || largest >= s.over_giving_factor * 2.0 * usual;
    Some(Finding {
        who,
        severity: high_if(severe),
        evidence: Evidence::OverGiving {
            largest,
            on,
            usual,
            new_contact,
        },
    })
}

/// Most of what you gave was not asked for.
fn unasked_advice<'a>(who: &'a PersonFigures, s: &Settings) -> Option<Finding<'a>> {
    let st = &who.stats;
    if st.gave_count == 0 || st.gave_unasked < s.unasked_min {
        return None;
    }
    let share = f64::from(st.gave_unasked) / f64::from(st.gave_count);
    if share < s.unasked_share {
        return None;
    }
    Some(Finding {
        who,
        severity: high_if(share >= 0.8),
        evidence: Evidence::UnaskedAdvice,
    })
}

/// High credit with someone who neither decides nor influences anywhere
/// they work.
fn cannot_reciprocate<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    orgs: &'a WhoIsWhere,
) -> Option<Finding<'a>> {
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
    let places = current
        .into_iter()
        .filter_map(|a| {
            Some(Place {
                organisation_id: &a.organisation_id,
                organisation: orgs.name_of(&a.organisation_id)?,
                role: &a.role,
            })
        })
        .collect();
    let severe = who.totals.balance >= s.cannot_reciprocate_credit * 2.0;
    Some(Finding {
        who,
        severity: high_if(severe),
        evidence: Evidence::CannotReciprocate { places },
    })
}

/// Something received that has waited the set number of days for thanks:
/// since when, and how many days that is. The unacknowledged signal and
/// the thanks reminder are both this rule.
pub(crate) fn thanks_overdue<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    today: NaiveDate,
) -> Option<(&'a str, i64)> {
    let st = &who.stats;
    let oldest = st.oldest_unacknowledged.as_deref()?;
    let waited = days_between(oldest, today)?;
    if st.unacknowledged == 0 || waited < i64::from(s.thanks_after_days) {
        return None;
    }
    Some((oldest, waited))
}

/// You received something and never recognised it.
fn unacknowledged<'a>(
    who: &'a PersonFigures,
    s: &Settings,
    today: NaiveDate,
) -> Option<Finding<'a>> {
    let (since, waited) = thanks_overdue(who, s, today)?;
    let severe = who.stats.unacknowledged >= 3 || waited >= i64::from(s.thanks_after_days) * 4;
    Some(Finding {
        who,
        severity: medium_if(severe),
        evidence: Evidence::Unacknowledged { since, waited },
    })
}

/// Nothing exchanged for longer than the keep-in-touch cadence.
fn drifting<'a>(who: &'a PersonFigures, s: &Settings, today: NaiveDate) -> Option<Finding<'a>> {
    let cadence = who.cadence(s)?;
    let last = who.stats.last_date.as_deref()?;
    let silent = days_between(last, today)?;
    if silent <= i64::from(cadence) {
        return None;
    }
    Some(Finding {
        who,
        severity: medium_if(silent > i64::from(cadence) * 2),
        evidence: Evidence::Drifting {
            last,
            silent,
            cadence,
        },
    })
}

/// Someone with high credit left an organisation, and none of those who
/// decide there now has much of a balance with you. Once per person and
/// organisation, however often they left it.
pub(crate) fn stranded_credits<'a>(
    people: &HashMap<&str, &'a PersonFigures>,
    s: &Settings,
    orgs: &'a WhoIsWhere,
) -> Vec<Finding<'a>> {
    let mut found = Vec::new();
    let mut seen = HashSet::new();
    for left in orgs.ended() {
        let Some(&who) = people.get(left.person_id.as_str()) else {
            continue;
        };
        let Some(organisation) = orgs.name_of(&left.organisation_id) else {
            continue;
        };
        let still_there = orgs
            .current_of(&who.id)
            .any(|a| a.organisation_id == left.organisation_id);
        let first_time = seen.insert((who.id.as_str(), left.organisation_id.as_str()));
        if who.totals.balance < s.stranded_credit || still_there || !first_time {
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
        found.push(Finding {
            who,
            severity: high_if(who.totals.balance >= s.stranded_credit * 2.0),
            evidence: Evidence::StrandedCredits {
                organisation_id: &left.organisation_id,
                organisation,
                left_on: left.to_date.as_deref().unwrap_or_default(),
                deciders,
            },
        });
    }
    found
}
