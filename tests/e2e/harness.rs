//! The world an end-to-end test runs in: a private Xvfb display, tauri-driver
//! in front of WebKitWebDriver, and the real Balans binary. Every missing piece
//! is reported by name; nothing is skipped quietly.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use std::time::Duration;

use serde_json::json;

use crate::support::{folder_locked, start_display, wait_for};
use crate::webdriver::{self, Session};

/// Set to test an installed Balans instead of the one cargo built.
const APP_OVERRIDE_ENV: &str = "BALANS_E2E_APP";

pub struct Harness {
    app: PathBuf,
    driver_url: String,
    screenshots: PathBuf,
    // Dropped (and so stopped) in this order: the driver before the display.
    driver: Child,
    display: Child,
}

fn find_program(name: &str, extra_places: &[PathBuf]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(extra_places.iter().cloned())
        .map(|dir| dir.join(name))
        .find(|candidate| candidate.is_file())
}

fn free_port() -> std::io::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn start_driver(display: &str) -> Result<(Child, String), String> {
    let cargo_bin = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .map(|home| home.join("bin"))
        .into_iter()
        .collect::<Vec<_>>();
    let tauri_driver = find_program("tauri-driver", &cargo_bin).ok_or(
        "tauri-driver is not installed (cargo install tauri-driver --locked); `make test` installs it",
    )?;
    let native = find_program("WebKitWebDriver", &[]).ok_or(
        "WebKitWebDriver is not installed (Debian package webkit2gtk-driver); `make test` installs it",
    )?;
    let port = free_port().map_err(|e| e.to_string())?;
    let native_port = free_port().map_err(|e| e.to_string())?;
    let log =
        std::fs::File::create(std::env::temp_dir().join(format!("balans-tauri-driver-{port}.log")))
            .map_err(|e| e.to_string())?;
    let child = Command::new(tauri_driver)
        .args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .arg("--native-driver")
        .arg(native)
        .env("DISPLAY", display)
        .env("LIBGL_ALWAYS_SOFTWARE", "1")
        // Without a GPU Balans has WebKit draw without compositing
        // (src-tauri/rendering.rs), and there WebKitWebDriver's screenshots
        // can wait forever for a frame; these scenarios keep WebKit's
        // compositing, the path a machine with a GPU takes. The desktop suite
        // runs the app as it starts without a GPU.
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "0")
        // The app follows the system language until the user picks one: English here.
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .map_err(|e| format!("tauri-driver could not start: {e}"))?;
    let url = format!("http://127.0.0.1:{port}");
    wait_for("tauri-driver", Duration::from_secs(20), || {
        webdriver::is_ready(&url)
    })?;
    Ok((child, url))
}

impl Harness {
    /// Starts the display and the driver, or says exactly what is missing.
    pub fn start() -> Result<Harness, String> {
        let app = std::env::var_os(APP_OVERRIDE_ENV)
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_balans-desktop")));
        if !app.is_file() {
            return Err(format!("the Balans binary is missing at {}", app.display()));
        }
        let (display, display_name) = start_display()?;
        let (driver, driver_url) = match start_driver(&display_name) {
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
            screenshots: target.join("screenshots"),
            driver,
            display,
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
        let capabilities = json!({
            "browserName": "wry",
            "tauri:options": {
                "application": self.app,
                "args": ["--data-dir", data_dir],
            }
        });
        let session = Session::start(&self.driver_url, capabilities)?;
        session.find("#app > *")?;
        Ok(session)
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
