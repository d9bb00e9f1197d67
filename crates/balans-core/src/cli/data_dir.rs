//! Which data folder the command line works on. By default the same folder
//! the desktop app uses (Tauri's app data folder for the identifier
//! `nl.balans.desktop`), so the window and the command line share one ledger;
//! `--data-dir` or `BALANS_DATA_DIR` move it, as they do for the app.

use std::ffi::OsString;
use std::path::PathBuf;

use super::failure::Failure;

/// The environment variable that overrides the data folder.
pub const DATA_DIR_ENV: &str = "BALANS_DATA_DIR";
/// The desktop app's identifier, the name of its folder under the app data folder.
pub const APP_IDENTIFIER: &str = "nl.balans.desktop";

/// The flag first, then the environment, then the platform's app data folder.
pub(crate) fn resolve(flag: Option<PathBuf>) -> Result<PathBuf, Failure> {
    flag.or_else(|| {
        std::env::var_os(DATA_DIR_ENV)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    })
    .or_else(|| data_home(|name| std::env::var_os(name)).map(|d| d.join(APP_IDENTIFIER)))
    .ok_or_else(|| {
        Failure::usage(format!(
            "No data folder could be found; give one with --data-dir DIR or {DATA_DIR_ENV}."
        ))
    })
}

fn absolute(value: Option<OsString>) -> Option<PathBuf> {
    value.map(PathBuf::from).filter(|p| p.is_absolute())
}

/// `$XDG_DATA_HOME`, else `~/.local/share`, as the desktop app's Tauri reads it.
#[cfg(all(unix, not(target_os = "macos")))]
fn data_home(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    absolute(var("XDG_DATA_HOME")).or_else(|| absolute(var("HOME")).map(|h| h.join(".local/share")))
}

#[cfg(target_os = "macos")]
fn data_home(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    absolute(var("HOME")).map(|h| h.join("Library/Application Support"))
}

#[cfg(windows)]
fn data_home(var: impl Fn(&str) -> Option<OsString>) -> Option<PathBuf> {
    absolute(var("APPDATA"))
}

#[cfg(all(test, unix, not(target_os = "macos")))]
mod tests {
    use super::*;

    #[test]
    fn xdg_data_home_wins_over_home() {
        fn env(xdg: Option<&'static str>) -> impl Fn(&str) -> Option<OsString> {
            move |name| match name {
                "XDG_DATA_HOME" => xdg.map(OsString::from),
                "HOME" => Some(OsString::from("/home/bernard")),
                _ => None,
            }
        }
        assert_eq!(data_home(env(Some("/data"))), Some(PathBuf::from("/data")));
        assert_eq!(
            data_home(env(None)),
            Some(PathBuf::from("/home/bernard/.local/share"))
        );
        assert_eq!(
            data_home(env(Some("relative"))),
            Some(PathBuf::from("/home/bernard/.local/share")),
            "a relative XDG_DATA_HOME is ignored, as the spec says"
        );
    }
}
