//! Birthdays: a day worth a message in any relationship, and the one reminder
//! that has nothing to do with the balance. A birthday is a full date
//! (`1984-05-17`) or, when the year is not known, the month and day as vCard
//! writes them (`--05-17`); phones and address books hand over both.
//!
//! The reminder comes on the day and stays for a week unless it is done or
//! dismissed; someone born on 29 February is remembered on 28 February in
//! the years without one.

use chrono::{Datelike, NaiveDate};

use crate::clock;
use crate::error::{Error, Result};
use crate::phrase;

/// How many days a birthday stays among the due reminders, the day itself included.
pub const DAYS_DUE: i64 = 7;

/// A birthday as stored: `None` for an empty field, else the date checked.
pub fn clean(field: &'static str, raw: Option<&str>) -> Result<Option<String>> {
    let text = raw.map(str::trim).unwrap_or_default();
    if text.is_empty() {
        return Ok(None);
    }
    match Birthday::parse(text) {
        Some(birthday) if birthday.year.is_none_or(|y| y <= clock::today().year()) => {
            Ok(Some(birthday.stored()))
        }
        _ => Err(Error::invalid(field, phrase!("error-birthday"))),
    }
}

/// A birthday read: the month and day, and the year when known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Birthday {
    pub year: Option<i32>,
    pub month: u32,
    pub day: u32,
}

impl Birthday {
    /// Reads `YYYY-MM-DD` or `--MM-DD`; `None` for anything else or a day
    /// that no year has.
    pub fn parse(text: &str) -> Option<Birthday> {
        if let Some(month_day) = text.strip_prefix("--") {
            let (month, day) = month_day.split_once('-')?;
            if month.len() != 2 || day.len() != 2 {
                return None;
            }
            let (month, day) = (month.parse().ok()?, day.parse().ok()?);
            // 2000 was a leap year: every day that has a birthday is in it.
            NaiveDate::from_ymd_opt(2000, month, day)?;
            return Some(Birthday {
                year: None,
                month,
                day,
            });
        }
        let date = clock::parse_iso(text)?;
        (date.year() >= 1850).then_some(Birthday {
            year: Some(date.year()),
            month: date.month(),
            day: date.day(),
        })
    }

    /// As stored: `YYYY-MM-DD`, or `--MM-DD` without a year.
    pub fn stored(self) -> String {
        match self.year {
            Some(year) => format!("{year:04}-{:02}-{:02}", self.month, self.day),
            None => format!("--{:02}-{:02}", self.month, self.day),
        }
    }

    /// The day it falls on in `year` (28 February for 29 February in a
    /// year without one).
    pub fn in_year(self, year: i32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(year, self.month, self.day)
            .or_else(|| NaiveDate::from_ymd_opt(year, self.month, self.day - 1))
    }

    /// The birthday that is due on `today`: the day it fell on, at most
    /// [`DAYS_DUE`] days ago, and the age it brought when the year is known.
    pub fn due_on(self, today: NaiveDate) -> Option<(NaiveDate, Option<i32>)> {
        [today.year(), today.year() - 1]
            .into_iter()
            .filter_map(|year| self.in_year(year))
            .find(|day| *day <= today && (today - *day).num_days() < DAYS_DUE)
            .map(|day| {
                (
                    day,
                    self.year
                        .map(|born| day.year() - born)
                        .filter(|age| *age > 0),
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        clock::parse_iso(text).unwrap()
    }

    #[test]
    fn a_birthday_is_a_full_date_or_a_month_and_day() {
        assert_eq!(
            clean("birthday", Some(" 1984-05-17 ")).unwrap().as_deref(),
            Some("1984-05-17")
        );
        assert_eq!(
            clean("birthday", Some("--02-29")).unwrap().as_deref(),
            Some("--02-29")
        );
        assert_eq!(clean("birthday", Some("")).unwrap(), None);
        assert_eq!(clean("birthday", None).unwrap(), None);
        for wrong in [
            "1984-02-30",
            "--13-01",
            "--2-9",
            "17-05-1984",
            "3000-01-01",
            "1700-01-01",
            "--02-30",
        ] {
            assert!(clean("birthday", Some(wrong)).is_err(), "{wrong}");
        }
    }

    #[test]
    fn it_is_due_on_the_day_and_for_a_week() {
        let anna = Birthday::parse("1984-05-17").unwrap();
        assert_eq!(anna.due_on(day("2026-05-16")), None);
        assert_eq!(
            anna.due_on(day("2026-05-17")),
            Some((day("2026-05-17"), Some(42)))
        );
        assert_eq!(
            anna.due_on(day("2026-05-23")),
            Some((day("2026-05-17"), Some(42)))
        );
        assert_eq!(anna.due_on(day("2026-05-24")), None);
        let new_year = Birthday::parse("--12-30").unwrap();
        assert_eq!(
            new_year.due_on(day("2027-01-02")),
            Some((day("2026-12-30"), None))
        );
        let leap = Birthday::parse("2000-02-29").unwrap();
        assert_eq!(
            leap.due_on(day("2027-02-28")),
            Some((day("2027-02-28"), Some(27)))
        );
        assert_eq!(
            leap.due_on(day("2028-02-29")),
            Some((day("2028-02-29"), Some(28)))
        );
    }
}
