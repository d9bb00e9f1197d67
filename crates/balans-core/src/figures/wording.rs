//! Every sentence the figures are told in, as catalogue phrases
//! (`catalogue/*/figures.ftl`): why a giving style was read, with the numbers
//! behind it, and the warning when one source brings most of the business.
//! Kept apart from the readings.

use crate::figures::business_sources::BusinessShare;
use crate::figures::giving_styles::{Giving, Reader, StyleKind};
use crate::language::Language;
use crate::phrase;
use crate::words::amounts::{credits, exchanges, times};
use crate::words::Arg;

/// Why a style was read, with the numbers behind it.
pub(crate) fn style_reason(
    who: Reader<'_>,
    giving: &Giving,
    kind: StyleKind,
    minimum: u32,
    lang: Language,
) -> String {
    let count = giving.gave_count + giving.received_count;
    let style = match kind {
        StyleKind::NotEnoughData => {
            return phrase!(
                "style-not-enough-data",
                count = count,
                so_far = exchanges(count),
                needed = exchanges(minimum),
            )
            .say(lang)
        }
        StyleKind::Giver => "giver",
        StyleKind::Matcher => "matcher",
        StyleKind::Taker => "taker",
    };
    let gifts = giving.first + giving.answered;
    let initiative = match gifts {
        0 => Arg::from(""),
        _ => phrase!("style-initiative", first = giving.first, gifts = gifts).into(),
    };
    let reason = match who {
        Reader::You => phrase!("style-reason-you"),
        Reader::Contact(name) => phrase!("style-reason-contact", name = Arg::name(name)),
    };
    reason
        .with("gave", times(giving.gave_count))
        .with("gave_credits", credits(giving.gave_credits))
        .with("got", times(giving.received_count))
        .with("got_credits", credits(giving.received_credits))
        .with("initiative", initiative)
        .with("style", style)
        .say(lang)
}

/// "62% of your business comes from Bothof …", in the user's language.
pub(crate) fn dependence_warning(largest: &BusinessShare, language: Language) -> String {
    let percent = (largest.share * 100.0).round();
    let name = Arg::name(&largest.name);
    phrase!("business-dependence", percent = percent, name = name).say(language)
}
