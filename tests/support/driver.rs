//! tauri-driver in front of WebKitWebDriver on a test's display, and the
//! capabilities that launch Balans through it: what the end-to-end tests and
//! the desktop tests that drive the window share. Included by path, beside
//! `webdriver.rs`.

use std::ffi::OsStr;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{json, Value};

use crate::support::wait_for;
use crate::webdriver;

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

/// How WebKit draws the windows launched through the driver.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Drawing {
    /// Composited, even in software: WebKitWebDriver's screenshots can wait
    /// forever for a frame without compositing, so the tests that take
    /// them keep it, the path a machine with a GPU takes.
    Composited,
    /// As Balans chooses for the machine it runs on
    /// (src-tauri/process/rendering.rs): here, without a GPU, without
    /// compositing. What a user of this machine sees, and so what a
    /// measurement of the window measures.
    #[allow(dead_code)] // Only the window's measurement (benches/ui) draws so.
    AsInstalled,
}

/// Starts tauri-driver on `display`, drawing as `drawing` says; the apps
/// it launches inherit its environment, with `env` added. Returns the
/// driver and its URL.
pub fn start_driver(
    display: &str,
    drawing: Drawing,
    env: &[(&str, &OsStr)],
) -> Result<(Child, String), String> {
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
    let mut command = Command::new(tauri_driver);
    match drawing {
        Drawing::Composited => command.env("WEBKIT_DISABLE_COMPOSITING_MODE", "0"),
        Drawing::AsInstalled => command.env_remove("WEBKIT_DISABLE_COMPOSITING_MODE"),
    };
    let child = command
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
        // The app follows the system language until the user picks one: English here.
        .env("LANG", "en_US.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .envs(env.iter().copied())
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

/// What a new session asks tauri-driver for: Balans `app` on `data_dir`.
pub fn balans_on(app: &Path, data_dir: &Path) -> Value {
    json!({
        "browserName": "wry",
        "tauri:options": {
            "application": app,
            "args": ["--data-dir", data_dir],
        }
    })
}
