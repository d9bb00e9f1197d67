//! Ordered schema migrations, embedded in the binary and tracked in SQLite's
//! `user_version`, so that any older database a user kept opens in a newer
//! Balans, and a newer database is never damaged by an older one.

use rusqlite::Connection;

use crate::error::{Error, Result};

/// One step of the schema: SQL, then optionally work that SQL cannot express.
struct Migration {
    sql: &'static str,
    then: Option<fn(&Connection) -> Result<()>>,
}

/// Each entry moves the schema one version up; entry `i` produces version `i + 1`.
/// Never edit a shipped entry's SQL: add a new one. `person_stats` is filled
/// by the newest entry that changes its columns, since stats.rs computes the
/// newest shape only; older entries leave it to that one.
const MIGRATIONS: &[Migration] = &[
    Migration {
        sql: include_str!("schema/001_people_and_exchanges.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/002_reciprocity_model.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/003_snoozes_and_example.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/004_introduction_index.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/005_reminders.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/006_business_index.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/007_gifts_and_business_in_stats.sql"),
        then: Some(crate::stats::rebuild_all),
    },
];

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

/// Applies every migration the database has not seen yet, with no copy first
/// (a new ledger, or a restored one whose copy was made before the restore).
pub(super) fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_to(conn, LATEST_SCHEMA_VERSION, |_| Ok(()))
}

/// Brings the schema up to `target`, calling `copy_first` on an existing
/// database (not a new, empty one) before its first step.
///
/// Several processes may open one ledger at the same moment (an autostarted
/// tray, a second launch, the command line), so the version is read again
/// inside the write lock, and the whole upgrade, each step with its version,
/// is one transaction: a process that finds the schema current does nothing,
/// and one killed half-way leaves the old version, which the next open
/// upgrades again. Foreign keys are off while migrations run, as SQLite's
/// procedure for rebuilding a table requires, and every migration must leave
/// none broken.
pub(crate) fn migrate_to(
    conn: &mut Connection,
    target: i64,
    copy_first: impl FnOnce(&Connection) -> Result<()>,
) -> Result<()> {
    refuse_newer(conn)?;
    if user_version(conn)? >= target {
        return Ok(());
    }
    conn.pragma_update(None, "foreign_keys", false)?;
    let upgraded = upgrade_locked(conn, target, copy_first);
    conn.pragma_update(None, "foreign_keys", true)?;
    upgraded
}

fn upgrade_locked(
    conn: &Connection,
    target: i64,
    copy_first: impl FnOnce(&Connection) -> Result<()>,
) -> Result<()> {
    let write = super::write::begin(conn)?;
    refuse_newer(&write)?;
    let current = user_version(&write)?;
    if current >= target {
        return write.commit();
    }
    if current > 0 {
        copy_first(&write)?;
    }
    for (index, migration) in MIGRATIONS.iter().enumerate() {
        let version = index as i64 + 1;
        if version > current && version <= target {
            apply(&write, migration, version)?;
        }
    }
    write.commit()
}

fn apply(conn: &Connection, migration: &Migration, version: i64) -> Result<()> {
    conn.execute_batch(migration.sql)?;
    if let Some(then) = migration.then {
        then(conn)?;
    }
    let broken: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
        r.get(0)
    })?;
    if broken > 0 {
        return Err(Error::invalid(
            "schema",
            format!("Upgrading the data to version {version} would break {broken} links; nothing was changed."),
        ));
    }
    conn.pragma_update(None, "user_version", version)?;
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

    #[test]
    fn a_version_1_database_upgrades_with_its_data() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v1.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate_to(&mut conn, 1, |_| Ok(())).unwrap();
            conn.execute_batch(
                "INSERT INTO person (id, name, created_at) VALUES ('p1', 'José Geïnteresseerd', '2025-01-01T00:00:00Z');
                 INSERT INTO exchange (id, person_id, date, direction, kind, value, note, created_at) VALUES
                   ('e1', 'p1', '2025-01-02', 'gave', 'advice', 2, 'eerste advies', '2025-01-02T00:00:00Z'),
                   ('e2', 'p1', '2025-01-03', 'received', 'referral', 5, '', '2025-01-03T00:00:00Z');",
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
        let person = store.person("p1").unwrap();
        assert_eq!(
            person.name, "José Geïnteresseerd",
            "names survive the upgrade"
        );
        let exchanges = store.exchanges_of("p1").unwrap();
        assert_eq!(exchanges.len(), 2, "exchanges survive the upgrade");
        assert!(
            exchanges.iter().all(|e| e.acknowledged),
            "old exchanges count as acknowledged"
        );
        let balance = store.balance_of("p1", crate::clock::today()).unwrap();
        assert_eq!(
            balance.balance, -3.0,
            "the balance is the same after the upgrade"
        );
        assert!(
            crate::stats::consistent(&store).unwrap(),
            "statistics are filled in"
        );
        let hits: i64 = store
            .conn
            .query_row(
                "SELECT count(*) FROM person_search WHERE person_search MATCH 'jose'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(hits, 1, "upgraded people are searchable");

        let backups = store.backups().unwrap();
        assert_eq!(
            backups.len(),
            1,
            "the version 1 file was copied before the upgrade"
        );
        assert_eq!(backups[0].reason, "migration");
        let copy = Connection::open(dir.path().join("backups").join(&backups[0].name)).unwrap();
        assert_eq!(
            user_version(&copy).unwrap(),
            1,
            "the copy is the file as it was"
        );
    }

    #[test]
    fn a_version_6_database_gains_the_last_gift_and_business_per_person() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("v6.sqlite3");
        {
            let mut conn = Connection::open(&path).unwrap();
            migrate_to(&mut conn, 6, |_| Ok(())).unwrap();
            // A row as version 6 kept it, stale on purpose: the upgrade must
            // recompute every row, not only add the two columns.
            conn.execute_batch(
                "INSERT INTO person (id, name, created_at, updated_at)
                   VALUES ('p1', 'Ilse', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z');
                 INSERT INTO exchange (id, person_id, date, direction, kind, value, created_at, updated_at) VALUES
                   ('e1', 'p1', '2025-01-02', 'gave', 'advice', 2, '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z'),
                   ('e2', 'p1', '2025-02-03', 'received', 'business', 8, '2025-02-03T00:00:00Z', '2025-02-03T00:00:00Z'),
                   ('e3', 'p1', '2025-03-04', 'gave', 'gift', 3, '2025-03-04T00:00:00Z', '2025-03-04T00:00:00Z'),
                   ('e4', 'p1', '2025-04-05', 'received', 'advice', 2, '2025-04-05T00:00:00Z', '2025-04-05T00:00:00Z');
                 INSERT INTO person_stats VALUES
                   ('p1', 1, 1, 1, 1, NULL, NULL, NULL, 0, 0, 0, NULL, NULL, 0, NULL, 0, 0, 0, 0);",
            )
            .unwrap();
        }
        let store = Store::open(&path).unwrap();
        assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA_VERSION);
        let stats = crate::stats::of(&store.conn, "p1").unwrap();
        assert_eq!(stats.last_given_date.as_deref(), Some("2025-03-04"));
        assert_eq!(stats.business_received, 8.0);
        assert_eq!(stats.given, 5.0, "the stale row was recomputed");
        assert!(crate::stats::consistent(&store).unwrap());
        let business = store.business_by_person().unwrap();
        assert_eq!(business.len(), 1);
        assert_eq!(
            (business[0].person_id.as_str(), business[0].credits),
            ("p1", 8.0)
        );
    }
}
