//! The world an end-to-end test runs in: a private Xvfb display, tauri-driver
//! in front of WebKitWebDriver, and the real Balans binary with a config
//! folder of its own (the window's size and place are kept there, never in
//! the developer's). Every missing piece is reported by name; nothing is
//! skipped quietly.

use std::path::{Path, PathBuf};
use std::process::Child;
use std::time::Duration;

use crate::driver::{balans_on, start_driver, Drawing};
use crate::support::{folder_locked, start_display, wait_for};
use crate::webdriver::{self, Session};

/// Set to test an installed Balans instead of the one cargo built.
const APP_OVERRIDE_ENV: &str = "BALANS_E2E_APP";

pub struct Harness {
    app: PathBuf,
    driver_url: String,
    display_name: String,
    screenshots: PathBuf,
    // Dropped (and so stopped) in this order: the driver before the display.
    driver: Child,
    display: Child,
    config_home: tempfile::TempDir,
}

impl Harness {
    /// Starts the display and the driver, or says exactly what is missing;
    /// windows are composited, so screenshots can be taken.
    pub fn start() -> Result<Harness, String> {
        Harness::start_drawing(Drawing::Composited)
    }

    /// [`Harness::start`], with windows drawn as `drawing` says.
    pub fn start_drawing(drawing: Drawing) -> Result<Harness, String> {
        let app = std::env::var_os(APP_OVERRIDE_ENV)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_balans-desktop")));
        if !app.is_file() {
            return Err(format!("the Balans binary is missing at {}", app.display()));
        }
        let config_home =
            tempfile::tempdir().map_err(|e| format!("no folder for the app's config: {e}"))?;
        let (display, display_name) = start_display()?;
        let config_env = [("XDG_CONFIG_HOME", config_home.path().as_os_str())];
        let (driver, driver_url) = match start_driver(&display_name, drawing, &config_env) {
            Ok(started) => started,
            Err(e) => {
                stop(display);
                return Err(e);
            }
        };
        let target = Path::new(env!("CARGO_BIN_EXE_balans-desktop"))
            .ancestors()
            .nth(2)
            .map(Path::to_path_buf)
            .unwrap_or_else(std::env::temp_dir);
        Ok(Harness {
            app,
            driver_url,
            display_name,
            screenshots: target.join("screenshots"),
            driver,
            display,
            config_home,
        })
    }

    /// Launches Balans on `data_dir` and waits until its first screen is drawn.
    /// A Balans that a just-ended session started may still be stopping;
    /// its lock on the folder is waited out first.
    pub fn launch(&self, data_dir: &Path) -> webdriver::Result<Session> {
        wait_for(
            "the previous Balans on this folder to stop",
            Duration::from_secs(20),
            || !folder_locked(data_dir),
        )
        .map_err(webdriver::DriverError)?;
        let session = Session::start(&self.driver_url, balans_on(&self.app, data_dir))?;
        session.find("#app > *")?;
        Ok(session)
    }

    /// The X display the apps run on (`:N`), for tools that act on it.
    pub fn display(&self) -> &str {
        &self.display_name
    }

    /// Runs xdotool on the test's display, as a user's keys and mouse.
    pub fn xdotool(&self, args: &[&str]) -> Result<(), String> {
        let status = std::process::Command::new("xdotool")
            .args(args)
            .env("DISPLAY", &self.display_name)
            .status()
            .map_err(|e| format!("xdotool could not run (Debian package xdotool): {e}"))?;
        if status.success() {
            Ok(())
        } else {
            Err(format!("xdotool {args:?} failed: {status}"))
        }
    }

    /// The binary under test.
    pub fn app(&self) -> &Path {
        &self.app
    }

    /// The command line installed beside the window, as the packages put it
    /// (`cargo test --workspace` builds it into the same folder).
    pub fn command_line(&self) -> Result<PathBuf, String> {
        let path = self
            .app
            .with_file_name(format!("balans{}", std::env::consts::EXE_SUFFIX));
        if path.is_file() {
            Ok(path)
        } else {
            Err(format!(
                "the command line is missing at {}; build it with cargo build -p balans-cli",
                path.display()
            ))
        }
    }

    /// The config folder the apps get as XDG_CONFIG_HOME.
    pub fn config_home(&self) -> &Path {
        self.config_home.path()
    }

    /// Where a screenshot called `name` is saved.
    pub fn screenshot_path(&self, name: &str) -> PathBuf {
        self.screenshots.join(format!("{name}.png"))
    }
}

fn stop(mut child: Child) {
    let _ = child.kill();
    let _ = child.wait();
}

impl Drop for Harness {
    fn drop(&mut self) {
        for child in [&mut self.driver, &mut self.display] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
