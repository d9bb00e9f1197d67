//! Input rules shared by every command, so the window, the command line and
//! imports all refuse the same things with the same words.
//!
//! Text never carries characters that act instead of show: control
//! characters (C0, DEL, C1) and the bidirectional embeddings, overrides and
//! isolates (U+202A to U+202E, U+2066 to U+2069), which can make a name or a
//! note rearrange the text around it (a "Trojan Source" trick). Notes keep
//! line breaks and tabs. The left-to-right and right-to-left marks (U+200E,
//! U+200F, and U+061C) are allowed: they are ordinary in right-to-left names,
//! change the direction of nothing but neutral characters next to them, and
//! open nothing that must be closed.

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::phrase;
use crate::text::same_name;
use crate::words::Phrase;

/// The longest name Balans stores, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note Balans stores, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;
/// The largest value one exchange can carry, in credits.
pub const MAX_VALUE: f64 = 1_000.0;

/// Whether `c` changes how text around it is ordered: the bidirectional
/// embeddings and overrides (U+202A to U+202E) and isolates (U+2066 to U+2069).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The first character of `text` that acts instead of showing: a control
/// character (other than a line break or tab when `lines` allows them) or a
/// bidirectional control.
fn hidden_char(text: &str, lines: bool) -> Option<char> {
    text.chars()
        .find(|&c| (c.is_control() && !(lines && matches!(c, '\n' | '\t'))) || is_bidi_control(c))
}

/// Refuses text with a character that acts instead of showing, naming it.
/// `what` names the kind of text: "a name", "a note".
fn refuse_hidden(field: &'static str, what: Phrase, text: &str, lines: bool) -> Result<()> {
    let found = |c: char| format!("U+{:04X}", u32::from(c));
    match hidden_char(text, lines) {
        None => Ok(()),
        Some(c) if c.is_control() && lines => Err(Error::invalid(
            field,
            phrase!("error-control-characters", what = what, found = found(c)),
        )),
        Some(c) if c.is_control() => Err(Error::invalid(
            field,
            phrase!(
                "error-control-characters-line",
                what = what,
                found = found(c)
            ),
        )),
        Some(c) => Err(Error::invalid(
            field,
            phrase!("error-reordering-characters", what = what, found = found(c)),
        )),
    }
}

/// One line of text the user typed, trimmed: no control characters and no
/// bidirectional controls; may be empty.
pub fn line(field: &'static str, raw: &str) -> Result<String> {
    let trimmed = raw.trim();
    refuse_hidden(field, phrase!("what-text"), trimmed, false)?;
    Ok(trimmed.to_owned())
}

/// The longest key of a snoozed signal or a decided reminder, in characters.
pub const MAX_KEY_CHARS: usize = 300;

/// A key naming a signal or reminder: one line of 1 to [`MAX_KEY_CHARS`]
/// characters, trimmed.
pub fn key(field: &'static str, raw: &str) -> Result<String> {
    let key = line(field, raw)?;
    if key.is_empty() || key.chars().count() > MAX_KEY_CHARS {
        return Err(Error::invalid(
            field,
            phrase!("error-key-required", max = MAX_KEY_CHARS),
        ));
    }
    Ok(key)
}

/// A required, trimmed name of at most [`MAX_NAME_CHARS`] characters.
pub fn name(field: &'static str, raw: &str) -> Result<String> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(Error::invalid(field, phrase!("error-name-required")));
    }
    refuse_hidden(field, phrase!("what-name"), trimmed, false)?;
    let length = trimmed.chars().count();
    if length > MAX_NAME_CHARS {
        return Err(Error::invalid(
            field,
            phrase!("error-name-too-long", max = MAX_NAME_CHARS, length = length),
        ));
    }
    Ok(trimmed.to_owned())
}

/// The longest name of a kind, in characters.
pub const MAX_KIND_CHARS: usize = 40;

/// A kind's name: a name of at most [`MAX_KIND_CHARS`] characters.
pub fn kind_name(field: &'static str, raw: &str) -> Result<String> {
    let name = name(field, raw)?;
    if name.chars().count() > MAX_KIND_CHARS {
        return Err(Error::invalid(
            field,
            phrase!("error-kind-name-too-long", max = MAX_KIND_CHARS),
        ));
    }
    Ok(name)
}

/// A role at an organisation: one line of at most [`MAX_NAME_CHARS`]
/// characters; may be empty.
pub fn role(field: &'static str, raw: &str) -> Result<String> {
    let role = line(field, raw)?;
    if role.chars().count() > MAX_NAME_CHARS {
        return Err(Error::invalid(
            field,
            phrase!("error-role-too-long", max = MAX_NAME_CHARS),
        ));
    }
    Ok(role)
}

/// Free text, trimmed, at most [`MAX_NOTE_CHARS`] characters; may be empty.
/// Line breaks and tabs are kept (`\r\n` and a lone `\r` become `\n`); other
/// control characters and bidirectional controls are refused.
pub fn note(field: &'static str, raw: &str) -> Result<String> {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    let trimmed = unified.trim();
    refuse_hidden(field, phrase!("what-note"), trimmed, true)?;
    let length = trimmed.chars().count();
    if length > MAX_NOTE_CHARS {
        return Err(Error::invalid(
            field,
            phrase!("error-note-too-long", max = MAX_NOTE_CHARS, length = length),
        ));
    }
    Ok(trimmed.to_owned())
}

/// A calendar date written as `YYYY-MM-DD`, between the years 1900 and 2200.
pub fn date(field: &'static str, raw: &str) -> Result<NaiveDate> {
    let parsed = NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
        .map_err(|_| Error::invalid(field, phrase!("error-not-a-date", text = raw.trim())))?;
    let year = chrono::Datelike::year(&parsed);
    if !(1900..=2200).contains(&year) {
        return Err(Error::invalid(
            field,
            phrase!("error-year-out-of-range", year = year.to_string()),
        ));
    }
    Ok(parsed)
}

/// A positive value of at most [`MAX_VALUE`] credits, rounded to hundredths.
pub fn value(field: &'static str, raw: f64) -> Result<f64> {
    if !raw.is_finite() || raw <= 0.0 {
        return Err(Error::invalid(field, phrase!("error-value-not-positive")));
    }
    if raw > MAX_VALUE {
        return Err(Error::invalid(
            field,
            phrase!("error-value-too-large", max = MAX_VALUE),
        ));
    }
    let rounded = (raw * 100.0).round() / 100.0;
    if rounded <= 0.0 {
        return Err(Error::invalid(field, phrase!("error-value-too-small")));
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
        refuse_hidden(field, phrase!("what-tag"), tag, false)?;
        if tag.chars().count() > MAX_TAG_CHARS {
            return Err(Error::invalid(
                field,
                phrase!("error-tag-too-long", max = MAX_TAG_CHARS),
            ));
        }
        if !clean.iter().any(|t| same_name(t) == same_name(tag)) {
            clean.push(tag.to_owned());
        }
    }
    if clean.len() > 50 {
        return Err(Error::invalid(
            field,
            phrase!("error-too-many-tags", max = 50),
        ));
    }
    Ok(clean)
}

/// A keep-in-touch cadence in days: 1 to 3650, or none.
pub fn cadence(field: &'static str, raw: Option<u32>) -> Result<Option<u32>> {
    match raw {
        Some(days) if !(1..=3650).contains(&days) => {
            Err(Error::invalid(field, phrase!("error-cadence-out-of-range")))
        }
        other => Ok(other),
    }
}

/// An id as Balans makes them: a UUID in its lowercase hyphenated form
/// (`Uuid::now_v7` for what the user adds, random ones in generated data).
/// Anything else, however harmless it looks, is not an id Balans wrote.
pub fn id(field: &'static str, raw: &str) -> Result<String> {
    let canonical = uuid::Uuid::try_parse(raw)
        .ok()
        .map(|u| u.hyphenated().to_string());
    if canonical.as_deref() == Some(raw) {
        return Ok(raw.to_owned());
    }
    Err(Error::invalid(
        field,
        phrase!("error-not-an-id", text = quoted(raw)),
    ))
}

/// The start of text that failed a rule, as a refusal quotes it: at most 60
/// characters, with control characters escaped so they show.
fn quoted(raw: &str) -> String {
    raw.chars()
        .take(60)
        .collect::<String>()
        .escape_debug()
        .to_string()
}

/// A moment as stored in `created_at`, `updated_at` and `trashed_at`:
/// `YYYY-MM-DDTHH:MM:SSZ` in UTC (RFC 3339 with a `Z`).
pub fn timestamp(field: &'static str, raw: &str) -> Result<String> {
    let ok = raw.len() == 20
        && raw.ends_with('Z')
        && chrono::DateTime::parse_from_rfc3339(raw).is_ok()
        && date(field, &raw[..10]).is_ok();
    if ok {
        return Ok(raw.to_owned());
    }
    Err(Error::invalid(
        field,
        phrase!("error-not-a-moment", text = quoted(raw)),
    ))
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
    fn text_that_acts_instead_of_showing_is_refused() {
        for hostile in [
            "a\u{1b}[31mb",
            "a\u{7f}b",
            "a\u{85}b",
            "a\u{202e}b",
            "a\u{2066}b",
        ] {
            assert!(name("name", hostile).is_err(), "{hostile:?} in a name");
            assert!(note("note", hostile).is_err(), "{hostile:?} in a note");
            assert!(
                tags("tags", &[hostile.to_owned()]).is_err(),
                "{hostile:?} in a tag"
            );
            assert!(role("role", hostile).is_err(), "{hostile:?} in a role");
        }
        let bidi = name("name", "a\u{202e}b").unwrap_err().to_string();
        assert!(bidi.contains("U+202E"), "the message names it: {bidi}");
        assert_eq!(
            note("note", "one\r\ntwo\rthree\tfour").unwrap(),
            "one\ntwo\nthree\tfour",
            "notes keep line breaks and tabs, written one way"
        );
        assert!(
            name("name", "\u{5e9}\u{5e8}\u{5d4} \u{200f}(IL)").is_ok(),
            "a right-to-left mark is allowed"
        );
    }

    #[test]
    fn ids_are_uuids_as_balans_writes_them() {
        let made = uuid::Uuid::now_v7().to_string();
        assert_eq!(id("id", &made).unwrap(), made);
        for bad in [
            "",
            "p1",
            "\"><img src=x onerror=alert(1)>",
            "x'); DROP TABLE person;--",
            &made.to_uppercase(),
            &made.replace('-', ""),
            &format!("{{{made}}}"),
        ] {
            assert!(id("id", bad).is_err(), "{bad:?} is not an id");
        }
        assert!(timestamp("at", "2026-03-01T10:00:00Z").is_ok());
        for bad in [
            "2026-03-01",
            "0000-00-00T00:00:00Z",
            "2026-03-01T10:00:00+01:00",
        ] {
            assert!(timestamp("at", bad).is_err(), "{bad:?} is not a moment");
        }
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
