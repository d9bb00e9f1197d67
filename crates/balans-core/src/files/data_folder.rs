//! Where the user's ledger lives, decided in one place for the window and the
//! command line, so the two always open the same file. `--data-dir` or
//! `BALANS_DATA_DIR` move it (a second ledger, a USB stick, tests); otherwise
//! it is the platform's data folder (from the `dirs` crate: the XDG data home
//! on Linux, Application Support on macOS, the roaming AppData on Windows)
//! joined with the app's identifier. Tauri's own `app_data_dir` is the same
//! folder, but the command line must not need Tauri to find it.

use std::ffi::OsString;
use std::path::PathBuf;

/// The environment variable that moves the data folder.
pub const DATA_DIR_ENV: &str = "BALANS_DATA_DIR";

/// The app's identifier: the name of its folder in the platform's data
/// folder. tauri.conf.json says the same; a test holds the two together.
pub const APP_IDENTIFIER: &str = "nl.balans.desktop";

/// The folder named by the flag, else by [`DATA_DIR_ENV`], else the
/// platform's; `None` only when the platform has no data folder (no home).
pub fn resolve(flag: Option<PathBuf>) -> Option<PathBuf> {
    chosen(flag, std::env::var_os(DATA_DIR_ENV)).or_else(platform)
}

/// The folder the user chose, the flag before the environment; an empty
/// variable counts as not set.
fn chosen(flag: Option<PathBuf>, env: Option<OsString>) -> Option<PathBuf> {
    flag.or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from))
}

/// The platform's folder for this app's data.
fn platform() -> Option<PathBuf> {
    dirs::data_dir().map(|dir| dir.join(APP_IDENTIFIER))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_flag_wins_over_the_environment_and_empty_is_unset() {
        let env = Some(OsString::from("/b"));
        assert_eq!(
            chosen(Some("/a".into()), env.clone()),
            Some(PathBuf::from("/a"))
        );
        assert_eq!(chosen(None, env), Some(PathBuf::from("/b")));
        assert_eq!(chosen(None, Some(OsString::new())), None);
        assert_eq!(chosen(None, None), None);
    }

    #[test]
    fn the_platform_folder_ends_in_the_identifier() {
        if let Some(dir) = platform() {
            assert!(dir.ends_with(APP_IDENTIFIER), "{}", dir.display());
        }
    }
}
