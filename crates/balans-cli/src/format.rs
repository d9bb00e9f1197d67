//! Plain-text output for people at a terminal: aligned columns and signed
//! credits. Scripts use `--json` instead.

use std::io::{self, Write};

use balans_core::{Language, Severity, Signal};

use crate::output::{style, Out};
use crate::visible::visible;

/// Credits with a sign, so credit (+) and debt (-) read at a glance.
pub(crate) fn credits(value: f64) -> String {
    if value == 0.0 {
        "0".to_owned()
    } else {
        format!("{value:+}")
    }
}

/// Credits without a sign, for totals given or received.
pub(crate) fn amount(value: f64) -> String {
    format!("{value}")
}

/// An amount with its unit: `1 credit`, `2.5 credits`.
pub(crate) fn credits_amount(value: f64) -> String {
    Language::En.credits_amount(value)
}

/// A count with the noun that fits it: `1 person`, `2 people`.
pub(crate) fn counted(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// One signal: its severity (in colour on a terminal) and kind, then the
/// explanation and the suggested action, further in; every line starts
/// with `indent`.
pub(crate) fn signal(out: &mut Out<'_>, signal: &Signal, indent: &str) -> io::Result<()> {
    let (label, colour) = match signal.severity {
        Severity::High => ("[high]", style::HIGH),
        Severity::Medium => ("[medium]", style::MEDIUM),
        Severity::Low => ("[low]", style::LOW),
    };
    write!(out, "{indent}")?;
    out.styled(colour, label)?;
    writeln!(
        out,
        " {}\n{indent}  {}\n{indent}  Suggestion: {}",
        signal.kind.as_str().replace('_', " "),
        signal.explanation,
        signal.action
    )
}

/// Writes a header and rows as left-aligned columns two spaces apart, the
/// header in bold on a terminal. Cells are measured as the terminal will show
/// them (see `visible.rs`).
pub(crate) fn table(out: &mut Out<'_>, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
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
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
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
    fn credits_carry_a_sign() {
        assert_eq!(credits(4.5), "+4.5");
        assert_eq!(credits(-5.0), "-5");
        assert_eq!(credits(0.0), "0");
    }

    #[test]
    fn columns_line_up() {
        let mut bytes = Vec::new();
        let rows = vec![vec!["Sanne".to_owned(), "+2".to_owned()]];
        table(
            &mut Out::new(&mut bytes, false),
            &["NAME", "BALANCE"],
            &rows,
        )
        .unwrap();
        assert_eq!(
            String::from_utf8(bytes).unwrap(),
            "NAME   BALANCE\nSanne  +2\n"
        );
    }
}
