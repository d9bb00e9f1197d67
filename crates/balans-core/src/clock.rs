//! Time as the core sees it. Everything that depends on "now" takes a date or a
//! timestamp from here, so tests can pin the day.

use chrono::{NaiveDate, NaiveDateTime, SecondsFormat, Utc};

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

/// A date as stored: `YYYY-MM-DD`.
pub fn iso(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}
