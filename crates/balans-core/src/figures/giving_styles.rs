//! Giver, matcher or taker (after Adam Grant): how a contact, or the user,
//! tends to give and take. Read from the per-person figures: how much someone
//! gives against what they receive, and whether their giving comes first or
//! only answers the other's.
//!
//! The reading, with `ratio` = credits given ÷ credits received:
//! - fewer exchanges than `style_min_exchanges`: not enough data;
//! - ratio ≥ 1.5: giver; ratio ≤ 2/3: taker;
//! - in between: a giver when at least 60% of their gifts came first,
//!   otherwise a matcher (they give back about what they get, in answer).

use serde::Serialize;

use crate::domain::settings::Settings;
use crate::error::Result;
use crate::figures::person_stats::{self, PersonStats};
use crate::figures::wording;
use crate::language::Language;
use crate::store::Store;

const GIVER_RATIO: f64 = 1.5;
const TAKER_RATIO: f64 = 2.0 / 3.0;
const GIVES_FIRST_SHARE: f64 = 0.6;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum StyleKind {
    Giver,
    Matcher,
    Taker,
    NotEnoughData,
}

/// Whose style is read: yours, or a contact's by name.
#[derive(Debug, Clone, Copy)]
pub enum Reader<'a> {
    You,
    Contact(&'a str),
}

/// One side's giving and taking, whoever that side is.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Giving {
    pub gave_count: u32,
    pub gave_credits: f64,
    pub received_count: u32,
    pub received_credits: f64,
    /// Gifts that did not answer one from the other side.
    pub first: u32,
    /// Gifts that came right after one from the other side.
    pub answered: u32,
}

impl Giving {
    /// The contact's side of the figures: what they gave is what you received.
    pub fn of_contact(stats: &PersonStats) -> Giving {
        Giving {
            gave_count: stats.received_count,
            gave_credits: stats.received,
            received_count: stats.gave_count,
            received_credits: stats.given,
            first: stats.they_first,
            answered: stats.they_answered,
        }
    }

    /// Your side of the figures, summed over `people` (as `Store::user_style`
    /// sums them in SQL, for when the figures are read already).
    pub(crate) fn yours<'a>(people: impl IntoIterator<Item = &'a PersonStats>) -> Giving {
        people
            .into_iter()
            .fold(Giving::default(), |sum, stats| Giving {
                gave_count: sum.gave_count + stats.gave_count,
                gave_credits: sum.gave_credits + stats.given,
                received_count: sum.received_count + stats.received_count,
                received_credits: sum.received_credits + stats.received,
                first: sum.first + stats.you_first,
                answered: sum.answered + stats.you_answered,
            })
    }
}

/// A style reading with the reason in words and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Style {
    pub kind: StyleKind,
    pub reason: String,
    pub giving: Giving,
}

/// Reads the style of `who` from their side of the figures, with the reason
/// in `lang`.
pub fn read_style(who: Reader<'_>, giving: Giving, settings: &Settings, lang: Language) -> Style {
    let exchanges = giving.gave_count + giving.received_count;
    let kind = if exchanges < settings.style_min_exchanges {
        StyleKind::NotEnoughData
    } else {
        let ratio = if giving.received_credits > 0.0 {
            giving.gave_credits / giving.received_credits
        } else {
            f64::INFINITY
        };
        let gifts = giving.first + giving.answered;
        let first_share = if gifts > 0 {
            f64::from(giving.first) / f64::from(gifts)
        } else {
            0.0
        };
        if ratio >= GIVER_RATIO {
            StyleKind::Giver
        } else if ratio <= TAKER_RATIO {
            StyleKind::Taker
        } else if first_share >= GIVES_FIRST_SHARE {
            StyleKind::Giver
        } else {
            StyleKind::Matcher
        }
    };
    Style {
        reason: wording::style_reason(who, &giving, kind, settings.style_min_exchanges, lang),
        kind,
        giving,
    }
}

impl Store {
    /// The style of one contact.
    pub fn style_of(&self, person_id: &str) -> Result<Style> {
        let person = self.person(person_id)?;
        let stats = person_stats::of(&self.conn, person_id)?;
        let settings = self.settings()?;
        let lang = settings.language_or_system();
        Ok(read_style(
            Reader::Contact(&person.name),
            Giving::of_contact(&stats),
            &settings,
            lang,
        ))
    }

    /// Your own style, over everyone not in the trash.
    pub fn user_style(&self) -> Result<Style> {
        // Summed by SQLite: one row crosses over instead of one per person.
        // The first screen, which has read every person's figures already,
        // sums them with `Giving::yours` instead; a test holds the two equal.
        let total = self
            .conn
            .prepare_cached(
                "SELECT coalesce(sum(s.gave_count), 0), total(s.given),
                        coalesce(sum(s.received_count), 0), total(s.received),
                        coalesce(sum(s.you_first), 0), coalesce(sum(s.you_answered), 0)
                 FROM person_stats s JOIN person p ON p.id = s.person_id
                 WHERE p.trashed_at IS NULL",
            )?
            .query_row([], |row| {
                Ok(Giving {
                    gave_count: row.get(0)?,
                    gave_credits: row.get(1)?,
                    received_count: row.get(2)?,
                    received_credits: row.get(3)?,
                    first: row.get(4)?,
                    answered: row.get(5)?,
                })
            })?;
        self.your_style(total)
    }

    /// Your own style from your side of the figures, summed.
    pub(crate) fn your_style(&self, giving: Giving) -> Result<Style> {
        let settings = self.settings()?;
        let lang = settings.language_or_system();
        Ok(read_style(Reader::You, giving, &settings, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn giving(gave: f64, received: f64, first: u32, answered: u32) -> Giving {
        Giving {
            gave_count: first + answered,
            gave_credits: gave,
            received_count: 3,
            received_credits: received,
            first,
            answered,
        }
    }

    #[test]
    fn the_ratio_and_who_gives_first_decide_the_style() {
        let settings = Settings::default();
        let style = |g| read_style(Reader::Contact("Piet"), g, &settings, Language::En).kind;
        assert_eq!(
            style(giving(15.0, 0.0, 3, 0)),
            StyleKind::Giver,
            "giving without receiving"
        );
        assert_eq!(
            style(giving(6.0, 4.0, 1, 2)),
            StyleKind::Giver,
            "1.5 times as much"
        );
        assert_eq!(
            style(giving(2.0, 6.0, 1, 1)),
            StyleKind::Taker,
            "a third of what was received"
        );
        assert_eq!(
            style(giving(5.0, 5.0, 1, 3)),
            StyleKind::Matcher,
            "even, and mostly in answer"
        );
        assert_eq!(
            style(giving(5.0, 5.0, 3, 1)),
            StyleKind::Giver,
            "even, but mostly first"
        );
        let few = Giving {
            gave_count: 1,
            received_count: 1,
            ..giving(2.0, 2.0, 1, 0)
        };
        assert_eq!(style(few), StyleKind::NotEnoughData);
    }

    #[test]
    fn the_reason_gives_the_numbers() {
        let piet = giving(15.0, 0.0, 3, 0);
        let style = read_style(
            Reader::Contact("Piet"),
            piet,
            &Settings::default(),
            Language::En,
        );
        assert_eq!(
            style.reason,
            "\u{2068}Piet\u{2069} gave 3 times (15 credits) and received 3 times (0 credits); 3 of 3 gifts came first, not in answer: \u{2068}Piet\u{2069} is a giver.",
            "the name is isolated, so its direction cannot reorder the sentence"
        );
        let dutch = read_style(Reader::You, piet, &Settings::default(), Language::Nl);
        assert_eq!(
            dutch.reason,
            "Je gaf 3 keer (15 credits) en ontving 3 keer (0 credits); 3 van de 3 giften kwamen eerst, niet als antwoord: je bent een gever."
        );
    }
}
