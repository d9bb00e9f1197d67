//! Per-person figures (totals, streaks, who gives first), kept in the
//! `person_stats` table and refreshed inside every write's transaction, so that
//! balances, styles and signals for thousands of people read one row each.
//! [`compute_sql`] is the definition; the table is its copy, and a refresh
//! recomputes only the person who changed.

use rusqlite::{Connection, OptionalExtension, Row};
use serde::Serialize;

use crate::error::Result;
use crate::store::named_columns::column_positions;

/// What the ledger knows about the exchanges with one person.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PersonStats {
    pub given: f64,
    pub received: f64,
    pub gave_count: u32,
    pub received_count: u32,
    pub first_date: Option<String>,
    pub last_date: Option<String>,
    pub last_received_date: Option<String>,
    /// Gifts from you since the last thing you received.
    pub gave_streak: u32,
    pub gave_unasked: u32,
    pub gave_asked: u32,
    pub largest_gift: Option<f64>,
    /// The latest date on which you gave [`PersonStats::largest_gift`].
    pub largest_gift_date: Option<String>,
    pub unacknowledged: u32,
    pub oldest_unacknowledged: Option<String>,
    /// Their gifts that did not answer one of yours.
    pub they_first: u32,
    /// Their gifts that came right after one of yours.
    pub they_answered: u32,
    pub you_first: u32,
    pub you_answered: u32,
    /// The last day you gave this person something.
    pub last_given_date: Option<String>,
    /// The credits of the business this person brought you.
    pub business_received: f64,
}

column_positions!(
    /// Where a statement put each of the figures of [`PersonStats`].
    StatsColumns {
        given,
        received,
        gave_count,
        received_count,
        first_date,
        last_date,
        last_received_date,
        gave_streak,
        gave_unasked,
        gave_asked,
        largest_gift,
        largest_gift_date,
        unacknowledged,
        oldest_unacknowledged,
        they_first,
        they_answered,
        you_first,
        you_answered,
        last_given_date,
        business_received,
    }
);

impl PersonStats {
    /// Reads the figures from a row of a statement whose columns `at`
    /// found; all NULL (a person joined to no figures) means no exchanges.
    pub(crate) fn from_row(row: &Row<'_>, at: &StatsColumns) -> rusqlite::Result<PersonStats> {
        let count =
            |i: usize| -> rusqlite::Result<u32> { Ok(row.get::<_, Option<u32>>(i)?.unwrap_or(0)) };
        let credits = |i: usize| -> rusqlite::Result<f64> {
            Ok(row.get::<_, Option<f64>>(i)?.unwrap_or(0.0))
        };
        Ok(PersonStats {
            given: credits(at.given)?,
            received: credits(at.received)?,
            gave_count: count(at.gave_count)?,
            received_count: count(at.received_count)?,
            first_date: row.get(at.first_date)?,
            last_date: row.get(at.last_date)?,
            last_received_date: row.get(at.last_received_date)?,
            gave_streak: count(at.gave_streak)?,
            gave_unasked: count(at.gave_unasked)?,
            gave_asked: count(at.gave_asked)?,
            largest_gift: row.get(at.largest_gift)?,
            largest_gift_date: row.get(at.largest_gift_date)?,
            unacknowledged: count(at.unacknowledged)?,
            oldest_unacknowledged: row.get(at.oldest_unacknowledged)?,
            they_first: count(at.they_first)?,
            they_answered: count(at.they_answered)?,
            you_first: count(at.you_first)?,
            you_answered: count(at.you_answered)?,
            last_given_date: row.get(at.last_given_date)?,
            business_received: credits(at.business_received)?,
        })
    }

    /// All exchanges, both ways.
    pub fn exchanges(&self) -> u32 {
        self.gave_count + self.received_count
    }
}

/// The query that computes the figures from live exchanges, in the column
/// order of `person_stats`. `filter` narrows the exchanges read (for example
/// `AND person_id = ?1`), so one person's refresh reads only their rows.
fn compute_sql(filter: &str) -> String {
    format!(
        "WITH ordered AS (
             SELECT person_id, id, date, direction, kind, value, asked, acknowledged,
                    lag(direction) OVER (PARTITION BY person_id ORDER BY date, id) AS previous
             FROM exchange WHERE trashed_at IS NULL {filter}
         ),
         last_received AS (
             SELECT person_id, max(date || ' ' || id) AS mark
             FROM ordered WHERE direction = 'received' GROUP BY person_id
         ),
         largest AS (
             SELECT person_id, max(value) AS value FROM ordered
             WHERE direction = 'gave' GROUP BY person_id
         ),
         largest_date AS (
             SELECT o.person_id, max(o.date) AS gift_date FROM ordered o
             JOIN largest l ON l.person_id = o.person_id AND l.value = o.value
             WHERE o.direction = 'gave' GROUP BY o.person_id
         )
         SELECT o.person_id,
                total(CASE WHEN direction = 'gave' THEN value END),
                total(CASE WHEN direction = 'received' THEN value END),
                count(CASE WHEN direction = 'gave' THEN 1 END),
                count(CASE WHEN direction = 'received' THEN 1 END),
                min(date),
                max(date),
                max(CASE WHEN direction = 'received' THEN date END),
                count(CASE WHEN direction = 'gave'
                            AND (lr.mark IS NULL OR date || ' ' || id > lr.mark) THEN 1 END),
                count(CASE WHEN direction = 'gave' AND asked = 'no' THEN 1 END),
                count(CASE WHEN direction = 'gave' AND asked = 'yes' THEN 1 END),
                max(CASE WHEN direction = 'gave' THEN value END),
                max(ld.gift_date),
                count(CASE WHEN direction = 'received' AND acknowledged = 0 THEN 1 END),
                min(CASE WHEN direction = 'received' AND acknowledged = 0 THEN date END),
                count(CASE WHEN direction = 'received'
                            AND (previous IS NULL OR previous = 'received') THEN 1 END),
                count(CASE WHEN direction = 'received' AND previous = 'gave' THEN 1 END),
                count(CASE WHEN direction = 'gave'
                            AND (previous IS NULL OR previous = 'gave') THEN 1 END),
                count(CASE WHEN direction = 'gave' AND previous = 'received' THEN 1 END),
                max(CASE WHEN direction = 'gave' THEN date END),
                total(CASE WHEN direction = 'received' AND kind = 'business' THEN value END)
         FROM ordered o LEFT JOIN last_received lr ON lr.person_id = o.person_id
         LEFT JOIN largest_date ld ON ld.person_id = o.person_id
         GROUP BY o.person_id"
    )
}

/// Recomputes one person's row from their live exchanges. Call inside the
/// transaction of every write that touches that person's exchanges.
pub(crate) fn refresh(conn: &Connection, person_id: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM person_stats WHERE person_id = ?1")?
        .execute([person_id])?;
    let insert = format!(
        "INSERT INTO person_stats {}",
        compute_sql("AND person_id = ?1")
    );
    conn.prepare_cached(&insert)?.execute([person_id])?;
    Ok(())
}

/// Recomputes every person's row; for migrations and bulk loads.
pub(crate) fn rebuild_all(conn: &Connection) -> Result<()> {
    conn.execute("DELETE FROM person_stats", [])?;
    conn.execute(&format!("INSERT INTO person_stats {}", compute_sql("")), [])?;
    Ok(())
}

/// The stored figures for one person (zeros when they have no exchanges).
pub(crate) fn of(conn: &Connection, person_id: &str) -> Result<PersonStats> {
    let sql = format!(
        "SELECT {} FROM person_stats s WHERE person_id = ?1",
        StatsColumns::select("s")
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let at = StatsColumns::of(&stmt)?;
    Ok(stmt
        .query_row([person_id], |row| PersonStats::from_row(row, &at))
        .optional()?
        .unwrap_or_default())
}

/// Whether the stored table equals a fresh computation, for tests and checks.
pub fn consistent(store: &crate::Store) -> Result<bool> {
    let fresh = compute_sql("");
    let differing: i64 = store.conn.query_row(
        &format!(
            "WITH fresh AS ({fresh})
             SELECT count(*) FROM (
                 SELECT * FROM person_stats EXCEPT SELECT * FROM fresh
                 UNION ALL
                 SELECT * FROM fresh EXCEPT SELECT * FROM person_stats)"
        ),
        [],
        |r| r.get(0),
    )?;
    Ok(differing == 0)
}
