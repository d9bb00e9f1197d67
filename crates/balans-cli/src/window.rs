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

/// The window's program name, as installed.
pub const DESKTOP_PROGRAM: &str = "balans-desktop";

/// Opens the window on `data_dir` (the default folder when `None`). On Unix
/// this returns only when the window could not be started; the error says
/// why, in words for the person at the terminal.
pub fn open(data_dir: Option<&Path>) -> io::Result<()> {
    if let Some(missing) = no_display() {
        return Err(io::Error::other(missing));
    }
    let desktop = beside_this_program()?;
    let mut command = Command::new(&desktop);
    if let Some(dir) = data_dir {
        command.arg("--data-dir").arg(dir);
    }
    hand_over(command).map_err(|error| {
        io::Error::new(
            error.kind(),
            format!("{} could not be started: {error}", desktop.display()),
        )
    })
}

/// `balans-desktop` in the folder of the running `balans`, symbolic links followed.
fn beside_this_program() -> io::Result<PathBuf> {
    let me = std::env::current_exe()?.canonicalize()?;
    let folder = me
        .parent()
        .ok_or_else(|| io::Error::other("balans has no folder"))?;
    let desktop = folder.join(format!("{DESKTOP_PROGRAM}{}", std::env::consts::EXE_SUFFIX));
    if desktop.is_file() {
        Ok(desktop)
    } else {
        Err(io::Error::new(
            io::ErrorKind::NotFound,
            format!(
                "The window ({}) is not installed. The commands work without it: balans --help",
                desktop.display()
            ),
        ))
    }
}

/// On Linux and the BSDs the window needs an X11 or Wayland display.
#[cfg(all(unix, not(target_os = "macos")))]
fn no_display() -> Option<&'static str> {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    (!set("DISPLAY") && !set("WAYLAND_DISPLAY")).then_some(
        "There is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is \
         set). The commands work without one: balans --help",
    )
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
fn no_display() -> Option<&'static str> {
    None
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
