//! The exchanges as a plain-text journal in the hledger/ledger format, so a
//! user can audit every balance with those tools: credits are a commodity
//! (`CR`), each person has an account under `people:`, and the other side of
//! every posting is `you`. `hledger bal people` then shows, per person, what
//! Balans shows as the balance (without the optional half-life).

use std::fmt::Write as _;

use crate::error::Result;
use crate::exchanges::Direction;
use crate::store::Store;

/// The commodity symbol credits carry.
pub const COMMODITY: &str = "CR";

/// A person's account: their name made safe for account syntax, with the
/// start of their id so that two people of the same name stay apart.
pub fn account(name: &str, id: &str) -> String {
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            w.chars()
                .map(|c| {
                    if matches!(c, ':' | ';' | '[' | ']' | '(' | ')' | '"') {
                        '-'
                    } else {
                        c
                    }
                })
                .collect()
        })
        .collect();
    let short: String = id.chars().filter(char::is_ascii_hexdigit).take(8).collect();
    format!("people:{} {short}", words.join(" "))
}

/// A note or kind as a single-line payee or comment.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Store {
    /// Every live exchange as a journal transaction, oldest first.
    pub fn export_journal(&self) -> Result<Vec<u8>> {
        let mut out = String::new();
        writeln!(
            out,
            "; Balans: every live exchange, in credits ({COMMODITY})."
        )
        .expect("in memory");
        writeln!(
            out,
            "; A person's account balance is your balance with them: positive, you built credit.\n"
        )
        .expect("in memory");
        writeln!(out, "commodity 1.00 {COMMODITY}\n").expect("in memory");
        let mut stmt = self.conn.prepare(
            "SELECT e.date, e.direction, e.kind, e.value, e.note, p.name, p.id
             FROM exchange e JOIN person p ON p.id = e.person_id
             WHERE e.trashed_at IS NULL AND p.trashed_at IS NULL
             ORDER BY e.date, e.seq",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (date, direction, kind): (String, String, String) =
                (row.get(0)?, row.get(1)?, row.get(2)?);
            let (value, note, name, id): (f64, String, String, String) =
                (row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?);
            let gave = Direction::parse(&direction) == Some(Direction::Gave);
            let signed = if gave { value } else { -value };
            let what = if gave { "gave" } else { "received" };
            write!(
                out,
                "{date} {} {what}: {}",
                one_line(&kind),
                one_line(&name)
            )
            .expect("in memory");
            if !note.trim().is_empty() {
                write!(out, "  ; {}", one_line(&note)).expect("in memory");
            }
            writeln!(out).expect("in memory");
            writeln!(out, "    {}  {signed:.2} {COMMODITY}", account(&name, &id))
                .expect("in memory");
            writeln!(out, "    you\n").expect("in memory");
        }
        Ok(out.into_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accounts_are_safe_and_distinct() {
        assert_eq!(
            account("Sanne  de Vries", "01a20759-e756"),
            "people:Sanne de Vries 01a20759"
        );
        assert_eq!(account("A:B; [x]", "ffff"), "people:A-B- -x- ffff");
    }
}
