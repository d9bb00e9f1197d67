//! Whether the desktop prefers a dark style, for the theme "Follow the
//! system". WebKitGTK answers `prefers-color-scheme` from the GTK theme
//! alone, while GNOME's dark style (and KDE's, through the same portal) is
//! the settings portal's `org.freedesktop.appearance` `color-scheme`; with
//! only the web view to ask, the window stayed light there. So on Linux
//! Balans reads that setting over D-Bus at start and follows its changes:
//! the page asks for the latest and hears each change as [`CHANGED`].
//! Without a portal (another desktop, no session bus) nothing is known and
//! the page keeps the web view's own answer, as it does on macOS and
//! Windows, whose web views follow the system themselves.

use std::sync::Mutex;

use serde::Serialize;

/// What the window hears when the desktop's preference changes.
pub const CHANGED: &str = "system-style-changed";

/// The desktop's preferred style.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ColorScheme {
    Dark,
    Light,
}

impl ColorScheme {
    /// The portal's value: 1 prefers dark, 2 prefers light, and 0 (or
    /// anything a later version adds) says nothing.
    pub fn from_portal(value: u32) -> Option<ColorScheme> {
        match value {
            1 => Some(ColorScheme::Dark),
            2 => Some(ColorScheme::Light),
            _ => None,
        }
    }
}

/// The latest preference the desktop gave, if any.
#[derive(Default)]
pub struct SystemStyle(Mutex<Option<ColorScheme>>);

impl SystemStyle {
    pub fn get(&self) -> Option<ColorScheme> {
        self.0.lock().map(|held| *held).unwrap_or_default()
    }

    #[cfg(all(unix, not(target_os = "macos")))]
    fn set(&self, scheme: Option<ColorScheme>) {
        if let Ok(mut held) = self.0.lock() {
            *held = scheme;
        }
    }
}

#[cfg(all(unix, not(target_os = "macos")))]
pub use portal::watch;

/// Nothing to watch: the web view follows the system itself.
#[cfg(not(all(unix, not(target_os = "macos"))))]
pub fn watch<R: tauri::Runtime>(_app: &tauri::AppHandle<R>) {}

#[cfg(all(unix, not(target_os = "macos")))]
mod portal {
    //! The settings portal over the session bus.

    use tauri::{AppHandle, Emitter, Manager, Runtime};
    use zbus::blocking::{Connection, Proxy};
    use zbus::zvariant::{OwnedValue, Value};

    use super::{ColorScheme, SystemStyle, CHANGED};

    const NAMESPACE: &str = "org.freedesktop.appearance";
    const KEY: &str = "color-scheme";

    /// Reads the preference and follows its changes, on a thread of its
    /// own for as long as Balans runs.
    pub fn watch<R: Runtime>(app: &AppHandle<R>) {
        let app = app.clone();
        let started = std::thread::Builder::new()
            .name("system-style".into())
            .spawn(move || {
                // No session bus or no portal is a desktop without one, not a fault.
                let _ = follow(&app);
            });
        if let Err(e) = started {
            eprintln!("balans: the desktop's dark style will not be followed: {e}");
        }
    }

    fn follow<R: Runtime>(app: &AppHandle<R>) -> zbus::Result<()> {
        let connection = Connection::session()?;
        let settings = Proxy::new(
            &connection,
            "org.freedesktop.portal.Desktop",
            "/org/freedesktop/portal/desktop",
            "org.freedesktop.portal.Settings",
        )?;
        // Subscribed before reading, so no change falls between the two.
        let changes = settings.receive_signal("SettingChanged")?;
        tell(app, read(&settings)?);
        for change in changes {
            let Ok((namespace, key, value)) =
                change.body().deserialize::<(String, String, OwnedValue)>()
            else {
                continue;
            };
            if namespace == NAMESPACE && key == KEY {
                tell(app, scheme_in(&value));
            }
        }
        Ok(())
    }

    /// The current preference: `ReadOne` where the portal has it (version
    /// 2), the older `Read`, which wraps the value once more, elsewhere.
    fn read(settings: &Proxy<'_>) -> zbus::Result<Option<ColorScheme>> {
        let value: OwnedValue = match settings.call("ReadOne", &(NAMESPACE, KEY)) {
            Ok(value) => value,
            Err(_) => settings.call("Read", &(NAMESPACE, KEY))?,
        };
        Ok(scheme_in(&value))
    }

    /// The scheme in a portal value, unwrapping variants in variants.
    pub(super) fn scheme_in(value: &Value<'_>) -> Option<ColorScheme> {
        match value {
            Value::U32(number) => ColorScheme::from_portal(*number),
            Value::Value(inner) => scheme_in(inner),
            _ => None,
        }
    }

    fn tell<R: Runtime>(app: &AppHandle<R>, scheme: Option<ColorScheme>) {
        app.state::<SystemStyle>().set(scheme);
        if let Err(e) = app.emit(CHANGED, scheme) {
            eprintln!("balans: the window could not be told the desktop's style: {e}");
        }
    }
}

#[cfg(all(test, unix, not(target_os = "macos")))]
mod tests {
    use super::portal::scheme_in;
    use super::ColorScheme;
    use zbus::zvariant::Value;

    #[test]
    fn the_portals_values_read_as_dark_light_or_nothing() {
        assert_eq!(scheme_in(&Value::U32(1)), Some(ColorScheme::Dark));
        assert_eq!(scheme_in(&Value::U32(2)), Some(ColorScheme::Light));
        assert_eq!(scheme_in(&Value::U32(0)), None);
        assert_eq!(scheme_in(&Value::U32(3)), None);
        assert_eq!(scheme_in(&Value::Str("dark".into())), None);
        let wrapped = Value::Value(Box::new(Value::Value(Box::new(Value::U32(1)))));
        assert_eq!(scheme_in(&wrapped), Some(ColorScheme::Dark));
    }
}
