//! CSV exports of people, organisations, exchanges and balances, for
//! spreadsheets. Text a user typed is neutralised against formula injection:
//! a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets
//! a leading apostrophe, so a spreadsheet shows it instead of running it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::error::Result;
use crate::store::Store;

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

/// One column: its heading, and whether it holds user text (neutralised) or
/// values Balans wrote itself (ids, dates, numbers).
struct Column(&'static str, bool);

const PEOPLE: &[Column] = &[
    Column("id", false),
    Column("name", true),
    Column("relationship", false),
    Column("tags", true),
    Column("cadence_days", false),
    Column("met_how", true),
    Column("introduced_by", false),
    Column("archived", false),
    Column("trashed_at", false),
    Column("notes", true),
];
const PEOPLE_SQL: &str = "SELECT p.id, p.name, p.relationship,
        coalesce((SELECT group_concat(tag, '; ') FROM (SELECT tag FROM person_tag t WHERE t.person_id = p.id ORDER BY tag)), ''),
        p.cadence_days, p.met_how, p.introduced_by, p.archived, p.trashed_at, p.notes
     FROM person p ORDER BY p.name COLLATE NOCASE, p.id";

const ORGANISATIONS: &[Column] = &[
    Column("id", false),
    Column("name", true),
    Column("trashed_at", false),
    Column("notes", true),
];
const ORGANISATIONS_SQL: &str =
    "SELECT id, name, trashed_at, notes FROM organisation ORDER BY name COLLATE NOCASE, id";

const EXCHANGES: &[Column] = &[
    Column("id", false),
    Column("date", false),
    Column("person_id", false),
    Column("person", true),
    Column("direction", false),
    Column("kind", true),
    Column("value", false),
    Column("asked", false),
    Column("acknowledged", false),
    Column("third_person_id", false),
    Column("follow_up", false),
    Column("trashed_at", false),
    Column("note", true),
];
const EXCHANGES_SQL: &str =
    "SELECT e.id, e.date, e.person_id, p.name, e.direction, e.kind, e.value,
        e.asked, e.acknowledged, e.third_person_id, e.follow_up, e.trashed_at, e.note
     FROM exchange e JOIN person p ON p.id = e.person_id ORDER BY e.date, e.id";

const BALANCES: &[Column] = &[
    Column("person_id", false),
    Column("person", true),
    Column("given", false),
    Column("received", false),
    Column("balance", false),
];

fn cell(value: rusqlite::types::ValueRef<'_>, user_text: bool) -> String {
    use rusqlite::types::ValueRef;
    match value {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(f) => f.to_string(),
        ValueRef::Text(bytes) => {
            let text = String::from_utf8_lossy(bytes);
            if user_text {
                neutralise(&text)
            } else {
                text.into_owned()
            }
        }
        ValueRef::Blob(_) => String::new(),
    }
}

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().from_writer(Vec::new())
}

fn finish(writer: csv::Writer<Vec<u8>>) -> Vec<u8> {
    writer.into_inner().expect("writing to memory cannot fail")
}

impl Store {
    fn csv_of_query(&self, columns: &[Column], sql: &str) -> Result<Vec<u8>> {
        let mut out = writer();
        out.write_record(columns.iter().map(|c| c.0))
            .expect("in memory");
        let mut stmt = self.conn.prepare(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let mut record = Vec::with_capacity(columns.len());
            for (index, column) in columns.iter().enumerate() {
                record.push(cell(row.get_ref(index)?, column.1));
            }
            out.write_record(&record).expect("in memory");
        }
        Ok(finish(out))
    }

    /// One table as CSV, with a header row; balances are those of `today`.
    pub fn export_csv(&self, table: CsvTable, today: NaiveDate) -> Result<Vec<u8>> {
        match table {
            CsvTable::People => self.csv_of_query(PEOPLE, PEOPLE_SQL),
            CsvTable::Organisations => self.csv_of_query(ORGANISATIONS, ORGANISATIONS_SQL),
            CsvTable::Exchanges => self.csv_of_query(EXCHANGES, EXCHANGES_SQL),
            CsvTable::Balances => {
                let mut out = writer();
                out.write_record(BALANCES.iter().map(|c| c.0))
                    .expect("in memory");
                for summary in self.people_summaries(today)? {
                    let b = summary.balance;
                    out.write_record([
                        summary.person.id,
                        neutralise(&summary.person.name),
                        b.given.to_string(),
                        b.received.to_string(),
                        b.balance.to_string(),
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
