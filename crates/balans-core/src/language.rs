//! The two languages Balans speaks, Dutch and English, for the sentences the
//! core writes itself: signal explanations and actions, and style reasons.
//! Numbers and dates in those sentences follow the language's conventions
//! (a decimal comma and Dutch month names in Dutch).

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use crate::figures::balances::round2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Nl,
}

/// What stands where a figure cannot be computed, never `inf` or `NaN`.
pub const NO_FIGURE: &str = "—";

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const MONTHS_NL: [&str; 12] = [
    "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
];

impl Language {
    /// The language of a locale name such as `nl_NL.UTF-8`, `nl-BE` or `en_GB`;
    /// anything not Dutch is English.
    pub fn of_locale(locale: &str) -> Language {
        if locale.to_ascii_lowercase().starts_with("nl") {
            Language::Nl
        } else {
            Language::En
        }
    }

    /// The operating system's language: on Linux and the BSDs the locale
    /// variables (`LC_ALL`, `LC_MESSAGES`, `LANG`), on Windows and macOS the
    /// user's language setting, which an app started from the desktop has
    /// without any variable (the `sys-locale` crate asks each platform).
    pub fn of_system() -> Language {
        sys_locale::get_locale().map_or(Language::En, |locale| Language::of_locale(&locale))
    }

    /// The plural category of a number as written (rounded to cents), for
    /// the catalogue's `[one]` and `*[other]`. CLDR's cardinal rule is the
    /// same for English and Dutch: "one" for 1 with no decimals shown.
    pub fn plural(self, value: f64) -> &'static str {
        match self {
            Language::En | Language::Nl if round2(value) == 1.0 => "one",
            Language::En | Language::Nl => "other",
        }
    }

    /// Credits rounded to cents, without trailing zeros, thousands grouped:
    /// `1,234.5` or `1.234,5`; a figure that cannot be computed (a share of
    /// nothing) is [`NO_FIGURE`].
    pub fn credits(self, value: f64) -> String {
        let mut text = String::new();
        self.write_credits(value, &mut text);
        text
    }

    /// [`Language::credits`] written onto `text`: whole cents as integers,
    /// so no float is formatted for the thousands of figures a screen shows.
    pub fn write_credits(self, value: f64, text: &mut String) {
        use std::fmt::Write;
        let cents = (value * 100.0).round();
        if !cents.is_finite() {
            text.push_str(NO_FIGURE);
            return;
        }
        // Beyond 2^53 cents a float no longer holds every cent.
        if cents.abs() >= 9.0e15 {
            let _ = write!(text, "{value:.0}");
            return;
        }
        let cents = cents as i64;
        if cents < 0 {
            text.push('-');
        }
        let (whole, part) = (cents.unsigned_abs() / 100, cents.unsigned_abs() % 100);
        self.write_grouped(whole, text);
        if part != 0 {
            text.push(match self {
                Language::En => '.',
                Language::Nl => ',',
            });
            let _ = match part % 10 {
                0 => write!(text, "{}", part / 10),
                _ => write!(text, "{part:02}"),
            };
        }
    }

    /// A whole number with its thousands grouped as the language groups
    /// them: `110,250` in English, `110.250` in Dutch.
    fn write_grouped(self, whole: u64, text: &mut String) {
        let digits = whole.to_string();
        let separator = match self {
            Language::En => ',',
            Language::Nl => '.',
        };
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                text.push(separator);
            }
            text.push(digit);
        }
    }

    /// A stored `YYYY-MM-DD` date as people write it: `3 Mar 2025`, `3 mrt 2025`.
    /// Anything that is not such a date is returned as it is.
    pub fn date(self, iso: &str) -> String {
        let mut text = String::with_capacity(12);
        self.write_date(iso, &mut text);
        text
    }

    /// [`Language::date`] written onto `text`.
    pub fn write_date(self, iso: &str, text: &mut String) {
        use std::fmt::Write;
        let months = match self {
            Language::En => &MONTHS_EN,
            Language::Nl => &MONTHS_NL,
        };
        // A birthday without its year (`--05-17`) is the day and month alone.
        let birthday = iso
            .starts_with("--")
            .then(|| crate::domain::birthdays::Birthday::parse(iso))
            .flatten();
        if let Some(day) = birthday {
            let _ = write!(text, "{} {}", day.day, months[day.month as usize - 1]);
        } else if let Some(date) = crate::clock::parse_iso(iso) {
            let month = months[date.month0() as usize];
            let _ = write!(text, "{} {month} {}", date.day(), date.year());
        } else {
            text.push_str(iso);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_dutch_or_english() {
        assert_eq!(Language::of_locale("nl_NL.UTF-8"), Language::Nl);
        assert_eq!(Language::of_locale("nl-BE"), Language::Nl);
        assert_eq!(Language::of_locale("en_US.UTF-8"), Language::En);
        assert_eq!(Language::of_locale("C"), Language::En);
    }

    #[test]
    fn numbers_and_dates_follow_the_language() {
        assert_eq!(Language::Nl.credits(2.5), "2,5");
        let mut day = String::new();
        Language::Nl.write_date("--05-17", &mut day);
        assert_eq!(day, "17 mei");
        assert_eq!(Language::En.credits(2.5), "2.5");
        assert_eq!(Language::En.credits(3.0), "3");
        assert_eq!(Language::En.credits(-0.004), "0");
        assert_eq!(Language::En.credits(-2.05), "-2.05");
        assert_eq!(Language::Nl.credits(1234.5), "1.234,5");
        assert_eq!(Language::En.credits(110_250.0), "110,250");
        assert_eq!(Language::En.credits(-1_000_000.25), "-1,000,000.25");
        assert_eq!(Language::En.credits(999.0), "999");
        assert_eq!(Language::Nl.date("2025-03-03"), "3 mrt 2025");
        assert_eq!(Language::En.date("2025-03-03"), "3 Mar 2025");
        assert_eq!(Language::En.date("soon"), "soon");
    }

    #[test]
    fn credits_read_as_the_rounded_float_does() {
        for step in -30_000..30_000 {
            let value = f64::from(step) * 0.0137 + 0.001;
            let rounded = round2(value);
            let float = if rounded.fract() == 0.0 {
                format!("{rounded:.0}")
            } else {
                format!("{rounded}")
            };
            assert_eq!(Language::En.credits(value), float, "{value}");
            assert_eq!(Language::Nl.credits(value), float.replace('.', ","));
        }
    }
}
