//! Every sentence a signal is told in: the explanation with the numbers
//! behind it, and the suggested action, in English and Dutch. Kept apart
//! from the rules (`rules.rs`), which decide what is found and never how it
//! reads, and written only for the signals someone reads.

use super::rules::{Evidence, Finding, Place};
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::text::Isolated;

/// A finding's explanation and suggested action, in `lang`.
pub(crate) fn sentences(finding: &Finding<'_>, lang: Language) -> (String, String) {
    let who = finding.who;
    match &finding.evidence {
        Evidence::OneSidedGiving { by_streak, ratio } => {
            one_sided_giving(who, *by_streak, *ratio, lang)
        }
        Evidence::OneSidedTaking => one_sided_taking(who, lang),
        Evidence::OverGiving {
            largest,
            on,
            usual,
            new_contact,
        } => over_giving(who, *largest, on, *usual, *new_contact, lang),
        Evidence::UnaskedAdvice => unasked_advice(who, lang),
        Evidence::CannotReciprocate { places } => cannot_reciprocate(who, places, lang),
        Evidence::StrandedCredits {
            organisation,
            left_on,
            deciders,
            ..
        } => stranded_credits(who, organisation, left_on, deciders, lang),
        Evidence::Unacknowledged { since, waited } => unacknowledged(who, since, *waited, lang),
        Evidence::Drifting {
            last,
            silent,
            cadence,
        } => drifting(who, last, *silent, *cadence, lang),
    }
}

fn one_sided_giving(
    who: &PersonFigures,
    by_streak: bool,
    ratio: f64,
    lang: Language,
) -> (String, String) {
    let st = &who.stats;
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
}

fn one_sided_taking(who: &PersonFigures, lang: Language) -> (String, String) {
    let st = &who.stats;
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
}

fn over_giving(
    who: &PersonFigures,
    largest: f64,
    date: &str,
    usual_gift: f64,
    new_contact: bool,
    lang: Language,
) -> (String, String) {
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
}

fn unasked_advice(who: &PersonFigures, lang: Language) -> (String, String) {
    let st = &who.stats;
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
}

fn cannot_reciprocate(
    who: &PersonFigures,
    roles: &[Place<'_>],
    lang: Language,
) -> (String, String) {
    let places = roles
        .iter()
        .map(|p| {
            let name = Isolated(p.organisation);
            if p.role.is_empty() {
                name.to_string()
            } else {
                format!("{name} ({})", Isolated(p.role))
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    // The suggestion is about the others there: the organisations
    // without this person's role.
    let organisations = roles
        .iter()
        .map(|p| Isolated(p.organisation).to_string())
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
}

/// `person` left `org_name` on `left_on`; `deciders` decide there now.
fn stranded_credits(
    person: &PersonFigures,
    org_name: &str,
    left_on: &str,
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
    let left_on = lang.date(left_on);
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

fn unacknowledged(
    who: &PersonFigures,
    oldest: &str,
    waited: i64,
    lang: Language,
) -> (String, String) {
    let st = &who.stats;
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
}

fn drifting(
    who: &PersonFigures,
    last: &str,
    silent: i64,
    cadence: u32,
    lang: Language,
) -> (String, String) {
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
