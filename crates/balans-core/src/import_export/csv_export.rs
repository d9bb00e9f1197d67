//! CSV exports of people, organisations, exchanges and balances, for
//! spreadsheets. Every text cell (ids and dates too, not only what a user
//! typed, so that nothing depends on how a value got into the ledger) is
//! neutralised against formula injection: a cell that begins with `=`, `+`,
//! `-`, `@`, a tab or a carriage return gets a leading apostrophe, so a
//! spreadsheet shows it instead of running it. Numbers stay numbers.
//!
//! Excel opens a CSV with the list separator and decimal mark of the
//! computer's region, and reads it as UTF-8 only after a byte-order mark: so
//! every file starts with one, and is written in a [`CsvStyle`], by default
//! the one of the ledger's language (`;` and `2,5` in Dutch).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::language::Language;
use crate::store::Store;

/// The separator and decimal mark of a CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CsvStyle {
    /// `,` between cells, `2.5`: Excel in English, and most other tools.
    Comma,
    /// `;` between cells, `2,5`: Excel where the decimal mark is a comma,
    /// as in Dutch, German or French.
    Semicolon,
}

impl CsvStyle {
    /// The style a spreadsheet in `lang`'s region expects.
    pub fn of(lang: Language) -> CsvStyle {
        match lang {
            Language::En => CsvStyle::Comma,
            Language::Nl => CsvStyle::Semicolon,
        }
    }

    /// The style named `name` (`comma` or `semicolon`).
    pub fn parse(name: &str) -> Option<CsvStyle> {
        match name {
            "comma" => Some(CsvStyle::Comma),
            "semicolon" => Some(CsvStyle::Semicolon),
            _ => None,
        }
    }

    fn separator(self) -> u8 {
        match self {
            CsvStyle::Comma => b',',
            CsvStyle::Semicolon => b';',
        }
    }

    /// A number as this style writes it, in full precision.
    fn number(self, value: f64) -> String {
        let text = value.to_string();
        match self {
            CsvStyle::Comma => text,
            CsvStyle::Semicolon => text.replace('.', ","),
        }
    }
}

/// The UTF-8 byte-order mark, by which Excel knows the file is UTF-8.
const UTF8_MARK: &[u8] = b"\xEF\xBB\xBF";

/// Which table to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CsvTable {
    People,
    Organisations,
    Exchanges,
    Balances,
}

impl CsvTable {
    pub const ALL: [CsvTable; 4] = [
        CsvTable::People,
        CsvTable::Organisations,
        CsvTable::Exchanges,
        CsvTable::Balances,
    ];

    /// The table's usual file name.
    pub fn file_name(self) -> &'static str {
        match self {
            CsvTable::People => "people.csv",
            CsvTable::Organisations => "organisations.csv",
            CsvTable::Exchanges => "exchanges.csv",
            CsvTable::Balances => "balances.csv",
        }
    }
}

/// User text made safe for spreadsheets.
pub fn neutralise(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_owned(),
    }
}

/// One column, by its heading.
struct Column(&'static str);

const PEOPLE: &[Column] = &[
    Column("id"),
    Column("name"),
    Column("relationship"),
    Column("tags"),
    Column("emails"),
    Column("phones"),
    Column("urls"),
    Column("cadence_days"),
    Column("met_how"),
    Column("introduced_by"),
    Column("archived"),
    Column("trashed_at"),
    Column("notes"),
];
const PEOPLE_SQL: &str = "SELECT p.id, p.name, p.relationship,
        coalesce((SELECT group_concat(tag, '; ') FROM (SELECT tag FROM person_tag t WHERE t.person_id = p.id ORDER BY tag)), ''),
        coalesce((SELECT group_concat(value, '; ') FROM (SELECT value FROM person_channel c WHERE c.person_id = p.id AND c.kind = 'email' ORDER BY position, id)), ''),
        coalesce((SELECT group_concat(value, '; ') FROM (SELECT value FROM person_channel c WHERE c.person_id = p.id AND c.kind = 'phone' ORDER BY position, id)), ''),
        coalesce((SELECT group_concat(value, '; ') FROM (SELECT value FROM person_channel c WHERE c.person_id = p.id AND c.kind = 'url' ORDER BY position, id)), ''),
        p.cadence_days, p.met_how, p.introduced_by, p.archived, p.trashed_at, p.notes
     FROM person p ORDER BY p.name COLLATE NOCASE, p.id";

const ORGANISATIONS: &[Column] = &[
    Column("id"),
    Column("name"),
    Column("trashed_at"),
    Column("notes"),
];
const ORGANISATIONS_SQL: &str =
    "SELECT id, name, trashed_at, notes FROM organisation ORDER BY name COLLATE NOCASE, id";

const EXCHANGES: &[Column] = &[
    Column("id"),
    Column("date"),
    Column("person_id"),
    Column("person"),
    Column("direction"),
    Column("kind"),
    Column("value"),
    Column("asked"),
    Column("acknowledged"),
    Column("third_person_id"),
    Column("follow_up"),
    Column("trashed_at"),
    Column("note"),
];
const EXCHANGES_SQL: &str =
    "SELECT e.id, e.date, e.person_id, p.name, e.direction, e.kind, e.value,
        e.asked, e.acknowledged, e.third_person_id, e.follow_up, e.trashed_at, e.note
     FROM exchange e JOIN person p ON p.id = e.person_id ORDER BY e.date, e.id";

const BALANCES: &[Column] = &[
    Column("person_id"),
    Column("person"),
    Column("given"),
    Column("received"),
    Column("balance"),
];

fn cell(value: rusqlite::types::ValueRef<'_>, style: CsvStyle) -> String {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => style.number(f),
        ValueRef::Text(bytes) => neutralise(&String::from_utf8_lossy(bytes)),
        ValueRef::Blob(_) => String::new(),
    }
}

fn writer(style: CsvStyle) -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new()
        .delimiter(style.separator())
        .from_writer(UTF8_MARK.to_vec())
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Vec<u8> {
    writer.into_inner().expect("writing to memory cannot fail")
}

impl Store {
    fn csv_of_query(&self, columns: &[Column], sql: &str, style: CsvStyle) -> Result<Vec<u8>> {
        let mut out = writer(style);
        out.write_record(columns.iter().map(|c| c.0))
            .expect("in memory");
        let mut stmt = self.conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut record = Vec::with_capacity(columns.len());
            for index in 0..columns.len() {
                record.push(cell(row.get_ref(index)?, style));
            }
            out.write_record(&record).expect("in memory");
        }
        Ok(finish(out))
    }

    /// One table as CSV in `style`, with a header row; balances are those
    /// of `today`.
    pub fn export_csv(
        &self,
        table: CsvTable,
        today: NaiveDate,
        style: CsvStyle,
    ) -> Result<Vec<u8>> {
        match table {
            CsvTable::People => self.csv_of_query(PEOPLE, PEOPLE_SQL, style),
            CsvTable::Organisations => self.csv_of_query(ORGANISATIONS, ORGANISATIONS_SQL, style),
            CsvTable::Exchanges => self.csv_of_query(EXCHANGES, EXCHANGES_SQL, style),
            CsvTable::Balances => {
                let mut out = writer(style);
                out.write_record(BALANCES.iter().map(|c| c.0))
                    .expect("in memory");
                for summary in self.people_summaries(today)? {
                    let b = summary.balance;
                    out.write_record([
                        neutralise(&summary.person.id),
                        neutralise(&summary.person.name),
                        style.number(b.given),
                        style.number(b.received),
                        style.number(b.balance),
                    ])
                    .expect("in memory");
                }
                Ok(finish(out))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_plain_text_is_not() {
        for risky in ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert!(neutralise(risky).starts_with('\''), "{risky:?}");
        }
        assert_eq!(neutralise("Sanne de Vries"), "Sanne de Vries");
        assert_eq!(neutralise(""), "");
    }
}
