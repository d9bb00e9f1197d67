//! A measuring hook for start time: with `BALANS_STARTUP_PROBE` set, the app
//! prints one line when its window has finished loading the page and quits.
//! `scripts/measure-start.py` times that line from the moment it starts the
//! process, so the number covers everything a user waits for.

use tauri::webview::PageLoadEvent;
use tauri::{Manager, Runtime, Webview};

const PROBE_ENV: &str = "BALANS_STARTUP_PROBE";

/// What the probe prints; the measuring script waits for exactly this line.
const READY_LINE: &str = "balans: window ready";

/// Whether this run is a start-time measurement.
pub fn enabled() -> bool {
    std::env::var_os(PROBE_ENV).is_some()
}

/// Reports a finished page load and ends the measured run.
pub fn on_page_load<R: Runtime>(webview: &Webview<R>, event: PageLoadEvent) {
    if event == PageLoadEvent::Finished {
        println!("{READY_LINE}");
        webview.app_handle().exit(0);
    }
}
