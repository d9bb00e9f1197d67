//! Every sentence the figures are told in: why a giving style was read, with
//! the numbers behind it, and the warning when one source brings most of
//! the business. In English and Dutch, kept apart from the readings.

use crate::figures::business_sources::BusinessShare;
use crate::figures::giving_styles::{Giving, Reader, StyleKind};
use crate::language::Language;
use crate::phrase;
use crate::text::Isolated;

/// Why a style was read, with the numbers behind it.
pub(crate) fn style_reason(
    who: Reader<'_>,
    giving: &Giving,
    kind: StyleKind,
    minimum: u32,
    lang: Language,
) -> String {
    let exchanges = giving.gave_count + giving.received_count;
    if kind == StyleKind::NotEnoughData {
        let (so_far, needed) = (lang.exchanges(exchanges), lang.exchanges(minimum));
        return match (lang, exchanges) {
            (Language::En, 0) => format!("No exchanges yet; a style shows from {needed} on."),
            (Language::Nl, 0) => {
                format!("Nog geen uitwisselingen; een stijl is te zien vanaf {needed}.")
            }
            (Language::En, _) => format!("Only {so_far} so far; a style shows from {needed} on."),
            (Language::Nl, _) => format!("Pas {so_far}; een stijl is te zien vanaf {needed}."),
        };
    }
    let gifts = giving.first + giving.answered;
    let first = giving.first;
    let initiative = match (gifts, lang) {
        (0, _) => String::new(),
        (_, Language::En) => format!("; {first} of {gifts} gifts came first, not in answer"),
        (_, Language::Nl) => {
            format!("; {first} van de {gifts} giften kwamen eerst, niet als antwoord")
        }
    };
    let (gave, gave_credits) = (
        lang.times(giving.gave_count),
        lang.credits_amount(giving.gave_credits),
    );
    let (got, got_credits) = (
        lang.times(giving.received_count),
        lang.credits_amount(giving.received_credits),
    );
    let word = style_word(kind, lang);
    let contact = match who {
        Reader::Contact(name) => Some(Isolated(name)),
        Reader::You => None,
    };
    match (contact, lang) {
        (None, Language::En) => format!(
            "You gave {gave} ({gave_credits}) and received {got} ({got_credits}){initiative}: you are {word}."
        ),
        (None, Language::Nl) => format!(
            "Je gaf {gave} ({gave_credits}) en ontving {got} ({got_credits}){initiative}: je bent {word}."
        ),
        (Some(name), Language::En) => format!(
            "{name} gave {gave} ({gave_credits}) and received {got} ({got_credits}){initiative}: {name} is {word}."
        ),
        (Some(name), Language::Nl) => format!(
            "{name} gaf {gave} ({gave_credits}) en ontving {got} ({got_credits}){initiative}: {name} is {word}."
        ),
    }
}

/// The style as the reason names it.
fn style_word(kind: StyleKind, lang: Language) -> &'static str {
    match (kind, lang) {
        (StyleKind::Giver, Language::En) => "a giver",
        (StyleKind::Matcher, Language::En) => "a matcher",
        (StyleKind::Taker, Language::En) => "a taker",
        (StyleKind::NotEnoughData, Language::En) => "not yet known",
        (StyleKind::Giver, Language::Nl) => "een gever",
        (StyleKind::Matcher, Language::Nl) => "een matcher",
        (StyleKind::Taker, Language::Nl) => "een nemer",
        (StyleKind::NotEnoughData, Language::Nl) => "nog onbekend",
    }
}

/// "62% of your business comes from Bothof …", in the user's language.
pub(crate) fn dependence_warning(largest: &BusinessShare, language: Language) -> String {
    let percent = (largest.share * 100.0).round();
    let name = Isolated(&largest.name).to_string();
    phrase!("business-dependence", percent = percent, name = name).say(language)
}
