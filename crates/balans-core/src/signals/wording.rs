//! Every signal's sentences as catalogue phrases (`catalogue/*/signals.ftl`):
//! the explanation with the numbers behind it, and the suggested action.
//! Kept apart from the rules (`rules.rs`), which decide what is found and
//! never how it reads, and used only for the signals someone reads.

use super::rules::{Evidence, Finding, Place};
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::phrase;
use crate::words::amounts::{credits, times};
use crate::words::{Arg, Phrase};

/// A finding's explanation and suggested action, in `lang`.
pub(crate) fn sentences(finding: &Finding<'_>, lang: Language) -> (String, String) {
    let (explanation, action) = phrases(finding);
    (explanation.say(lang), action.say(lang))
}

/// A finding's explanation and suggested action, as phrases.
fn phrases(finding: &Finding<'_>) -> (Phrase, Phrase) {
    let who = finding.who;
    let name = || Arg::name(&who.name);
    match &finding.evidence {
        Evidence::OneSidedGiving { by_streak, ratio } => (
            one_sided_giving(who, *by_streak, *ratio),
            phrase!("signal-one-sided-giving-do", name = name()),
        ),
        Evidence::OneSidedTaking => (
            one_sided_taking(who),
            phrase!("signal-one-sided-taking-do", name = name()),
        ),
        Evidence::OverGiving {
            largest,
            on,
            usual,
            new_contact,
        } => {
            let over_giving = if *new_contact {
                phrase!("signal-over-giving-new-contact")
            } else {
                phrase!("signal-over-giving")
            };
            (
                over_giving
                    .with("name", name())
                    .with("day", Arg::date(*on))
                    .with("worth", credits(*largest))
                    .with("ratio", largest / usual)
                    .with("usual", credits(*usual)),
                phrase!("signal-over-giving-do", name = name()),
            )
        }
        Evidence::UnaskedAdvice => (
            phrase!(
                "signal-unasked-advice",
                name = name(),
                unasked = who.stats.gave_unasked,
                count = who.stats.gave_count,
                asked = who.stats.gave_asked,
            ),
            phrase!("signal-unasked-advice-do", name = name()),
        ),
        Evidence::CannotReciprocate { places } => cannot_reciprocate(who, places),
        Evidence::StrandedCredits {
            organisation,
            left_on,
            deciders,
            ..
        } => stranded_credits(who, organisation, left_on, deciders),
        Evidence::Unacknowledged { since, waited } => (
            phrase!(
                "signal-unacknowledged",
                name = name(),
                count = who.stats.unacknowledged,
                since = Arg::date(*since),
                waited = *waited,
            ),
            phrase!("signal-unacknowledged-do", name = name()),
        ),
        Evidence::Drifting {
            last,
            silent,
            cadence,
        } => (
            phrase!(
                "signal-drifting",
                name = name(),
                silent = *silent,
                last = Arg::date(*last),
                cadence = *cadence,
            ),
            phrase!("signal-drifting-do", name = name()),
        ),
    }
}

fn one_sided_giving(who: &PersonFigures, by_streak: bool, ratio: f64) -> Phrase {
    let st = &who.stats;
    let name = Arg::name(&who.name);
    // Nothing received makes no ratio to tell: say so instead.
    if !by_streak && st.received > 0.0 {
        return phrase!(
            "signal-one-sided-giving-ratio",
            name = name,
            given = credits(st.given),
            received = st.received,
            ratio = ratio,
        );
    }
    match st.last_received_date.as_deref() {
        Some(last) => phrase!(
            "signal-one-sided-giving-since",
            name = name,
            streak = st.gave_streak,
            last = Arg::date(last),
            given = credits(st.given),
            received = st.received,
        ),
        None => phrase!(
            "signal-one-sided-giving-never",
            name = name,
            times = times(st.gave_streak),
            given = credits(st.given),
        ),
    }
}

fn one_sided_taking(who: &PersonFigures) -> Phrase {
    let st = &who.stats;
    phrase!(
        "signal-one-sided-taking",
        name = Arg::name(&who.name),
        took = times(st.received_count),
        received = credits(st.received),
        gave_count = st.gave_count,
        gave = times(st.gave_count),
        given = credits(st.given),
    )
}

fn cannot_reciprocate(who: &PersonFigures, places: &[Place<'_>]) -> (Phrase, Phrase) {
    let with_roles = places.iter().map(|p| {
        let organisation = Arg::name(p.organisation);
        if p.role.is_empty() {
            organisation
        } else {
            let role = Arg::name(p.role);
            phrase!(
                "signal-place-role",
                organisation = organisation,
                role = role
            )
            .into()
        }
    });
    // The suggestion is about the others there: the organisations
    // without this person's role.
    let organisations = places.iter().map(|p| Arg::name(p.organisation));
    let name = || Arg::name(&who.name);
    (
        phrase!(
            "signal-cannot-reciprocate",
            name = name(),
            balance = credits(who.totals.balance),
            places = Arg::list(with_roles),
        ),
        phrase!(
            "signal-cannot-reciprocate-do",
            name = name(),
            organisations = Arg::list(organisations),
        ),
    )
}

/// `person` left `organisation` on `left_on`; `deciders` decide there now.
fn stranded_credits(
    person: &PersonFigures,
    organisation: &str,
    left_on: &str,
    deciders: &[&PersonFigures],
) -> (Phrase, Phrase) {
    let who_decides = if deciders.is_empty() {
        phrase!("signal-stranded-no-deciders")
    } else {
        let each = deciders.iter().map(|d| {
            phrase!(
                "signal-stranded-decider",
                name = Arg::name(&d.name),
                balance = d.totals.balance,
            )
        });
        phrase!(
            "signal-stranded-deciders",
            deciders = Arg::list(each.map(Arg::from))
        )
    };
    let action = match deciders.first() {
        Some(decider) => phrase!(
            "signal-stranded-credits-do",
            organisation = Arg::name(organisation),
            decider = Arg::name(&decider.name),
        ),
        None => phrase!(
            "signal-stranded-credits-find",
            organisation = Arg::name(organisation),
        ),
    };
    let explanation = phrase!(
        "signal-stranded-credits",
        name = Arg::name(&person.name),
        organisation = Arg::name(organisation),
        left = Arg::date(left_on),
        balance = credits(person.totals.balance),
        who_decides = who_decides,
    );
    (explanation, action)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::people::Relationship;
    use crate::figures::balances::Balance;
    use crate::figures::person_stats::PersonStats;
    use crate::signals::Severity;

    fn anna(stats: PersonStats) -> PersonFigures {
        PersonFigures {
            id: "p".into(),
            name: "Anna".into(),
            archived: false,
            relationship: Relationship::default(),
            cadence_days: None,
            birthday: None,
            totals: Balance::from_stats(&stats),
            stats,
        }
    }

    fn explanation(stats: PersonStats, evidence: Evidence<'_>) -> String {
        let who = anna(stats);
        let finding = Finding {
            who: &who,
            severity: Severity::Medium,
            evidence,
        };
        sentences(&finding, Language::En).0
    }

    #[test]
    fn counts_of_one_and_none_read_as_english() {
        let once = PersonStats {
            given: 1.0,
            gave_count: 1,
            gave_streak: 1,
            ..PersonStats::default()
        };
        let streak = Evidence::OneSidedGiving {
            by_streak: true,
            ratio: f64::INFINITY,
        };
        let found = explanation(once, streak);
        assert!(
            found.starts_with("You gave \u{2068}Anna\u{2069} once ("),
            "{found}"
        );
        let advice = |asked| {
            let stats = PersonStats {
                gave_count: 3 + asked,
                gave_unasked: 3,
                gave_asked: asked,
                ..PersonStats::default()
            };
            explanation(stats, Evidence::UnaskedAdvice)
        };
        let taking = |gave_count, given| {
            let stats = PersonStats {
                given,
                gave_count,
                received: 30.0,
                received_count: 12,
                ..PersonStats::default()
            };
            explanation(stats, Evidence::OneSidedTaking)
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
}
