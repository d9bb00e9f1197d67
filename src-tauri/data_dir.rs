//! Where the user's data lives. The operating system's app data folder by
//! default; `--data-dir` or `BALANS_DATA_DIR` move it, for tests, for a second
//! ledger, and for portable use from a USB stick.

use std::ffi::OsString;
use std::path::PathBuf;

pub use balans_core::cli::DATA_DIR_ENV;

/// The first argument that is not the data folder option or its value: a
/// subcommand, when there is one.
pub fn first_word(args: &[String]) -> Option<&str> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        if arg == "--data-dir" {
            iter.next();
        } else if !arg.starts_with("--data-dir=") {
            return Some(arg);
        }
    }
    None
}

/// The folder named on the command line or in the environment, the flag first.
/// `None` means: use the platform's app data folder.
pub fn override_from(args: &[OsString], env: Option<OsString>) -> Option<PathBuf> {
    flag_value(args).or_else(|| env.filter(|v| !v.is_empty()).map(PathBuf::from))
}

fn flag_value(args: &[OsString]) -> Option<PathBuf> {
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        let text = arg.to_string_lossy();
        if text == "--data-dir" {
            return iter.next().map(PathBuf::from);
        }
        if let Some(value) = text.strip_prefix("--data-dir=") {
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
    fn the_flag_wins_over_the_environment() {
        let found = override_from(&args(&["balans", "--data-dir", "/a"]), Some("/b".into()));
        assert_eq!(found, Some(PathBuf::from("/a")));
        let found = override_from(&args(&["balans", "--data-dir=/c"]), Some("/b".into()));
        assert_eq!(found, Some(PathBuf::from("/c")));
    }

    #[test]
    fn the_subcommand_is_found_behind_the_data_folder() {
        let words = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            first_word(&words(&["--data-dir", "/a", "people"])),
            Some("people")
        );
        assert_eq!(
            first_word(&words(&["--data-dir=/a", "balances"])),
            Some("balances")
        );
        assert_eq!(first_word(&words(&["--data-dir", "/a"])), None);
    }

    #[test]
    fn the_environment_is_used_without_a_flag() {
        assert_eq!(
            override_from(&args(&["balans"]), Some("/b".into())),
            Some(PathBuf::from("/b"))
        );
        assert_eq!(override_from(&args(&["balans"]), Some("".into())), None);
        assert_eq!(override_from(&args(&["balans", "--other"]), None), None);
    }
}
