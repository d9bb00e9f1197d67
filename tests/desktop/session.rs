//! The desktop a test runs in: Xvfb, a D-Bus session bus, a notification
//! server on it that records every notification, a settings portal whose
//! dark style the test sets, and Balans processes
//! started on a data folder, as a user starts them or with their window
//! driven through tauri-driver. Everything is stopped when dropped.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::Mutex;
use std::thread::sleep;
use std::time::{Duration, Instant};

use zbus::zvariant::OwnedValue;

use crate::driver::{balans_on, start_driver, Drawing};
use crate::support::{folder_locked, start_display, wait_for};
use crate::tray::{Registration, TrayItem, Watcher};
use crate::webdriver::Session;

/// A bus address that leads nowhere, for a desktop without D-Bus.
pub const NO_BUS: &str = "unix:path=/nonexistent/balans-test-bus";

type Result<T> = std::result::Result<T, String>;

/// One notification as the server received it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// The id the server gave it, which its signals name.
    pub id: u32,
    pub app_name: String,
    pub summary: String,
    pub body: String,
    /// Pairs of an action's key and its label, as sent.
    pub actions: Vec<String>,
}

/// The server side of the Desktop Notifications Specification, recording.
struct Recorder {
    sent: Mutex<Sender<Note>>,
    last_id: Mutex<u32>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Recorder {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let mut last_id = self.last_id.lock().unwrap();
        *last_id += 1;
        let note = Note {
            id: *last_id,
            app_name,
            summary,
            body,
            actions,
        };
        let _ = self.sent.lock().unwrap().send(note);
        *last_id
    }

    fn get_capabilities(&self) -> Vec<String> {
        // As GNOME's and KDE's servers do: bodies are rendered as markup,
        // and actions are shown as buttons.
        vec![
            "actions".into(),
            "body".into(),
            "body-markup".into(),
            "body-hyperlinks".into(),
        ]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "balans-test-recorder".into(),
            "balans".into(),
            "1".into(),
            "1.2".into(),
        )
    }

    fn close_notification(&self, _id: u32) {}
}

/// The settings portal's `color-scheme`, as GNOME's portal serves it.
struct Portal {
    color_scheme: Mutex<u32>,
}

const PORTAL_PATH: &str = "/org/freedesktop/portal/desktop";
const PORTAL_SETTINGS: &str = "org.freedesktop.portal.Settings";
const APPEARANCE: (&str, &str) = ("org.freedesktop.appearance", "color-scheme");

#[zbus::interface(name = "org.freedesktop.portal.Settings")]
impl Portal {
    fn read_one(&self, namespace: String, key: String) -> zbus::fdo::Result<OwnedValue> {
        if (namespace.as_str(), key.as_str()) != APPEARANCE {
            return Err(zbus::fdo::Error::Failed("no such setting".into()));
        }
        Ok(OwnedValue::from(*self.color_scheme.lock().unwrap()))
    }

    #[zbus(property, name = "version")]
    fn version(&self) -> u32 {
        2
    }
}

fn start_bus() -> Result<(Child, String)> {
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--print-address=1"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("dbus-daemon could not start (`make test` installs dbus): {e}"))?;
    let mut address = String::new();
    BufReader::new(child.stdout.take().expect("piped"))
        .read_line(&mut address)
        .map_err(|e| format!("dbus-daemon printed no address: {e}"))?;
    Ok((child, address.trim().to_owned()))
}

/// A process killed when dropped.
struct Stopped(Child);

impl Drop for Stopped {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A Balans process; killed when dropped.
pub struct App {
    child: Stopped,
}

impl App {
    pub fn is_running(&mut self) -> bool {
        matches!(self.child.0.try_wait(), Ok(None))
    }

    pub fn wait_for_exit(&mut self, timeout: Duration) -> Option<ExitStatus> {
        let deadline = Instant::now() + timeout;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.0.try_wait() {
                return Some(status);
            }
            sleep(Duration::from_millis(50));
        }
        None
    }

    /// Whether the process has `file` open, from its descriptors in /proc.
    pub fn has_open(&self, file: &Path) -> bool {
        let fds = format!("/proc/{}/fd", self.child.0.id());
        std::fs::read_dir(fds)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|fd| std::fs::read_link(fd.path()).ok())
                    .any(|target| target == file)
            })
            .unwrap_or(false)
    }
}

/// A Balans launched through tauri-driver, its window driven as a user's.
pub struct DrivenApp {
    // Dropped in this order: the session, which quits Balans, then the driver.
    pub window: Session,
    _driver: Stopped,
}

/// Xvfb, a session bus with a recording notification server, and a home.
pub struct Desktop {
    display: String,
    bus_address: String,
    home: tempfile::TempDir,
    notes: Receiver<Note>,
    tray_items: Receiver<Registration>,
    // Dropped in this order: the server's connection, then the bus, then the display.
    server: zbus::blocking::Connection,
    bus: Child,
    xvfb: Child,
}

impl Desktop {
    pub fn start() -> Result<Desktop> {
        let (xvfb, display) = start_display()?;
        let (bus, bus_address) = start_bus()?;
        let (sent, notes) = mpsc::channel();
        let recorder = Recorder {
            sent: Mutex::new(sent),
            last_id: Mutex::new(0),
        };
        let (registered, tray_items) = mpsc::channel();
        let watcher = Watcher {
            registered: Mutex::new(registered),
        };
        let server = zbus::blocking::connection::Builder::address(bus_address.as_str())
            .and_then(|b| b.name("org.freedesktop.Notifications"))
            .and_then(|b| b.serve_at("/org/freedesktop/Notifications", recorder))
            .and_then(|b| b.name("org.freedesktop.portal.Desktop"))
            .and_then(|b| {
                b.serve_at(
                    PORTAL_PATH,
                    Portal {
                        color_scheme: Mutex::new(0),
                    },
                )
            })
            .and_then(|b| b.name("org.kde.StatusNotifierWatcher"))
            .and_then(|b| b.serve_at("/StatusNotifierWatcher", watcher))
            .and_then(|b| b.build())
            .map_err(|e| format!("the desktop's servers could not start: {e}"))?;
        Ok(Desktop {
            display,
            bus_address,
            home: tempfile::tempdir().map_err(|e| e.to_string())?,
            notes,
            tray_items,
            server,
            bus,
            xvfb,
        })
    }

    /// Starts Balans on `data_dir`, on this desktop's bus or on `bus`.
    pub fn launch(&self, data_dir: &Path, bus: Option<&str>) -> Result<App> {
        let child = Command::new(env!("CARGO_BIN_EXE_balans-desktop"))
            .arg("--data-dir")
            .arg(data_dir)
            .env("DISPLAY", &self.display)
            .env("DBUS_SESSION_BUS_ADDRESS", bus.unwrap_or(&self.bus_address))
            .env("HOME", self.home.path())
            .env("XDG_RUNTIME_DIR", self.home.path())
            .env("LIBGL_ALWAYS_SOFTWARE", "1")
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("Balans could not start: {e}"))?;
        Ok(App {
            child: Stopped(child),
        })
    }

    /// Starts Balans on `data_dir` through tauri-driver, on this desktop's
    /// display and bus, and waits for its first screen.
    pub fn drive(&self, data_dir: &Path) -> Result<DrivenApp> {
        let home = self.home.path().as_os_str();
        let (driver, url) = start_driver(
            &self.display,
            Drawing::Composited,
            &[
                ("DBUS_SESSION_BUS_ADDRESS", OsStr::new(&self.bus_address)),
                ("HOME", home),
                ("XDG_RUNTIME_DIR", home),
            ],
        )?;
        let driver = Stopped(driver);
        let app = Path::new(env!("CARGO_BIN_EXE_balans-desktop"));
        let window = Session::start(&url, balans_on(app, data_dir)).map_err(|e| e.to_string())?;
        window.find("#app > *").map_err(|e| e.to_string())?;
        Ok(DrivenApp {
            window,
            _driver: driver,
        })
    }

    /// The next notification that arrives within `timeout`.
    pub fn next_notification(&self, timeout: Duration) -> Option<Note> {
        self.notes.recv_timeout(timeout).ok()
    }

    /// Does what the server does when the user clicks `action` on the
    /// notification `id` (`default` for the notification itself): it says
    /// so on the bus.
    pub fn invoke_action(&self, id: u32, action: &str) -> Result<()> {
        self.server
            .emit_signal(
                None::<()>,
                "/org/freedesktop/Notifications",
                "org.freedesktop.Notifications",
                "ActionInvoked",
                &(id, action),
            )
            .map_err(|e| format!("the action {action:?} could not be sent: {e}"))
    }

    /// Sets the portal's `color-scheme` (0 no preference, 1 dark, 2 light)
    /// and says so on the bus, as GNOME does when the user switches style.
    pub fn set_color_scheme(&self, scheme: u32) -> Result<()> {
        let portal = self
            .server
            .object_server()
            .interface::<_, Portal>(PORTAL_PATH)
            .map_err(|e| e.to_string())?;
        *portal.get().color_scheme.lock().unwrap() = scheme;
        self.server
            .emit_signal(
                None::<()>,
                PORTAL_PATH,
                PORTAL_SETTINGS,
                "SettingChanged",
                &(
                    APPEARANCE.0,
                    APPEARANCE.1,
                    zbus::zvariant::Value::from(scheme),
                ),
            )
            .map_err(|e| format!("the portal could not announce the change: {e}"))
    }

    /// The next tray item that registers within `timeout`.
    pub fn next_tray_item(&self, timeout: Duration) -> Result<TrayItem<'static>> {
        let at = self
            .tray_items
            .recv_timeout(timeout)
            .map_err(|_| format!("no tray item registered within {timeout:?}"))?;
        TrayItem::new(&self.server, &at).map_err(|e| format!("the tray item at {at:?}: {e}"))
    }

    /// Whether a Balans holds the data folder's lock.
    pub fn is_locked(&self, data_dir: &Path) -> bool {
        folder_locked(data_dir)
    }

    pub fn wait_until_locked(&self, data_dir: &Path) -> Result<()> {
        wait_for("Balans taking its lock", Duration::from_secs(60), || {
            self.is_locked(data_dir)
        })
    }
}

impl Drop for Desktop {
    fn drop(&mut self) {
        for child in [&mut self.bus, &mut self.xvfb] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
