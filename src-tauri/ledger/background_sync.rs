//! Sync while Balans runs (docs/sync.md). It watches the synced folder (the
//! `notify` crate: inotify, FSEvents, ReadDirectoryChangesW) and looks at it
//! as soon as a file there changes; and every two seconds it looks anyway,
//! at the folder and at this computer's changes not yet written there,
//! because network shares and the folders of OneDrive, iCloud Drive and
//! Nextcloud do not always report changes, and because a change recorded in
//! the ledger is no event in the folder. When either moved, it runs a round
//! on a connection of its own, so the window's commands never wait for an
//! apply. When another computer's changes arrived, the reminders are looked
//! at again and the window hears [`LEDGER_ARRIVED`].

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use balans_core::sync::{folder_state, SYNC_ROOT};
use balans_core::Store;
use notify::{RecommendedWatcher, RecursiveMode, Watcher};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::{calendar_file, LedgerState};
use crate::reminders;

/// What the window hears when changes from another computer were applied.
pub const LEDGER_ARRIVED: &str = "ledger-arrived";

/// The longest it waits between two looks.
const EVERY: Duration = Duration::from_secs(2);

/// Where the last look left off.
#[derive(Default)]
struct LastLook {
    folder: Option<(PathBuf, u64)>,
    complaint: Option<String>,
}

/// The folder being watched, and the watcher, which stops when dropped.
struct Watching {
    folder: PathBuf,
    _watcher: Option<RecommendedWatcher>,
}

/// Starts watching and looking, for as long as the app runs.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    let started = std::thread::Builder::new()
        .name("balans-sync".into())
        .spawn(move || {
            let (wake, woken) = mpsc::channel();
            let mut last = LastLook::default();
            let mut watching: Option<Watching> = None;
            loop {
                let folder = look(&app, &mut last);
                if folder.as_deref() != watching.as_ref().map(|w| w.folder.as_path()) {
                    watching = folder.map(|folder| watch(folder, wake.clone()));
                }
                wait(&woken);
            }
        });
    if let Err(e) = started {
        eprintln!("balans: sync could not start: {e}");
    }
}

/// Waits for a change in the folder or for [`EVERY`], whichever is first,
/// and lets the sync tool finish what it was writing.
fn wait(woken: &Receiver<()>) {
    if woken.recv_timeout(EVERY).is_ok() {
        std::thread::sleep(Duration::from_millis(200));
        while woken.try_recv().is_ok() {}
    }
}

/// Watches `folder`'s sync part; without a watcher (a file system that
/// reports nothing), the looks every [`EVERY`] still find what arrives.
fn watch(folder: PathBuf, wake: Sender<()>) -> Watching {
    let root = folder.join(SYNC_ROOT);
    let watcher = start_watcher(&root, wake)
        .map_err(|e| {
            eprintln!(
                "balans: {} cannot be watched, only looked at: {e}",
                root.display()
            )
        })
        .ok();
    Watching {
        folder,
        _watcher: watcher,
    }
}

fn start_watcher(root: &Path, wake: Sender<()>) -> notify::Result<RecommendedWatcher> {
    std::fs::create_dir_all(root).map_err(notify::Error::io)?;
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        if event.is_ok_and(|e| !e.kind.is_access()) {
            let _ = wake.send(());
        }
    })?;
    watcher.watch(root, RecursiveMode::Recursive)?;
    Ok(watcher)
}

/// One look: a round when the folder or the unwritten changes moved. Says
/// which folder the ledger syncs through, if any.
fn look<R: Runtime>(app: &AppHandle<R>, last: &mut LastLook) -> Option<PathBuf> {
    let ledger = app.state::<LedgerState>();
    let Ok(Some(status)) = ledger.read(|store| store.sync_status()) else {
        last.folder = None;
        return None;
    };
    let folder = PathBuf::from(&status.folder);
    let state = folder_state(&folder);
    let unchanged = last.folder.as_ref() == Some(&(folder.clone(), state));
    if unchanged && status.unwritten == 0 {
        return Some(folder);
    }
    let round = Store::open_in_dir(ledger.data_dir()).and_then(|mut store| store.sync_round());
    match round {
        Ok(round) => {
            last.complaint = None;
            last.folder = Some((folder.clone(), folder_state(&folder)));
            if round.applied > 0 {
                reminders::look_now(app);
                calendar_file::refresh_soon(app);
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
    Some(folder)
}
