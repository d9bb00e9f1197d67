//! Plain-text output for people at a terminal: aligned columns and signed
//! credits. Scripts use `--json` instead.

use std::io::{self, Write};

use super::visible::visible;

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

/// Writes a header and rows as left-aligned columns two spaces apart. Cells
/// are measured as the terminal will show them (see `visible.rs`).
pub(crate) fn table(out: &mut dyn Write, header: &[&str], rows: &[Vec<String>]) -> io::Result<()> {
    let rows: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|cell| visible(cell)).collect())
        .collect();
    let rows = rows.as_slice();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let header: Vec<String> = header.iter().map(|h| h.to_string()).collect();
    for row in std::iter::once(&header).chain(rows) {
        let mut line = String::new();
        for (index, (cell, width)) in row.iter().zip(&widths).enumerate() {
            if index > 0 {
                line.push_str("  ");
            }
            line.push_str(cell);
            if index + 1 < row.len() {
                line.extend(std::iter::repeat_n(' ', width - cell.chars().count()));
            }
        }
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
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
        let mut out = Vec::new();
        let rows = vec![vec!["Sanne".to_owned(), "+2".to_owned()]];
        table(&mut out, &["NAME", "BALANCE"], &rows).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "NAME   BALANCE\nSanne  +2\n"
        );
    }
}
