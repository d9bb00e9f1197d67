//! What the end-to-end and desktop tests share: a private Xvfb display,
//! waiting for something to happen, and whether a Balans holds a data
//! folder's lock (see src-tauri/ledger/instance_lock.rs). Included by path.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Waits until `ready`, or says that `what` did not happen in time.
pub fn wait_for(
    what: &str,
    timeout: Duration,
    mut ready: impl FnMut() -> bool,
) -> Result<(), String> {
    let deadline = Instant::now() + timeout;
    while !ready() {
        if Instant::now() > deadline {
            return Err(format!("{what} did not happen within {timeout:?}"));
        }
        sleep(Duration::from_millis(50));
    }
    Ok(())
}

/// Starts Xvfb on a display number it picks itself (`-displayfd`), so tests
/// running side by side never race for the same one.
pub fn start_display() -> Result<(Child, String), String> {
    let mut child = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-screen",
            "0",
            "1280x900x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            format!("Xvfb could not start (Debian package xvfb; `make test` installs it): {e}")
        })?;
    let mut number = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut number)
        .map_err(|e| format!("Xvfb named no display: {e}"))?;
    Ok((child, format!(":{}", number.trim())))
}

/// Whether a Balans holds the data folder's lock.
pub fn folder_locked(data_dir: &Path) -> bool {
    std::fs::OpenOptions::new()
        .write(true)
        .open(data_dir.join("balans.lock"))
        .is_ok_and(|file| file.try_lock().is_err())
}
