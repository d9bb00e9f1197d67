//! Which data folder the window opens: `--data-dir DIR` on its command line
//! (as `balans --data-dir DIR` hands it over), else what the core's one
//! resolution says (`BALANS_DATA_DIR`, else the platform's folder), the same
//! folder the command line uses.

use std::ffi::OsString;
use std::path::PathBuf;

use balans_core::files::data_folder;

/// The folder for these program arguments, or `None` when the platform has
/// no data folder and none was named.
pub fn for_args(args: &[OsString]) -> Option<PathBuf> {
    data_folder::resolve(flag_value(args))
}

fn flag_value(args: &[OsString]) -> Option<PathBuf> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--data-dir" {
            return iter.next().map(PathBuf::from);
        }
        if let Some(value) = arg.to_str().and_then(|a| a.strip_prefix("--data-dir=")) {
            return Some(PathBuf::from(value));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<OsString> {
        list.iter().map(OsString::from).collect()
    }

    #[test]
    fn the_flag_is_read_in_both_spellings() {
        let found = flag_value(&args(&["balans-desktop", "--data-dir", "/a"]));
        assert_eq!(found, Some(PathBuf::from("/a")));
        let found = flag_value(&args(&["balans-desktop", "--data-dir=/c"]));
        assert_eq!(found, Some(PathBuf::from("/c")));
        assert_eq!(flag_value(&args(&["balans-desktop", "--other"])), None);
        assert_eq!(
            for_args(&args(&["balans-desktop", "--data-dir", "/a"])),
            Some(PathBuf::from("/a"))
        );
    }

    /// The core names the folder by the identifier; Tauri reads it from the
    /// configuration. Two spellings of one fact must agree.
    #[test]
    fn the_identifier_is_the_one_in_tauri_conf() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], data_folder::APP_IDENTIFIER);
    }
}
