//! The whole synced ledger as one changeset of insertions: what a computer
//! writes when it joins (so the others gain what only it had) and in a
//! snapshot (so a new computer need not replay every file). SQLite's session
//! extension computes it as the difference between an empty copy of each
//! synced table and the ledger's.

use rusqlite::session::Session;
use rusqlite::Connection;

use super::changes::{self, SYNCED_TABLES};
use crate::error::Result;

/// Runs `work` with an empty copy of every synced table attached as
/// `sync_empty`. SQLite attaches only outside a transaction, so `work`
/// begins its own.
pub(crate) fn with_empty_tables<T>(
    conn: &Connection,
    work: impl FnOnce() -> Result<T>,
) -> Result<T> {
    conn.execute_batch("ATTACH DATABASE ':memory:' AS sync_empty")?;
    let done = empty_tables(conn).and_then(|()| work());
    conn.execute_batch("DETACH DATABASE sync_empty")?;
    done
}

/// Every row of the synced tables, as insertions, with their clocks. Call
/// inside [`with_empty_tables`] and a transaction.
pub(crate) fn everything(conn: &Connection) -> Result<Vec<u8>> {
    let mut session = Session::new(conn)?;
    for table in SYNCED_TABLES {
        session.attach(Some(*table))?;
        session.diff("sync_empty", *table)?;
    }
    let mut changeset = Vec::new();
    session.changeset_strm(&mut changeset)?;
    Ok(changeset)
}

fn empty_tables(conn: &Connection) -> Result<()> {
    let quoted = |names: &[String]| {
        names
            .iter()
            .map(|c| format!("\"{c}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    for (table, shape) in changes::shapes(conn)? {
        conn.execute_batch(&format!(
            "CREATE TABLE sync_empty.\"{table}\" ({}, PRIMARY KEY ({}))",
            quoted(&shape.columns),
            quoted(&shape.key)
        ))?;
    }
    Ok(())
}
