//! Time as the core sees it. Everything that depends on "now" takes a date or a
//! timestamp from here, so tests can pin the day.

use chrono::{Datelike, NaiveDate, NaiveDateTime, SecondsFormat, Utc};

/// The current moment, as stored in `created_at` and `updated_at` columns.
pub fn timestamp() -> String {
    Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// The current moment in UTC, for names of backups.
pub fn now() -> NaiveDateTime {
    Utc::now().naive_utc()
}

/// Today's date on the user's clock.
pub fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// A date as stored: `YYYY-MM-DD`. Reminders write several per reminder
/// per look, so the usual years skip chrono's format-string parse.
pub fn iso(date: NaiveDate) -> String {
    if (0..=9999).contains(&date.year()) {
        format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
    } else {
        date.format("%Y-%m-%d").to_string()
    }
}

/// Reads a stored `YYYY-MM-DD` date. Signals and reminders read thousands of
/// them per look; this is several times cheaper than a format-string parse.
/// User input goes through `validate::date` instead, which explains mistakes.
pub fn parse_iso(stored: &str) -> Option<NaiveDate> {
    let bytes = stored.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        let first = NaiveDate::from_ymd_opt(-2, 12, 25).unwrap();
        for date in first.iter_days().step_by(997).take(4000) {
            assert_eq!(iso(date), date.format("%Y-%m-%d").to_string());
        }
    }

    #[test]
    fn stored_dates_are_read_and_anything_else_is_not() {
        assert_eq!(
            parse_iso("2026-02-28"),
            NaiveDate::from_ymd_opt(2026, 2, 28)
        );
        assert_eq!(parse_iso(&iso(today())), Some(today()));
        for bad in [
            "2026-02-30",
            "2026-2-28",
            "26-02-2026",
            "2026-02-2x",
            "",
            "2026/02/28",
        ] {
            assert_eq!(parse_iso(bad), None, "{bad}");
        }
    }
}
