//! Ordered schema migrations, embedded in the binary and tracked in SQLite's
//! `user_version`, so that any older database a user kept opens in a newer
//! Balans, and a newer database is never damaged by an older one.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// Each entry moves the schema one version up; entry `i` produces version `i + 1`.
/// Never edit a shipped entry: add a new one.
const MIGRATIONS: &[&str] = &[include_str!("schema/001_people_and_exchanges.sql")];

/// The schema version this build writes.
pub const LATEST_SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

fn user_version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Fails with [`Error::NewerDatabase`] when the file comes from a newer Balans.
pub(super) fn refuse_newer(conn: &Connection) -> Result<()> {
    let found = user_version(conn)?;
    if found > LATEST_SCHEMA_VERSION {
        return Err(Error::NewerDatabase {
            found,
            supported: LATEST_SCHEMA_VERSION,
        });
    }
    Ok(())
}

/// Applies every migration the database has not seen yet, each in its own transaction.
pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, LATEST_SCHEMA_VERSION)
}

/// Brings the schema up to `target`; used directly by tests that build old databases.
pub(crate) fn migrate_to(conn: &mut Connection, target: i64) -> Result<()> {
    refuse_newer(conn)?;
    let current = user_version(conn)?;
    for (index, sql) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version <= current || version > target {
            continue;
        }
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn a_newer_database_is_refused_and_left_untouched() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("future.sqlite3");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch("CREATE TABLE from_the_future (x); PRAGMA user_version = 999;")
                .unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path).unwrap_err();
        assert_eq!(
            err.code(),
            "newer_database",
            "a newer schema must be refused"
        );
        assert!(
            err.to_string().contains("newer version of Balans"),
            "the message should say why in plain words, got: {err}"
        );
        let after = std::fs::read(&path).unwrap();
        assert_eq!(
            before, after,
            "the refused file must not change by a single byte"
        );
    }

    #[test]
    fn migrating_twice_changes_nothing() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        migrate(&mut conn).unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST_SCHEMA_VERSION);
    }
}
