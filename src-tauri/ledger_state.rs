//! The one database handle the window works through. If the store cannot be
//! opened (a newer or damaged file, or another Balans already using the
//! folder), the app still starts and the window says why, instead of the
//! process vanishing.

use std::path::PathBuf;
use std::sync::Mutex;

use balans_core::{ErrorPayload, Store};
use serde::Serialize;

use crate::instance_lock::{self, InstanceLock};

/// The open ledger, or the reason it could not be opened.
pub struct LedgerState {
    data_dir: PathBuf,
    // Declared before the lock, so the database closes before the lock is released.
    store: Result<Mutex<Store>, ErrorPayload>,
    _lock: Option<InstanceLock>,
}

/// What the window needs to know before it shows anything.
#[derive(Debug, Serialize)]
pub struct AppInfo {
    pub version: &'static str,
    pub data_dir: String,
    pub problem: Option<ErrorPayload>,
}

impl LedgerState {
    /// Takes the data folder's lock, then opens the database in it.
    pub fn open(data_dir: PathBuf) -> LedgerState {
        let (store, lock) = match instance_lock::acquire(&data_dir) {
            Ok(lock) => {
                let store = Store::open_in_dir(&data_dir)
                    .map(Mutex::new)
                    .map_err(|e| e.payload());
                (store, Some(lock))
            }
            Err(refused) => (Err(refused), None),
        };
        LedgerState {
            data_dir,
            store,
            _lock: lock,
        }
    }

    /// Makes the day's copy of the database if there is none yet. A failed
    /// copy must not keep the user from their data; the next start tries again.
    pub fn daily_backup(&self) {
        if let Err(e) = self.with(|store| store.daily_backup(balans_core::clock::now())) {
            eprintln!("balans: the daily backup failed: {}", e.message);
        }
    }

    pub fn info(&self) -> AppInfo {
        AppInfo {
            version: env!("CARGO_PKG_VERSION"),
            data_dir: self.data_dir.display().to_string(),
            problem: self.store.as_ref().err().cloned(),
        }
    }

    /// Runs `work` with the store, turning every failure into the IPC error shape.
    pub fn with<T>(
        &self,
        work: impl FnOnce(&mut Store) -> balans_core::Result<T>,
    ) -> Result<T, ErrorPayload> {
        let mutex = self.store.as_ref().map_err(Clone::clone)?;
        let mut store = mutex.lock().map_err(|_| ErrorPayload {
            code: "internal".into(),
            message: "An earlier error left the data in use; please restart Balans.".into(),
            field: None,
        })?;
        work(&mut store).map_err(|e| e.payload())
    }
}
