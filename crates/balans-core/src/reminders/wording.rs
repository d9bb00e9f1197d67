//! Every sentence a reminder is told in: its title, what to do in a few
//! words, and its detail, the dates and numbers behind it; and the words of
//! a notification that groups several. In English and Dutch, kept apart
//! from the rules (`rules.rs`) and written only for the reminders listed.

use super::rules::{Cause, FollowUp};
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::signals::{sentences, Finding};
use crate::text::Isolated;

/// A reminder's title and detail, in `lang`.
pub(crate) fn title_and_detail(cause: &Cause<'_>, lang: Language) -> (String, String) {
    match cause {
        Cause::FollowUp(f) => follow_up(f, lang),
        Cause::KeepInTouch { who, cadence } => keep_in_touch(who, *cadence, lang),
        Cause::Thanks { who, since } => thanks(who, since, lang),
        Cause::GiveBack {
            who,
            owed,
            since,
            gave_since_meeting,
        } => give_back(who, *owed, since, *gave_since_meeting, lang),
        Cause::Pause(giving) => pause(giving, lang),
    }
}

/// The title of one notification for `count` reminders.
pub(crate) fn grouped_title(count: usize, lang: Language) -> String {
    match lang {
        Language::En => format!("{count} reminders are due"),
        Language::Nl => format!("{count} herinneringen staan klaar"),
    }
}

/// The last line of a grouped notification, for the `more` it does not name.
pub(crate) fn and_more(more: usize, lang: Language) -> String {
    match lang {
        Language::En => format!("and {more} more"),
        Language::Nl => format!("en nog {more}"),
    }
}

fn follow_up(f: &FollowUp, lang: Language) -> (String, String) {
    let name = Isolated(&f.person_name);
    let date = lang.date(&f.date);
    let what = match (lang, f.gave) {
        (Language::En, true) => format!("What you gave {name} on {date}"),
        (Language::En, false) => format!("What {name} gave you on {date}"),
        (Language::Nl, true) => format!("Wat je {name} op {date} gaf"),
        (Language::Nl, false) => format!("Wat {name} je op {date} gaf"),
    };
    let detail = if f.note.is_empty() {
        format!("{what}.")
    } else {
        format!("{what}: {}", f.note)
    };
    let title = match lang {
        Language::En => format!("Follow up with {name}"),
        Language::Nl => format!("Volg op bij {name}"),
    };
    (title, detail)
}

fn keep_in_touch(who: &PersonFigures, cadence: u32, lang: Language) -> (String, String) {
    let name = Isolated(&who.name);
    let last = who.stats.last_date.as_deref().map(|d| lang.date(d));
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
}

fn thanks(who: &PersonFigures, since: &str, lang: Language) -> (String, String) {
    let (name, count, since) = (
        Isolated(&who.name),
        who.stats.unacknowledged,
        lang.date(since),
    );
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
}

fn give_back(
    who: &PersonFigures,
    owed: f64,
    since: &str,
    gave_since_meeting: bool,
    lang: Language,
) -> (String, String) {
    let (name, credits, date) = (
        Isolated(&who.name),
        lang.credits_amount(owed),
        lang.date(since),
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
}

fn pause(giving: &Finding<'_>, lang: Language) -> (String, String) {
    let name = Isolated(&giving.who.name);
    let title = match lang {
        Language::En => format!("Pause your giving to {name}"),
        Language::Nl => format!("Stop even met geven aan {name}"),
    };
    (title, sentences(giving, lang).0)
}
