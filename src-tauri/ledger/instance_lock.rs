//! One writer per data folder. Balans holds an exclusive lock on a file beside
//! the database for as long as it runs; a second Balans on the same folder
//! that cannot take it never opens the database. The single-instance plugin
//! already sends a second launch to the first window over D-Bus; this lock
//! holds where there is no D-Bus, and for two launches that race each other.
//! The operating system releases the lock when the process ends, even on a
//! crash, so a stale lock file never keeps the user out.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use balans_core::words::Phrase;
use balans_core::{phrase, ErrorPayload, Language};

/// The lock file's name inside the data folder.
pub const LOCK_FILE: &str = "balans.lock";

/// The held lock; dropping it releases the folder.
#[derive(Debug)]
pub struct InstanceLock {
    _file: File,
}

/// Takes the data folder's lock, or says why it cannot.
pub fn acquire(data_dir: &Path) -> Result<InstanceLock, ErrorPayload> {
    balans_core::files::owner_only::create_dir_all(data_dir).map_err(|e| {
        refused(
            "io",
            phrase!("desktop-folder-not-created", detail = e.to_string()),
        )
    })?;
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join(LOCK_FILE))
        .map_err(|e| refused("io", phrase!("error-io", detail = e.to_string())))?;
    match file.try_lock() {
        Ok(()) => Ok(InstanceLock { _file: file }),
        Err(TryLockError::WouldBlock) => {
            Err(refused("already_open", phrase!("desktop-already-open")))
        }
        Err(TryLockError::Error(e)) => Err(refused(
            "io",
            phrase!("desktop-folder-not-locked", detail = e.to_string()),
        )),
    }
}

/// A refusal before any ledger is open, so in the system's language.
fn refused(code: &str, says: Phrase) -> ErrorPayload {
    ErrorPayload::new(code, says, Language::of_system())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_lock_on_the_same_folder_is_refused_until_the_first_is_gone() {
        let dir = tempfile::tempdir().unwrap();
        let first = acquire(dir.path()).unwrap();
        assert_eq!(acquire(dir.path()).unwrap_err().code, "already_open");
        drop(first);
        acquire(dir.path()).expect("free again once the first is dropped");
    }
}
