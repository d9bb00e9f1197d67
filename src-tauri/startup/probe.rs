//! A measuring hook for start time: with `BALANS_STARTUP_PROBE` set, the app
//! prints one line once the window has drawn its first screen with data (the
//! window says so through `startup_drawn` once its fonts are in, two frames
//! after it rendered).
//! `scripts/measure-start.py` times that line from the moment it starts the
//! process, so the number covers everything a user waits for; it then reads
//! the memory of the running app and ends it.

const PROBE_ENV: &str = "BALANS_STARTUP_PROBE";

/// What the probe prints; the measuring scripts wait for exactly this line.
const READY_LINE: &str = "balans: window ready";

/// Reports the first drawn screen, when this run is a measurement.
pub fn report_drawn() {
    if std::env::var_os(PROBE_ENV).is_some() {
        println!("{READY_LINE}");
    }
}
