//! Plain-text output for people at a terminal: aligned columns, credits
//! with a sign and the reader's decimal mark, signals, examples of commands
//! to type. Scripts use `--json` instead.

use std::io::{self, Write};

use balans_core::words::Phrase;
use balans_core::{phrase, Language, Severity, Signal};

use crate::help::value_name;
use crate::labels;
use crate::output::{style, Out};
use crate::visible::visible;

/// Credits with a sign, so credit (+) and debt (-) read at a glance.
pub(crate) fn credits(lang: Language, value: f64) -> String {
    let written = lang.credits(value);
    if value > 0.0 && written != "0" && value.is_finite() {
        format!("+{written}")
    } else {
        written
    }
}

/// Credits without a sign, for totals given or received.
pub(crate) fn amount(lang: Language, value: f64) -> String {
    lang.credits(value)
}

/// A command line to type, as an example in a message: `words` as they
/// are, placeholders (in capitals) in the reader's language.
pub(crate) fn example(lang: Language, words: &[&str]) -> String {
    words
        .iter()
        .map(|word| {
            if word.chars().all(|c| c.is_ascii_uppercase()) {
                value_name(word).say(lang)
            } else {
                (*word).to_owned()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// `phrase` in the reader's language, on a line of its own.
pub(crate) fn line(out: &mut Out<'_>, lang: Language, phrase: Phrase) -> io::Result<()> {
    writeln!(out, "{}", phrase.say(lang))
}

/// One signal: its severity (in colour on a terminal) and kind, then the
/// explanation and the suggested action, further in; every line starts
/// with `indent`.
pub(crate) fn signal(
    out: &mut Out<'_>,
    lang: Language,
    signal: &Signal,
    indent: &str,
) -> io::Result<()> {
    let colour = match signal.severity {
        Severity::High => style::HIGH,
        Severity::Medium => style::MEDIUM,
        Severity::Low => style::LOW,
    };
    write!(out, "{indent}")?;
    out.styled(
        colour,
        &format!("[{}]", labels::severity(signal.severity).say(lang)),
    )?;
    let suggestion = phrase!("cli-suggestion", action = signal.action.as_str());
    writeln!(
        out,
        " {}\n{indent}  {}\n{indent}  {}",
        labels::signal_kind(signal.kind).say(lang),
        signal.explanation,
        suggestion.say(lang)
    )
}

/// Writes a header and rows as left-aligned columns two spaces apart, the
/// header in bold on a terminal. Cells are measured as the terminal will show
/// them (see `visible.rs`).
pub(crate) fn table(
    out: &mut Out<'_>,
    lang: Language,
    header: &[Phrase],
    rows: &[Vec<String>],
) -> io::Result<()> {
    let header: Vec<String> = header.iter().map(|h| h.say(lang)).collect();
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| visible(cell).into_owned()).collect())
        .collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    out.styled(style::HEADER, &aligned(&header, &widths))?;
    writeln!(out)?;
    for row in &rows {
        writeln!(out, "{}", aligned(row, &widths))?;
    }
    Ok(())
}

/// One row's cells padded to the column widths, without trailing spaces.
fn aligned(row: &[String], widths: &[usize]) -> String {
    let mut line = String::new();
    for (index, (cell, width)) in row.iter().zip(widths).enumerate() {
        if index > 0 {
            line.push_str("  ");
        }
        line.push_str(cell);
        if index + 1 < row.len() {
            line.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
        }
    }
    line.trim_end().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_carry_a_sign_and_the_language_s_decimal_mark() {
        assert_eq!(credits(Language::En, 4.5), "+4.5");
        assert_eq!(credits(Language::Nl, 4.5), "+4,5");
        assert_eq!(credits(Language::En, -5.0), "-5");
        assert_eq!(credits(Language::En, 0.0), "0");
        assert_eq!(credits(Language::En, 0.001), "0");
    }

    #[test]
    fn examples_keep_their_words_and_say_their_placeholders() {
        let words = ["balans", "log", "PERSON", "gave", "KIND"];
        assert_eq!(example(Language::En, &words), "balans log PERSON gave KIND");
        assert_eq!(
            example(Language::Nl, &words),
            "balans log PERSOON gave SOORT"
        );
    }

    #[test]
    fn columns_line_up() {
        let mut bytes = Vec::new();
        let rows = vec![vec!["Sanne".to_owned(), "+2".to_owned()]];
        let header = [phrase!("cli-column-name"), phrase!("cli-column-balance")];
        table(
            &mut Out::new(&mut bytes, false),
            Language::En,
            &header,
            &rows,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "NAME   BALANCE\nSanne  +2\n"
        );
    }
}
