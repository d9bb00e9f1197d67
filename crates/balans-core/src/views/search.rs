//! Finding people, organisations and exchange notes by a few typed letters.
//!
//! The full-text tables (`person_search`, `organisation_search`,
//! `exchange_search`) fold case and diacritics, so "jose" finds "José". What the
//! user types is never handed to FTS5 as syntax: every word becomes a quoted
//! prefix term, so stray quotes, brackets or words like `NEAR` are just text.

use rusqlite::params;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::phrase;
use crate::store::Store;

/// The longest query accepted, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// The most hits one search returns, whatever limit is asked for.
pub const MAX_HITS: usize = 500;
/// The longest snippet, in characters.
pub const SNIPPET_CHARS: usize = 120;

/// What a search hit points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SearchEntity {
    Person,
    Organisation,
    Exchange,
}

impl SearchEntity {
    pub fn as_str(self) -> &'static str {
        match self {
            SearchEntity::Person => "person",
            SearchEntity::Organisation => "organisation",
            SearchEntity::Exchange => "exchange",
        }
    }

    fn parse(stored: &str) -> SearchEntity {
        match stored {
            "person" => SearchEntity::Person,
            "organisation" => SearchEntity::Organisation,
            _ => SearchEntity::Exchange,
        }
    }
}

/// One thing that matched a search, best first.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub entity: SearchEntity,
    /// The id of the person, organisation or exchange.
    pub id: String,
    /// The person's or organisation's name; for an exchange, its person's name.
    pub title: String,
    /// Plain text around the match, at most [`SNIPPET_CHARS`] characters.
    pub snippet: String,
    /// The person whose page to open: the person itself, or the exchange's
    /// person; none for an organisation.
    pub person_id: Option<String>,
}

/// People first, then organisations, each best match first (names weigh most,
/// then tags and addresses, then notes); then exchange notes, newest first. Notes of a busy
/// ledger can match thousands of times, and the newest are what a user looks
/// for, so that branch walks the index backwards and stops at the limit.
const SEARCH_SQL: &str = "
SELECT * FROM (
    SELECT 'person' AS entity, p.id, p.name AS title,
           snippet(person_search, -1, '', '', '…', 16) AS snippet, p.id AS person_id,
           1 AS tier, bm25(person_search, 10.0, 1.0, 5.0, 5.0) AS score
    FROM person_search JOIN search_key k ON k.seq = person_search.rowid
    JOIN person p ON p.id = k.id
    WHERE person_search MATCH ?1 AND p.trashed_at IS NULL
    ORDER BY score LIMIT ?2)
UNION ALL
SELECT * FROM (
    SELECT 'organisation', o.id, o.name,
           snippet(organisation_search, -1, '', '', '…', 16), NULL,
           2, bm25(organisation_search, 10.0, 1.0) AS score
    FROM organisation_search JOIN search_key k ON k.seq = organisation_search.rowid
    JOIN organisation o ON o.id = k.id
    WHERE organisation_search MATCH ?1 AND o.trashed_at IS NULL
    ORDER BY score LIMIT ?2)
UNION ALL
SELECT * FROM (
    SELECT 'exchange', e.id, p.name,
           snippet(exchange_search, 0, '', '', '…', 16), e.person_id,
           3, -exchange_search.rowid
    FROM exchange_search JOIN search_key k ON k.seq = exchange_search.rowid
    JOIN exchange e ON e.id = k.id
    JOIN person p ON p.id = e.person_id
    WHERE exchange_search MATCH ?1 AND e.trashed_at IS NULL AND p.trashed_at IS NULL
    ORDER BY exchange_search.rowid DESC LIMIT ?2)
ORDER BY tier, score, title
LIMIT ?2";

/// Turns typed text into an FTS5 expression of quoted prefix terms joined by
/// AND, or `None` when nothing searchable is left. Quotes are doubled, which is
/// how FTS5 escapes them inside a string; control characters (a NUL ends an
/// FTS5 string early) separate words, as spaces do.
pub fn match_expression(query: &str) -> Option<String> {
    let terms: Vec<String> = query
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .map(|word| format!("\"{}\"*", word.replace('"', "\"\"")))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// Collapses line breaks and runs of spaces and cuts to [`SNIPPET_CHARS`].
fn tidy_snippet(raw: &str) -> String {
    let flat = raw.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= SNIPPET_CHARS {
        return flat;
    }
    let mut cut: String = flat.chars().take(SNIPPET_CHARS - 1).collect();
    cut.push('…');
    cut
}

impl Store {
    /// People (name, notes, tags), organisations (name, notes) and exchange
    /// notes matching every word of `query` as a prefix, ignoring case and
    /// diacritics; trashed things are left out. People, then organisations,
    /// best match first, then exchange notes, newest first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        let length = query.chars().count();
        if length > MAX_QUERY_CHARS {
            return Err(Error::invalid(
                "query",
                phrase!(
                    "error-search-too-long",
                    max = MAX_QUERY_CHARS,
                    length = length
                ),
            ));
        }
        let Some(expression) = match_expression(query) else {
            return Ok(Vec::new());
        };
        let limit = i64::try_from(limit.min(MAX_HITS)).unwrap_or(0);
        let mut stmt = self.conn.prepare_cached(SEARCH_SQL)?;
        let hits = stmt
            .query_map(params![expression, limit], |row| {
                Ok(SearchHit {
                    entity: SearchEntity::parse(&row.get::<_, String>(0)?),
                    id: row.get(1)?,
                    title: row.get(2)?,
                    snippet: tidy_snippet(&row.get::<_, String>(3)?),
                    person_id: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_quoted_prefix_terms() {
        assert_eq!(match_expression("san  de"), Some("\"san\"* \"de\"*".into()));
        assert_eq!(
            match_expression("a\"b NEAR"),
            Some("\"a\"\"b\"* \"NEAR\"*".into())
        );
        assert_eq!(match_expression("  \" ( ) * "), None);
        assert_eq!(
            match_expression("anna\0bram"),
            Some("\"anna\"* \"bram\"*".into()),
            "a NUL separates words"
        );
        assert_eq!(match_expression(""), None);
    }

    #[test]
    fn snippets_are_one_line_and_bounded() {
        assert_eq!(tidy_snippet("a\n\n b\tc"), "a b c");
        let long = tidy_snippet(&"word ".repeat(100));
        assert_eq!(long.chars().count(), SNIPPET_CHARS);
        assert!(long.ends_with('…'));
    }
}
