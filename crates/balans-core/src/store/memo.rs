//! Whole-ledger reads kept until the ledger changes. The people list, the
//! signals, the reminders and the dashboard all start from everyone's
//! figures; on a ledger of thousands that reading is most of each screen's
//! cost, and between two changes it gives the same answer every time.
//!
//! A kept answer is keyed on the ledger's version and the day it was read
//! for. The version is two of SQLite's counters together: the connection's
//! `total_changes` (every row this connection inserted, updated or deleted,
//! triggers included) and `PRAGMA data_version` (which moves when another
//! connection or process commits). Whatever writes, from this store, the
//! command line or a sync, the next read sees a new version and reads
//! afresh. Inside an open transaction nothing is kept or served: what it
//! reads may yet be rolled back, and a rollback moves neither counter.

use std::cell::RefCell;
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::Connection;

use crate::error::Result;

/// The ledger as of one read: the version of its data and the day.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Version {
    changes_here: u64,
    changes_elsewhere: i64,
    today: NaiveDate,
}

impl Version {
    /// The ledger's version for a read on `today`, or none inside a
    /// transaction, where nothing may be kept.
    pub(crate) fn of(conn: &Connection, today: NaiveDate) -> Result<Option<Version>> {
        if !conn.is_autocommit() {
            return Ok(None);
        }
        let changes_elsewhere = conn.query_row("PRAGMA data_version", [], |row| row.get(0))?;
        Ok(Some(Version {
            changes_here: conn.total_changes(),
            changes_elsewhere,
            today,
        }))
    }
}

/// One kept answer and the version it was read at.
pub(crate) struct Kept<T>(RefCell<Option<(Version, Arc<T>)>>);

impl<T> Default for Kept<T> {
    fn default() -> Self {
        Kept(RefCell::new(None))
    }
}

impl<T> std::fmt::Debug for Kept<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let version = self.0.borrow().as_ref().map(|(version, _)| *version);
        f.debug_tuple("Kept").field(&version).finish()
    }
}

impl<T> Kept<T> {
    /// The answer kept at `version`, or `read`'s, kept for next time when
    /// there is a version to keep it at.
    pub(crate) fn get_or(
        &self,
        version: Option<Version>,
        read: impl FnOnce() -> Result<T>,
    ) -> Result<Arc<T>> {
        if let (Some(now), Some((then, answer))) = (version, &*self.0.borrow()) {
            if now == *then {
                return Ok(Arc::clone(answer));
            }
        }
        let answer = Arc::new(read()?);
        if let Some(now) = version {
            *self.0.borrow_mut() = Some((now, Arc::clone(&answer)));
        }
        Ok(answer)
    }

    /// Keeps `answer`, read at `version` by a caller that read it anyway.
    pub(crate) fn keep(&self, version: Option<Version>, answer: T) {
        if let Some(now) = version {
            *self.0.borrow_mut() = Some((now, Arc::new(answer)));
        }
    }

    fn forget(&self) {
        *self.0.borrow_mut() = None;
    }
}

/// Every answer the store keeps, one of each kind.
#[derive(Debug, Default)]
pub(crate) struct Memo {
    pub(crate) living: Kept<crate::figures::person_figures::Living>,
    pub(crate) who_is_where: Kept<crate::signals::WhoIsWhere>,
    pub(crate) signalled: Kept<std::collections::HashSet<String>>,
    pub(crate) all_giving: Kept<crate::signals::AllGiving>,
    pub(crate) tags: Kept<crate::views::people_list::TagsByPerson>,
    /// How many reminders are due: the badge's count, which every look
    /// at the reminders after a change reads anyway.
    pub(crate) due_total: Kept<usize>,
}

impl Memo {
    /// Lets go of every kept answer: the next reads read the ledger.
    pub(crate) fn forget(&self) {
        self.living.forget();
        self.who_is_where.forget();
        self.signalled.forget();
        self.all_giving.forget();
        self.tags.forget();
        self.due_total.forget();
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;
    use std::path::Path;

    use chrono::{Days, NaiveDate};
    use serde_json::{json, Value};

    use super::*;
    use crate::domain::exchanges::{Direction, ExchangeInput};
    use crate::domain::people::PersonInput;
    use crate::files::backups::Reason;
    use crate::reminders::Decision;
    use crate::store::Store;
    use crate::views::people_list::PeopleQuery;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
    }

    /// Everything read from everyone's figures, as the screens ask for it.
    fn everything(store: &Store, today: NaiveDate) -> Value {
        let first = store.people_summaries(today).unwrap()[0].person.id.clone();
        json!({
            "people": store.people_summaries(today).unwrap(),
            "list": store.people_list(&PeopleQuery { with_signal: true, ..PeopleQuery::default() }, today).unwrap(),
            "signals": store.signals(today).unwrap(),
            "signals_for": store.signals_for(&first, today).unwrap(),
            "reminders": store.reminders(today).unwrap(),
            "due": store.due_reminder_count(today).unwrap(),
            "overview": store.overview(today).unwrap(),
        })
    }

    /// The example network in a ledger file of its own: the folder, the
    /// file and the store open on it.
    fn example_ledger() -> (tempfile::TempDir, std::path::PathBuf, Store) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ledger.sqlite3");
        let mut store = Store::open(&path).unwrap();
        store.load_example(day()).unwrap();
        (dir, path, store)
    }

    /// What `store` reads after `change` is what a store opened afresh on
    /// the same file reads: no kept answer outlives a change.
    fn reads_afresh_after(
        store: &mut Store,
        path: &Path,
        what: &str,
        change: impl FnOnce(&mut Store),
    ) {
        everything(store, day());
        change(store);
        let fresh = Store::open(path).unwrap();
        assert_eq!(
            everything(store, day()),
            everything(&fresh, day()),
            "after {what}"
        );
    }

    #[test]
    fn no_kept_answer_outlives_a_change_of_any_kind() {
        let (dir, path, mut store) = example_ledger();
        let first = store.people_summaries(day()).unwrap()[0].person.id.clone();
        let backup = store
            .backup_now(Reason::Manual, day().and_hms_opt(9, 0, 0).unwrap())
            .unwrap()
            .unwrap();

        reads_afresh_after(&mut store, &path, "a gift recorded", |store| {
            let gift = ExchangeInput::new(&first, "2026-12-06", Direction::Gave, "advice");
            store.record_exchange(&gift).unwrap();
        });
        reads_afresh_after(&mut store, &path, "new thresholds", |store| {
            let mut settings = store.settings().unwrap();
            settings.one_sided_streak = 1;
            store.update_settings(&settings).unwrap();
        });
        reads_afresh_after(&mut store, &path, "a signal snoozed", |store| {
            let key = store.signals(day()).unwrap()[0].key.clone();
            store.snooze_signal(&key, "2027-01-01", day()).unwrap();
        });
        reads_afresh_after(&mut store, &path, "a reminder done", |store| {
            let key = store.reminders(day()).unwrap().due[0].key.clone();
            store.decide_reminder(&key, &Decision::Done, day()).unwrap();
        });
        reads_afresh_after(&mut store, &path, "the reminders looked at", |store| {
            let look = store.look_at_due(day().and_hms_opt(9, 0, 0).unwrap(), 8);
            assert!(!look.unwrap().announcements.is_empty());
        });
        reads_afresh_after(&mut store, &path, "a tag given", |store| {
            let mut tagged = PersonInput::named("Tagged");
            tagged.tags = vec!["golf".into()];
            store.add_person(&tagged).unwrap();
        });
        reads_afresh_after(&mut store, &path, "a person archived", |store| {
            store.set_archived(&first, true).unwrap();
        });
        reads_afresh_after(&mut store, &path, "a change by another connection", |_| {
            let mut other = Store::open(&path).unwrap();
            other.trash_person(&first).unwrap();
        });
        reads_afresh_after(&mut store, &path, "a change rolled back", |store| {
            store
                .as_if(|store| {
                    store.restore_person(&first)?;
                    // Read inside the write: nothing from here may be kept.
                    everything(store, day());
                    Ok(())
                })
                .unwrap();
        });
        let folder = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        reads_afresh_after(&mut store, &path, "sync set up", |store| {
            store.sync_setup(folder.path(), dir.path()).unwrap();
        });
        let mut other = Store::open_in_dir(elsewhere.path()).unwrap();
        other.sync_setup(folder.path(), elsewhere.path()).unwrap();
        let second = other.people_summaries(day()).unwrap()[1].person.id.clone();
        reads_afresh_after(
            &mut store,
            &path,
            "a change from another computer",
            |store| {
                let gift =
                    ExchangeInput::new(&second, "2026-12-06", Direction::Received, "referral");
                other.record_exchange(&gift).unwrap();
                other.sync_round().unwrap();
                assert!(store.sync_round().unwrap().applied > 0);
            },
        );
        reads_afresh_after(&mut store, &path, "a backup restored", |store| {
            store
                .restore_backup(&backup, day().and_hms_opt(10, 0, 0).unwrap())
                .unwrap();
        });
    }

    #[test]
    fn another_day_reads_again() {
        let (_dir, path, store) = example_ledger();
        let later = day().checked_add_days(Days::new(400)).unwrap();
        let then = everything(&store, day());
        let fresh = Store::open(&path).unwrap();
        assert_eq!(everything(&store, later), everything(&fresh, later));
        assert_ne!(
            everything(&store, later),
            then,
            "the day changes what is read"
        );
    }

    #[test]
    fn an_answer_is_read_once_per_version_and_never_kept_without_one() {
        let kept: Kept<u32> = Kept::default();
        let reads = Cell::new(0);
        let read = || {
            reads.set(reads.get() + 1);
            Ok(reads.get())
        };
        let version = |changes_here| {
            Some(Version {
                changes_here,
                changes_elsewhere: 1,
                today: day(),
            })
        };
        assert_eq!(*kept.get_or(version(1), read).unwrap(), 1);
        assert_eq!(*kept.get_or(version(1), read).unwrap(), 1);
        assert_eq!(*kept.get_or(version(2), read).unwrap(), 2);
        assert_eq!(*kept.get_or(None, read).unwrap(), 3);
        assert_eq!(*kept.get_or(None, read).unwrap(), 4);
        assert_eq!(*kept.get_or(version(2), read).unwrap(), 2);
    }
}
