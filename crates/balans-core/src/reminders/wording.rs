//! Every reminder's words as catalogue phrases (`catalogue/*/reminders.ftl`):
//! its title, what to do in a few words, and its detail, the dates and
//! numbers behind it. Kept apart from the rules (`rules.rs`) and used only
//! for the reminders listed.

use super::rules::{Cause, FollowUp};
use crate::clock;
use crate::figures::person_figures::PersonFigures;
use crate::language::Language;
use crate::phrase;
use crate::signals::sentences;
use crate::words::amounts::credits;
use crate::words::{Arg, Phrase};

/// A reminder's title and detail, in `lang`.
pub(crate) fn title_and_detail(cause: &Cause<'_>, lang: Language) -> (String, String) {
    let (title, detail) = match cause {
        Cause::FollowUp(f) => follow_up(f),
        Cause::KeepInTouch { who, cadence } => keep_in_touch(who, *cadence),
        Cause::Thanks { who, since } => (
            phrase!("reminder-thanks", name = name(who)),
            phrase!(
                "reminder-thanks-detail",
                name = name(who),
                count = who.stats.unacknowledged,
                since = Arg::date(*since),
            ),
        ),
        Cause::GiveBack {
            who,
            owed,
            since,
            gave_since_meeting,
        } => {
            let detail = if *gave_since_meeting {
                phrase!("reminder-give-back-since")
            } else {
                phrase!("reminder-give-back-never")
            };
            (
                phrase!("reminder-give-back", name = name(who)),
                detail
                    .with("name", name(who))
                    .with("owed", credits(*owed))
                    .with("since", Arg::date(*since)),
            )
        }
        Cause::Birthday {
            who,
            on,
            age,
            today,
        } => {
            let detail = match (age, today) {
                (Some(age), true) => {
                    phrase!("reminder-birthday-age-today", name = name(who), age = *age)
                }
                (None, true) => phrase!("reminder-birthday-today", name = name(who)),
                (Some(age), false) => phrase!(
                    "reminder-birthday-age",
                    name = name(who),
                    age = *age,
                    date = Arg::date(clock::iso(*on))
                ),
                (None, false) => phrase!(
                    "reminder-birthday-day",
                    name = name(who),
                    date = Arg::date(clock::iso(*on))
                ),
            };
            (phrase!("reminder-birthday", name = name(who)), detail)
        }
        // The detail is the signal's own explanation.
        Cause::Pause(giving) => {
            let title = phrase!("reminder-pause", name = name(giving.who));
            return (title.say(lang), sentences(giving, lang).0);
        }
    };
    (title.say(lang), detail.say(lang))
}

fn name(who: &PersonFigures) -> Arg {
    Arg::name(&who.name)
}

fn follow_up(f: &FollowUp) -> (Phrase, Phrase) {
    let detail = match (f.gave, f.note.is_empty()) {
        (true, true) => phrase!("reminder-follow-up-gave"),
        (true, false) => phrase!("reminder-follow-up-gave-noted"),
        (false, true) => phrase!("reminder-follow-up-received"),
        (false, false) => phrase!("reminder-follow-up-received-noted"),
    };
    let name = || Arg::name(&f.person_name);
    (
        phrase!("reminder-follow-up", name = name()),
        detail
            .with("name", name())
            .with("date", Arg::date(&f.date))
            .with("note", &f.note),
    )
}

fn keep_in_touch(who: &PersonFigures, cadence: u32) -> (Phrase, Phrase) {
    let detail = match who.stats.last_date.as_deref() {
        Some(last) => phrase!(
            "reminder-keep-in-touch-since",
            name = name(who),
            last = Arg::date(last),
            cadence = cadence,
        ),
        None => phrase!(
            "reminder-keep-in-touch-never",
            name = name(who),
            cadence = cadence,
        ),
    };
    (phrase!("reminder-keep-in-touch", name = name(who)), detail)
}

/// The title of one notification for `count` reminders.
pub(crate) fn grouped_title(count: usize, lang: Language) -> String {
    phrase!("reminders-grouped", count = count).say(lang)
}

/// The last line of a grouped notification, for the `more` it does not name.
pub(crate) fn and_more(more: usize, lang: Language) -> String {
    phrase!("reminders-and-more", more = more).say(lang)
}
