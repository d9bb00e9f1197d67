//! The system's file dialogs (GTK's file chooser, as the dialog plugin shows
//! it on Linux) answered as a user answers them, with the keyboard: xdotool
//! focuses the dialog, types the whole path and presses Enter.

use std::path::Path;
use std::time::{Duration, Instant};

use crate::harness::Harness;
use crate::Outcome;

type Found<T> = Result<T, Box<dyn std::error::Error>>;

/// Which dialog, by the title GTK gives it.
#[derive(Debug, Clone, Copy)]
pub enum Dialog {
    Open,
    Save,
}

impl Dialog {
    fn title(self) -> &'static str {
        match self {
            Dialog::Open => "^Open File$",
            Dialog::Save => "^Save File$",
        }
    }
}

/// The ids of the visible windows of `dialog`.
fn shown(harness: &Harness, dialog: Dialog) -> Found<Vec<String>> {
    let found = std::process::Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", dialog.title()])
        .env("DISPLAY", harness.display())
        .output()?;
    Ok(String::from_utf8_lossy(&found.stdout)
        .split_whitespace()
        .map(str::to_owned)
        .collect())
}

/// Waits up to `limit` for `done` to hold.
fn within(limit: Duration, mut done: impl FnMut() -> Found<bool>) -> Found<bool> {
    let deadline = Instant::now() + limit;
    while Instant::now() < deadline {
        if done()? {
            return Ok(true);
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    Ok(false)
}

/// Answers `dialog` with `path`. An open dialog needs Ctrl+L for its
/// location field; a save dialog has its name field focused. The field
/// takes a moment to take keys, so a dialog still open afterwards is
/// answered again.
pub fn answer(harness: &Harness, dialog: Dialog, path: &Path) -> Outcome {
    let path = path.to_str().ok_or("a path xdotool can type")?;
    if !within(Duration::from_secs(30), || {
        Ok(!shown(harness, dialog)?.is_empty())
    })? {
        return Err(format!("no {dialog:?} dialog opened within 30 s").into());
    }
    for _ in 0..3 {
        let Some(window) = shown(harness, dialog)?.into_iter().next() else {
            return Ok(());
        };
        harness.xdotool(&["windowfocus", "--sync", &window])?;
        if matches!(dialog, Dialog::Open) {
            harness.xdotool(&["key", "--clearmodifiers", "ctrl+l"])?;
        }
        std::thread::sleep(Duration::from_millis(400));
        harness.xdotool(&["key", "--clearmodifiers", "ctrl+a"])?;
        harness.xdotool(&["type", "--delay", "1", path])?;
        std::thread::sleep(Duration::from_millis(400));
        harness.xdotool(&["key", "Return"])?;
        if within(Duration::from_secs(5), || {
            Ok(shown(harness, dialog)?.is_empty())
        })? {
            return Ok(());
        }
    }
    Err(format!("the {dialog:?} dialog did not take {path}").into())
}
