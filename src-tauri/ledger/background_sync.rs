//! Sync while Balans runs (docs/sync.md). Every two seconds it looks at the
//! synced folder and at this computer's changes not yet written there; when
//! either moved, it runs a round, on a connection of its own, so the
//! window's commands never wait for an apply. It polls rather than waiting
//! for file-system events: network shares and the folders of OneDrive,
//! iCloud Drive and Nextcloud do not report changes reliably, and listing
//! one folder of small files is cheap. When another computer's changes
//! arrived, the reminders are looked at again and the window hears
//! [`LEDGER_ARRIVED`].

use std::path::PathBuf;
use std::time::Duration;

use balans_core::sync::folder_state;
use balans_core::Store;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::LedgerState;
use crate::reminders;

/// What the window hears when changes from another computer were applied.
pub const LEDGER_ARRIVED: &str = "ledger-arrived";

/// How often the folder is looked at.
const EVERY: Duration = Duration::from_secs(2);

/// Where the last look left off.
#[derive(Default)]
struct LastLook {
    folder: Option<(PathBuf, u64)>,
    complaint: Option<String>,
}

/// Starts looking, for as long as the app runs.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    let started = std::thread::Builder::new()
        .name("balans-sync".into())
        .spawn(move || {
            let mut last = LastLook::default();
            loop {
                std::thread::sleep(EVERY);
                look(&app, &mut last);
            }
        });
    if let Err(e) = started {
        eprintln!("balans: sync could not start: {e}");
    }
}

fn look<R: Runtime>(app: &AppHandle<R>, last: &mut LastLook) {
    let ledger = app.state::<LedgerState>();
    let Ok(Some(status)) = ledger.read(|store| store.sync_status()) else {
        last.folder = None;
        return;
    };
    let folder = PathBuf::from(&status.folder);
    let state = folder_state(&folder);
    let unchanged = last.folder.as_ref() == Some(&(folder.clone(), state));
    if unchanged && status.unwritten == 0 {
        return;
    }
    let round = Store::open_in_dir(ledger.data_dir()).and_then(|mut store| store.sync_round());
    match round {
        Ok(round) => {
            last.complaint = None;
            last.folder = Some((folder.clone(), folder_state(&folder)));
            if round.applied > 0 {
                reminders::look_now(app);
                if let Err(e) = app.emit(LEDGER_ARRIVED, round.applied) {
                    eprintln!("balans: the window could not be told of the changes: {e}");
                }
            }
        }
        Err(error) => {
            let said = error.to_string();
            if last.complaint.as_ref() != Some(&said) {
                eprintln!("balans: sync failed: {said}");
                last.complaint = Some(said);
            }
        }
    }
}
