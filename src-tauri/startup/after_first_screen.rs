//! What waits until the window has drawn its first screen: the tray icon and
//! the quick log's system-wide shortcut
//! (loading the desktop's indicator library and registering with its panel
//! is main-thread work the window would wait for), the reminder scheduler,
//! whose first look may announce and so write, and the ledger's upkeep,
//! SQLite's check of the whole file, then the day's backup, the calendar
//! file a calendar app subscribes to (when one is kept) and sync with the
//! user's other computers. On a large
//! ledger these take from a tenth of a second to a second or more of disk
//! and processor, which the first screen should not wait for. The upkeep
//! runs on a connection of its own, never holding up the window's commands.
//! Without a drawn screen (started hidden in the tray, or a window that never
//! reports) they start at once or after half a minute.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::desktop::global_shortcut;
use crate::desktop::tray::{self, TrayPicture};
use crate::desktop::tray_choices;
use crate::ledger::{background_sync, calendar_file, LedgerState};
use crate::process::memory;
use crate::reminders::{self, Clock, SystemClock};

/// The latest all this waits for the first screen.
const AT_THE_LATEST: Duration = Duration::from_secs(30);

/// Whether all this has started in this run.
#[derive(Default)]
pub struct Started(AtomicBool);

/// Starts the tray, the scheduler and the upkeep, once: whichever comes
/// first, this call or the one [`start_at_the_latest`] makes.
pub fn start<R: Runtime>(app: &AppHandle<R>) {
    if app.state::<Started>().0.swap(true, Ordering::SeqCst) {
        return;
    }
    let on_main = app.clone();
    let started = app.run_on_main_thread(move || {
        let picture = TrayPicture::before_first_look(SystemClock.now());
        if let Err(e) = tray::install(&on_main, &picture, tray_choices::on_choice) {
            eprintln!("balans: the tray icon could not be installed: {e}");
        }
        // After the tray, so the first look's count has an icon to go to.
        reminders::start(&on_main);
    });
    if let Err(e) = started {
        eprintln!("balans: the tray and the reminders could not be started: {e}");
    }
    let app = app.clone();
    tauri::async_runtime::spawn_blocking(move || {
        global_shortcut::apply_saved(&app);
        let ledger = app.state::<LedgerState>();
        if ledger.check_file() {
            if let Err(e) = app.emit("ledger-damaged", ()) {
                eprintln!("balans: the window could not be told of the damage: {e}");
            }
        } else {
            ledger.daily_backup();
            if let Err(e) = calendar_file::write_now(&app) {
                eprintln!(
                    "balans: the calendar file could not be written: {}",
                    e.message
                );
            }
            background_sync::start(&app);
        }
        memory::give_back();
    });
}

/// Makes sure all this starts even when no first screen is ever reported.
pub fn start_at_the_latest<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(AT_THE_LATEST).await;
        start(&app);
    });
}
