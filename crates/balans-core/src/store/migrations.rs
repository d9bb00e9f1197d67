//! Ordered schema migrations, embedded in the binary and tracked in SQLite's
//! `user_version`, so that any older database a user kept opens in a newer
//! Balans, and a newer database is never damaged by an older one.

use rusqlite::Connection;

use crate::error::{Error, Result};
use crate::phrase;

/// One step of the schema: SQL, then optionally work that SQL cannot express.
struct Migration {
    sql: &'static str,
    then: Option<fn(&Connection) -> Result<()>>,
}

/// Each entry moves the schema one version up; entry `i` produces version `i + 1`.
/// Never edit a shipped entry's SQL: add a new one. `person_stats` is filled
/// by the newest entry that changes its columns, since
/// `figures/person_stats.rs` computes the newest shape only; older entries
/// leave it to that one.
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
        then: Some(crate::figures::person_stats::rebuild_all),
    },
    Migration {
        sql: include_str!("schema/008_rows_known_by_id.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/009_ways_to_reach.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/010_import_batches.sql"),
        then: None,
    },
    Migration {
        sql: include_str!("schema/011_birthdays_and_merges.sql"),
        then: None,
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
            phrase!(
                "error-upgrade-breaks-links",
                version = version,
                broken = broken
            ),
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
            crate::figures::person_stats::consistent(&store).unwrap(),
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
        let stats = crate::figures::person_stats::of(&store.conn, "p1").unwrap();
        assert_eq!(stats.last_given_date.as_deref(), Some("2025-03-04"));
        assert_eq!(stats.business_received, 8.0);
        assert_eq!(stats.given, 5.0, "the stale row was recomputed");
        assert!(crate::figures::person_stats::consistent(&store).unwrap());
        let business = store.business_by_person().unwrap();
        assert_eq!(business.len(), 1);
        assert_eq!(
            (business[0].person_id.as_str(), business[0].credits),
            ("p1", 8.0)
        );
    }

    /// The committed ledgers at each older schema version, which the
    /// concurrency suite upgrades from several processes at once
    /// (`tests/fixtures/schema/vN.sqlite3`). They are made by this code, with
    /// a few people and exchanges written at version 1 and carried forward by
    /// the migrations; `BALANS_WRITE_SCHEMA_FIXTURES=1` writes them again.
    fn schema_fixture(version: i64) -> std::path::PathBuf {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/schema")
            .join(format!("v{version}.sqlite3"))
    }

    fn write_schema_fixture(path: &std::path::Path, version: i64) {
        let _ = std::fs::remove_file(path);
        let mut conn = Connection::open(path).unwrap();
        migrate_to(&mut conn, 1, |_| Ok(())).unwrap();
        conn.execute_batch(
            "INSERT INTO person (id, name, created_at) VALUES
               ('0190a1b2-0000-7000-8000-000000000001', 'Özlem Yılmaz', '2024-03-01T09:00:00Z'),
               ('0190a1b2-0000-7000-8000-000000000002', 'Sem de Groot', '2024-03-02T09:00:00Z'),
               ('0190a1b2-0000-7000-8000-000000000003', 'José Álvarez', '2024-03-03T09:00:00Z');
             INSERT INTO exchange (id, person_id, date, direction, kind, value, note, created_at) VALUES
               ('0190a1b2-0000-7000-8000-000000000101', '0190a1b2-0000-7000-8000-000000000001', '2024-03-04', 'gave', 'advice', 2, 'offerte nagelopen', '2024-03-04T10:00:00Z'),
               ('0190a1b2-0000-7000-8000-000000000102', '0190a1b2-0000-7000-8000-000000000001', '2024-04-01', 'received', 'business', 5, '', '2024-04-01T10:00:00Z'),
               ('0190a1b2-0000-7000-8000-000000000103', '0190a1b2-0000-7000-8000-000000000002', '2024-05-06', 'gave', 'introduction', 3, 'voorgesteld aan José', '2024-05-06T10:00:00Z'),
               ('0190a1b2-0000-7000-8000-000000000104', '0190a1b2-0000-7000-8000-000000000002', '2024-06-07', 'gave', 'gift', 2, '', '2024-06-07T10:00:00Z'),
               ('0190a1b2-0000-7000-8000-000000000105', '0190a1b2-0000-7000-8000-000000000003', '2024-07-08', 'received', 'referral', 5, 'klant via Sem', '2024-07-08T10:00:00Z'),
               ('0190a1b2-0000-7000-8000-000000000106', '0190a1b2-0000-7000-8000-000000000003', '2024-08-09', 'gave', 'recognition', 1, '', '2024-08-09T10:00:00Z');",
        )
        .unwrap();
        migrate_to(&mut conn, version, |_| Ok(())).unwrap();
        // As Balans keeps every ledger: in WAL mode, whole in the one file
        // once the last connection closes.
        conn.execute_batch("VACUUM").unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    }

    fn schema_of(conn: &Connection) -> Vec<(String, String)> {
        let mut statement = conn
            .prepare("SELECT name, ifnull(sql, '') FROM sqlite_schema ORDER BY name")
            .unwrap();
        let rows = statement
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap();
        rows.map(|row| row.unwrap()).collect()
    }

    #[test]
    fn the_committed_schema_fixtures_are_what_the_migrations_make() {
        let write = std::env::var_os("BALANS_WRITE_SCHEMA_FIXTURES").is_some();
        for version in 1..LATEST_SCHEMA_VERSION {
            let path = schema_fixture(version);
            if write {
                std::fs::create_dir_all(path.parent().unwrap()).unwrap();
                write_schema_fixture(&path, version);
            }
            // Read from a copy: even a reader leaves WAL files beside the file.
            let scratch = tempfile::tempdir().unwrap();
            let copy = scratch.path().join("fixture.sqlite3");
            std::fs::copy(&path, &copy).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let fixture = Connection::open(&copy).unwrap();
            assert_eq!(
                user_version(&fixture).unwrap(),
                version,
                "{}",
                path.display()
            );
            let mut fresh = Connection::open_in_memory().unwrap();
            migrate_to(&mut fresh, version, |_| Ok(())).unwrap();
            assert_eq!(
                schema_of(&fixture),
                schema_of(&fresh),
                "{} has the schema of version {version}",
                path.display()
            );
            let people: i64 = fixture
                .query_row("SELECT count(*) FROM person", [], |r| r.get(0))
                .unwrap();
            assert_eq!(people, 3, "{} holds its people", path.display());
        }
    }
}
