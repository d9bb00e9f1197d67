//! Measuring hooks: with `BALANS_STARTUP_PROBE` set, the app prints a line
//! once the window has drawn its first screen with data (the window says so
//! through `startup_drawn` once its fonts are in, two frames after it
//! rendered), and one each time the quick log, brought up from outside the
//! window (the system-wide shortcut, the tray), is drawn and ready for
//! typing. `scripts/measure-start.py` times the first line from the moment it
//! starts the process, so the number covers everything a user waits for;
//! `scripts/measure-shortcut.py` times the second from the key press.

const PROBE_ENV: &str = "BALANS_STARTUP_PROBE";

/// What the probe prints; the measuring scripts wait for exactly these lines.
const READY_LINE: &str = "balans: window ready";
const QUICK_LOG_LINE: &str = "balans: quick log ready";

fn report(line: &str) {
    if std::env::var_os(PROBE_ENV).is_some() {
        println!("{line}");
    }
}

/// Reports the first drawn screen, when this run is a measurement.
pub fn report_drawn() {
    report(READY_LINE);
}

/// Reports the quick log drawn, when this run is a measurement.
pub fn report_quick_log_drawn() {
    report(QUICK_LOG_LINE);
}
