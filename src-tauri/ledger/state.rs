//! The one database handle the window works through. If the store cannot be
//! opened (a newer or damaged file, or another Balans already using the
//! folder), the app still starts and the window says why, instead of the
//! process vanishing. A damaged file, found at start or by the check that
//! runs in the background after it, is moved aside untouched, and the window
//! offers the newest good backup or an empty ledger in its place.
//!
//! Reads get the store as `&Store`; the core's writes need `&mut Store`,
//! which only [`LedgerState::write`] hands out, and which the window's and
//! the tray's writes reach through `ledger::change`.

use std::path::PathBuf;
use std::sync::{Mutex, MutexGuard};

use balans_core::files::recovery::{self, Recovery};
use balans_core::{clock, phrase, Error, ErrorPayload, Language, Store};
use serde::Serialize;

use super::instance_lock::{self, InstanceLock};

type Opened = Result<Store, ErrorPayload>;

/// The open ledger, or the reason it could not be opened.
pub struct LedgerState {
    data_dir: PathBuf,
    // Declared before the lock, so the database closes before the lock is released.
    store: Mutex<Opened>,
    recovery: Mutex<Option<Recovery>>,
    _lock: Option<InstanceLock>,
}

/// What the window needs to know before it shows anything.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub version: &'static str,
    pub data_dir: String,
    pub problem: Option<ErrorPayload>,
    /// The system's language, which the window speaks unless the user chose
    /// one: read by the core (from the platform), so window, tray and
    /// command line agree.
    pub system_language: Language,
    /// After a damaged file was moved aside: where to, and the backup on offer.
    pub recovery: Option<Recovery>,
}

fn guard<T>(mutex: &Mutex<T>) -> Result<MutexGuard<'_, T>, ErrorPayload> {
    mutex.lock().map_err(|_| {
        ErrorPayload::new(
            "internal",
            phrase!("desktop-restart"),
            Language::of_system(),
        )
    })
}

impl LedgerState {
    /// Takes the data folder's lock, then opens the database in it.
    pub fn open(data_dir: PathBuf) -> LedgerState {
        let (store, recovery, lock) = match instance_lock::acquire(&data_dir) {
            Ok(lock) => {
                let (store, recovery) = match Store::open_in_dir(&data_dir) {
                    Ok(store) => (Ok(store), None),
                    Err(damaged @ Error::Damaged { .. }) => {
                        let (problem, recovery) = move_aside(&data_dir, &damaged);
                        (Err(problem), recovery)
                    }
                    Err(other) => (Err(other.payload(Language::of_system())), None),
                };
                (store, recovery, Some(lock))
            }
            Err(refused) => (Err(refused), None, None),
        };
        LedgerState {
            data_dir,
            store: Mutex::new(store),
            recovery: Mutex::new(recovery),
            _lock: lock,
        }
    }

    /// Makes the day's copy of the database if there is none yet, on a
    /// connection of its own so the window's commands need not wait for it.
    /// A failed copy must not keep the user from their data; the next start
    /// tries again.
    pub fn daily_backup(&self) {
        if guard(&self.store).map_or(true, |store| store.is_err()) {
            return;
        }
        let copied =
            Store::open_in_dir(&self.data_dir).and_then(|store| store.daily_backup(clock::now()));
        if let Err(e) = copied {
            eprintln!("balans: the daily backup failed: {e}");
        }
    }

    /// Runs SQLite's check over the open file (too slow for the start path on
    /// a large ledger). Returns true when the file was found damaged: it is
    /// then closed without a checkpoint and moved aside.
    pub fn check_file(&self) -> bool {
        let db = self.data_dir.join(balans_core::store::DATABASE_FILE);
        let Err(damaged @ Error::Damaged { .. }) = Store::check_file(&db) else {
            return false;
        };
        let Ok(mut store) = guard(&self.store) else {
            return false;
        };
        if store.is_err() {
            return false;
        }
        let lang = store
            .as_ref()
            .map_or_else(|_| Language::of_system(), language_of);
        if let Ok(open) = std::mem::replace(&mut *store, Err(damaged.payload(lang))) {
            open.close_untouched();
        }
        let (problem, recovery) = move_aside(&self.data_dir, &damaged);
        *store = Err(problem);
        if let Ok(mut offered) = guard(&self.recovery) {
            *offered = recovery;
        }
        true
    }

    /// After a damaged file was moved aside: restores the backup `name`, or
    /// with none starts an empty ledger, and opens it.
    pub fn recover(&self, backup: Option<&str>) -> Result<(), ErrorPayload> {
        let mut store = guard(&self.store)?;
        let mut offered = guard(&self.recovery)?;
        if store.is_ok() || offered.is_none() {
            let nothing = Error::invalid("backup", phrase!("desktop-nothing-to-recover"));
            return Err(nothing.payload(Language::of_system()));
        }
        let said = |e: Error| e.payload(Language::of_system());
        if let Some(name) = backup {
            recovery::restore_in_place(&self.data_dir, name).map_err(said)?;
        }
        *store = Ok(Store::open_in_dir(&self.data_dir).map_err(said)?);
        *offered = None;
        Ok(())
    }

    /// The data folder the ledger is in.
    pub fn data_dir(&self) -> &std::path::Path {
        &self.data_dir
    }

    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION"),
            data_dir: self.data_dir.display().to_string(),
            problem: guard(&self.store).map_or_else(Some, |s| s.as_ref().err().cloned()),
            system_language: Language::of_system(),
            recovery: guard(&self.recovery).ok().and_then(|r| r.clone()),
        }
    }

    /// Runs `read` with the store.
    pub fn read<T>(
        &self,
        read: impl FnOnce(&Store) -> balans_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        self.with(|store| read(store))
    }

    /// Runs `work` with the store to change, and tells no one. Every write
    /// the user makes goes through `ledger::change`, which calls this and
    /// then brings the tray and the window along; the other caller is the
    /// reminders' look, whose one write (which reminders were announced)
    /// shows nowhere.
    pub(crate) fn write<T>(
        &self,
        work: impl FnOnce(&mut Store) -> balans_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        self.with(work)
    }

    /// Runs `work`, a preview that the core undoes whatever it did
    /// (`Store::as_if`), and tells no one: nothing changed.
    pub fn preview<T>(
        &self,
        work: impl FnOnce(&mut Store) -> balans_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        self.with(work)
    }

    /// Runs `work` with the store, turning every failure into the IPC error shape.
    fn with<T>(
        &self,
        work: impl FnOnce(&mut Store) -> balans_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        match &mut *guard(&self.store)? {
            Ok(store) => work(store).map_err(|e| e.payload(language_of(store))),
            Err(problem) => Err(problem.clone()),
        }
    }

    /// The language the user reads: the ledger's choice, else the system's.
    pub fn language(&self) -> Language {
        match guard(&self.store).as_deref() {
            Ok(Ok(store)) => language_of(store),
            _ => Language::of_system(),
        }
    }

    /// `error` as the window shows it, in the user's language.
    pub fn said(&self, error: Error) -> ErrorPayload {
        error.payload(self.language())
    }
}

/// The language chosen in this ledger's settings, else the system's.
fn language_of(store: &Store) -> Language {
    store
        .settings()
        .map_or_else(|_| Language::of_system(), |s| s.language_or_system())
}

/// Moves the damaged files aside; the problem to show, and what to offer.
fn move_aside(data_dir: &std::path::Path, damaged: &Error) -> (ErrorPayload, Option<Recovery>) {
    let lang = Language::of_system();
    match recovery::move_aside(data_dir, clock::now()) {
        Ok(recovery) => (damaged.payload(lang), Some(recovery)),
        Err(e) => {
            let says = phrase!(
                "desktop-not-moved-aside",
                problem = damaged.phrase(),
                detail = e.to_string()
            );
            (ErrorPayload::new(damaged.code(), says, lang), None)
        }
    }
}

#[cfg(test)]
mod tests {
    //! The window's side of the corruption suite: a damaged ledger found at
    //! start or by the background check is moved aside, and recovered.

    use balans_core::files::backups::Reason;
    use balans_core::PersonInput;

    use super::*;

    fn ledger_with_backup(dir: &std::path::Path) {
        let mut store = Store::open_in_dir(dir).unwrap();
        store.add_person(&PersonInput::named("Anna")).unwrap();
        store.backup_now(Reason::Manual, clock::now()).unwrap();
    }

    fn people(state: &LedgerState) -> usize {
        state
            .read(|s| s.people_summaries(clock::today()))
            .unwrap()
            .len()
    }

    #[test]
    fn damage_at_start_is_shown_and_a_backup_restores() {
        let dir = tempfile::tempdir().unwrap();
        ledger_with_backup(dir.path());
        std::fs::write(
            dir.path().join(balans_core::store::DATABASE_FILE),
            b"not sqlite",
        )
        .unwrap();
        let state = LedgerState::open(dir.path().to_path_buf());
        let info = state.info();
        assert_eq!(info.problem.unwrap().code, "damaged");
        let offered = info.recovery.expect("a recovery is offered");
        let backup = offered.backup.expect("the backup is offered").name;
        let moved = std::path::Path::new(&offered.moved_to).join(balans_core::store::DATABASE_FILE);
        assert_eq!(std::fs::read(moved).unwrap(), b"not sqlite");
        state.recover(Some(&backup)).unwrap();
        assert_eq!(people(&state), 1);
        assert!(state.info().problem.is_none());
    }

    #[test]
    fn damage_found_in_the_background_closes_and_moves_the_file_aside() {
        let dir = tempfile::tempdir().unwrap();
        ledger_with_backup(dir.path());
        let state = LedgerState::open(dir.path().to_path_buf());
        assert!(!state.check_file(), "a good file passes");
        let db = dir.path().join(balans_core::store::DATABASE_FILE);
        let mut bytes = std::fs::read(&db).unwrap();
        let page = 4096;
        for start in (page..bytes.len()).step_by(page) {
            bytes[start] ^= 0xFF;
        }
        std::fs::write(&db, &bytes).unwrap();
        assert!(state.check_file(), "the damage is found");
        assert_eq!(state.info().problem.unwrap().code, "damaged");
        assert!(state.read(|s| s.people_summaries(clock::today())).is_err());
        state.recover(None).unwrap();
        assert_eq!(people(&state), 0, "an empty ledger, as asked");
    }
}
