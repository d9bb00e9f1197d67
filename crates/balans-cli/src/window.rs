//! `balans` without a command opens the window. The window is a separate
//! program, `balans-desktop`, installed in the same folder as `balans` (both
//! in /usr/bin from the packages; side by side in `target/` in development),
//! so the command line never loads a window toolkit itself: it looks beside
//! its own executable and hands over. On Unix it replaces itself with the
//! window (`exec`), so the window keeps the terminal, the process id and the
//! exit code; elsewhere it starts the window and leaves.

use std::io;
use std::path::{Path, PathBuf};
use std::process::Command;

use balans_core::phrase;
use balans_core::words::Phrase;

/// The window's program name, as installed.
const DESKTOP_PROGRAM: &str = "balans-desktop";

/// Opens the window on `data_dir` (the default folder when `None`). On Unix
/// this returns only when the window could not be started, saying why.
pub(crate) fn open(data_dir: Option<&Path>) -> Result<(), Phrase> {
    if no_display() {
        return Err(phrase!("cli-window-no-display"));
    }
    let desktop = beside_this_program()?;
    let mut command = Command::new(&desktop);
    if let Some(dir) = data_dir {
        command.arg("--data-dir").arg(dir);
    }
    hand_over(command).map_err(|error| {
        phrase!(
            "cli-window-not-started",
            program = desktop.display().to_string(),
            detail = error.to_string()
        )
    })
}

/// `balans-desktop` in the folder of the running `balans`, symbolic links followed.
fn beside_this_program() -> Result<PathBuf, Phrase> {
    let me = std::env::current_exe()
        .and_then(|me| me.canonicalize())
        .map_err(|error| phrase!("cli-window-unlocated", detail = error.to_string()))?;
    let desktop = me.with_file_name(format!("{DESKTOP_PROGRAM}{}", std::env::consts::EXE_SUFFIX));
    if desktop.is_file() {
        Ok(desktop)
    } else {
        Err(phrase!(
            "cli-window-not-installed",
            program = desktop.display().to_string()
        ))
    }
}

/// On Linux and the BSDs the window needs an X11 or Wayland display.
#[cfg(all(unix, not(target_os = "macos")))]
fn no_display() -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    !set("DISPLAY") && !set("WAYLAND_DISPLAY")
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn no_display() -> bool {
    false
}

#[cfg(unix)]
fn hand_over(mut command: Command) -> io::Result<()> {
    use std::os::unix::process::CommandExt;
    Err(command.exec())
}

#[cfg(not(unix))]
fn hand_over(mut command: Command) -> io::Result<()> {
    command.spawn().map(drop)
}
