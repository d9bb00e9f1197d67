//! Input rules shared by every command, so the window, the command line and
//! imports all refuse the same things with the same words.

use chrono::NaiveDate;

use crate::error::{Error, Result};

/// The longest name Balans stores, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note Balans stores, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// The largest value one exchange can carry, in credits.
pub const MAX_VALUE: f64 = 1_000.0;

/// A required, trimmed name of at most [`MAX_NAME_CHARS`] characters.
pub fn name(field: &'static str, raw: &str) -> Result<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(field, "A name is required."));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Error::invalid(
            field,
            "A name cannot contain control characters such as line breaks.",
        ));
    }
    let length = trimmed.chars().count();
    if length > MAX_NAME_CHARS {
        return Err(Error::invalid(
            field,
            format!("A name can be at most {MAX_NAME_CHARS} characters; this one has {length}."),
        ));
    }
    Ok(trimmed.to_owned())
}

/// Free text, trimmed, at most [`MAX_NOTE_CHARS`] characters; may be empty.
pub fn note(field: &'static str, raw: &str) -> Result<String> {
    let trimmed = raw.trim();
    if trimmed.contains('\0') {
        return Err(Error::invalid(
            field,
            "A note cannot contain a NUL character.",
        ));
    }
    let length = trimmed.chars().count();
    if length > MAX_NOTE_CHARS {
        return Err(Error::invalid(
            field,
            format!("A note can be at most {MAX_NOTE_CHARS} characters; this one has {length}."),
        ));
    }
    Ok(trimmed.to_owned())
}

/// A calendar date written as `YYYY-MM-DD`, between the years 1900 and 2200.
pub fn date(field: &'static str, raw: &str) -> Result<NaiveDate> {
    let parsed = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| {
        Error::invalid(
            field,
            format!("\"{}\" is not a date; write it as YYYY-MM-DD.", raw.trim()),
        )
    })?;
    let year = chrono::Datelike::year(&parsed);
    if !(1900..=2200).contains(&year) {
        return Err(Error::invalid(
            field,
            format!("The year {year} is outside 1900 to 2200."),
        ));
    }
    Ok(parsed)
}

/// A positive value of at most [`MAX_VALUE`] credits, rounded to hundredths.
pub fn value(field: &'static str, raw: f64) -> Result<f64> {
    if !raw.is_finite() || raw <= 0.0 {
        return Err(Error::invalid(
            field,
            "A value must be a number above zero.",
        ));
    }
    if raw > MAX_VALUE {
        return Err(Error::invalid(
            field,
            format!("A value can be at most {MAX_VALUE} credits."),
        ));
    }
    let rounded = (raw * 100.0).round() / 100.0;
    if rounded <= 0.0 {
        return Err(Error::invalid(
            field,
            "A value must be at least 0.01 credits.",
        ));
    }
    Ok(rounded)
}

/// The longest tag, in characters.
pub const MAX_TAG_CHARS: usize = 50;

/// Tags: trimmed, without duplicates (ignoring case), each 1 to 50 characters.
pub fn tags(field: &'static str, raw: &[String]) -> Result<Vec<String>> {
    let mut clean: Vec<String> = Vec::new();
    for tag in raw {
        let tag = tag.trim();
        if tag.is_empty() {
            continue;
        }
        if tag.chars().any(char::is_control) || tag.chars().count() > MAX_TAG_CHARS {
            return Err(Error::invalid(
                field,
                format!("A tag is one line of at most {MAX_TAG_CHARS} characters."),
            ));
        }
        if !clean.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
            clean.push(tag.to_owned());
        }
    }
    if clean.len() > 50 {
        return Err(Error::invalid(field, "A person can have at most 50 tags."));
    }
    Ok(clean)
}

/// A keep-in-touch cadence in days: 1 to 3650, or none.
pub fn cadence(field: &'static str, raw: Option<u32>) -> Result<Option<u32>> {
    match raw {
        Some(days) if !(1..=3650).contains(&days) => Err(Error::invalid(
            field,
            "A keep-in-touch cadence is between 1 and 3650 days.",
        )),
        other => Ok(other),
    }
}

/// An optional date: empty means none.
pub fn optional_date(field: &'static str, raw: Option<&str>) -> Result<Option<NaiveDate>> {
    match raw.map(str::trim) {
        None | Some("") => Ok(None),
        Some(text) => date(field, text).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(name("name", "  Sanne de Vries ").unwrap(), "Sanne de Vries");
        assert_eq!(name("name", "   ").unwrap_err().code(), "invalid_input");
        assert!(
            name("name", &"x".repeat(200)).is_ok(),
            "200 characters is allowed"
        );
        assert!(
            name("name", &"x".repeat(201)).is_err(),
            "201 characters is too long"
        );
        assert!(
            name("name", &"é".repeat(200)).is_ok(),
            "the limit counts characters, not bytes"
        );
        assert!(name("name", "a\nb").is_err(), "a line break is refused");
    }

    #[test]
    fn dates_must_exist() {
        assert!(date("date", "2026-02-28").is_ok());
        assert!(
            date("date", "2026-02-30").is_err(),
            "30 February does not exist"
        );
        assert!(
            date("date", "22-11-2026").is_err(),
            "only YYYY-MM-DD is read"
        );
        assert!(
            date("date", "3026-01-01").is_err(),
            "the far future is refused"
        );
    }

    #[test]
    fn values_are_positive_and_bounded() {
        assert_eq!(value("value", 2.0).unwrap(), 2.0);
        assert_eq!(value("value", 1.005).unwrap(), 1.0, "rounded to hundredths");
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY, 1000.01, 0.001] {
            assert!(value("value", bad).is_err(), "{bad} should be refused");
        }
    }
}
