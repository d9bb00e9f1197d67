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

use crate::error::Result;
use crate::settings::Settings;
use crate::stats::{self, PersonStats};
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

impl StyleKind {
    fn word(self) -> &'static str {
        match self {
            StyleKind::Giver => "a giver",
            StyleKind::Matcher => "a matcher",
            StyleKind::Taker => "a taker",
            StyleKind::NotEnoughData => "not yet known",
        }
    }
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

    /// Your side of the figures with one contact.
    pub fn of_user(stats: &PersonStats) -> Giving {
        Giving {
            gave_count: stats.gave_count,
            gave_credits: stats.given,
            received_count: stats.received_count,
            received_credits: stats.received,
            first: stats.you_first,
            answered: stats.you_answered,
        }
    }

    fn add(self, other: Giving) -> Giving {
        Giving {
            gave_count: self.gave_count + other.gave_count,
            gave_credits: self.gave_credits + other.gave_credits,
            received_count: self.received_count + other.received_count,
            received_credits: self.received_credits + other.received_credits,
            first: self.first + other.first,
            answered: self.answered + other.answered,
        }
    }
}

/// A style reading with the reason in words and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Style {
    pub kind: StyleKind,
    pub reason: String,
    pub giving: Giving,
}

/// Reads the style of `who` ("Piet", or "You") from their side of the figures.
pub fn read_style(who: &str, giving: Giving, settings: &Settings) -> Style {
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
        reason: reason(who, &giving, kind, settings.style_min_exchanges),
        kind,
        giving,
    }
}

fn credits(value: f64) -> String {
    let rounded = crate::ledger::round2(value);
    if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded}")
    }
}

fn reason(who: &str, giving: &Giving, kind: StyleKind, minimum: u32) -> String {
    let exchanges = giving.gave_count + giving.received_count;
    if kind == StyleKind::NotEnoughData {
        return format!(
            "Only {exchanges} exchanges so far; a style shows from {minimum} exchanges on."
        );
    }
    let verb = if who == "You" { "are" } else { "is" };
    let gifts = giving.first + giving.answered;
    let initiative = if gifts == 0 {
        String::new()
    } else {
        format!(
            "; {} of {gifts} gifts came first, not in answer",
            giving.first
        )
    };
    format!(
        "{who} gave {} times ({} credits) and received {} times ({} credits){initiative}: {who} {verb} {}.",
        giving.gave_count,
        credits(giving.gave_credits),
        giving.received_count,
        credits(giving.received_credits),
        kind.word()
    )
}

impl Store {
    /// The style of one contact.
    pub fn style_of(&self, person_id: &str) -> Result<Style> {
        let person = self.person(person_id)?;
        let stats = stats::of(&self.conn, person_id)?;
        Ok(read_style(
            &person.name,
            Giving::of_contact(&stats),
            &self.settings()?,
        ))
    }

    /// Your own style, over everyone you exchanged with.
    pub fn user_style(&self) -> Result<Style> {
        let sql = format!(
            "SELECT {} FROM person_stats s JOIN person p ON p.id = s.person_id WHERE p.trashed_at IS NULL",
            stats::STATS_COLUMNS
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |row| PersonStats::from_row_at(row, 0))?;
        let mut total = Giving::default();
        for stats in rows {
            total = total.add(Giving::of_user(&stats?));
        }
        Ok(read_style("You", total, &self.settings()?))
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
        let style = |g| read_style("Piet", g, &settings).kind;
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
        let style = read_style("Piet", giving(15.0, 0.0, 3, 0), &Settings::default());
        assert_eq!(
            style.reason,
            "Piet gave 3 times (15 credits) and received 3 times (0 credits); 3 of 3 gifts came first, not in answer: Piet is a giver."
        );
    }
}
