//! The exchanges as a plain-text journal in the hledger/ledger format, so a
//! user can audit every balance with those tools: credits are a commodity
//! (`CR`), each person has an account under `people:`, and the other side of
//! every posting is `you`. `hledger bal people` then shows, per person, what
//! Balans shows as the balance (without the optional half-life).
//!
//! Every field (date, kind, name, id, note) is written through [`one_line`],
//! so no stored text, however it got there, can end a line and start a
//! transaction, a directive or a posting of its own. An exchange whose date
//! is not a date (only an older Balans could have stored one) is named in a
//! comment instead of posted, so the journal always reads.

use std::fmt::Write as _;

use crate::domain::exchanges::Direction;
use crate::error::Result;
use crate::store::Store;

/// The commodity symbol credits carry.
pub const COMMODITY: &str = "CR";

/// A person's account: their name made safe for account syntax, with the
/// last eight hex digits of their id so that two people of the same name
/// stay apart.
pub fn account(name: &str, id: &str) -> String {
    let words: Vec<String> = one_line(name)
        .split(' ')
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
    // The end of the id, not its start: an id begins with the moment it was
    // made (UUIDv7), which people added in the same minute share, and ends
    // in random digits.
    let hex: Vec<char> = id.chars().filter(char::is_ascii_hexdigit).collect();
    let short: String = hex[hex.len().saturating_sub(8)..].iter().collect();
    format!("people:{} {short}", words.join(" "))
}

/// Any field as one line: control characters and every kind of line break
/// or run of white space become a single space, so two spaces (which end an
/// account name) never appear either.
pub fn one_line(text: &str) -> String {
    text.split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
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
             ORDER BY e.date, e.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let (date, direction, kind): (String, String, String) =
                (row.get(0)?, row.get(1)?, row.get(2)?);
            let (value, note, name, id): (f64, String, String, String) =
                (row.get(3)?, row.get(4)?, row.get(5)?, row.get(6)?);
            if crate::clock::parse_iso(&date).is_none() {
                // Only an older Balans could have stored this; a journal
                // line must start with a date, so it is named, not posted.
                writeln!(
                    out,
                    "; Left out: an exchange with {} dated {:?}, which is not a date.\n",
                    one_line(&name),
                    one_line(&date)
                )
                .expect("in memory");
                continue;
            }
            let gave = Direction::parse(&direction) == Some(Direction::Gave);
            let signed = if gave { value } else { -value };
            let what = if gave { "gave" } else { "received" };
            write!(
                out,
                "{} {} {what}: {}",
                one_line(&date),
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
            "people:Sanne de Vries 0759e756"
        );
        let (first, second) = (uuid::Uuid::now_v7(), uuid::Uuid::now_v7());
        assert_ne!(
            account("Sem de Groot", &first.to_string()),
            account("Sem de Groot", &second.to_string()),
            "namesakes made in the same millisecond keep their own accounts"
        );
        assert_eq!(account("A:B; [x]", "ffff"), "people:A-B- -x- ffff");
        assert_eq!(
            account("Evil\n2026-01-01 x\r\n    assets  1000 CR", "ab\ncd"),
            "people:Evil 2026-01-01 x assets 1000 CR abcd"
        );
        assert_eq!(one_line("a\u{1b}[2J\u{2028}b\t c"), "a [2J b c");
    }
}
