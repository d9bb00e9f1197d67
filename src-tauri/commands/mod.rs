//! The commands the window may call, one module per part of the ledger. Each
//! one hands its input to the core and returns the core's answer or its
//! `{code, message, field}` error. A command that reads takes the ledger as
//! [`Ledger`]; one that writes goes through `ledger::change`, so the tray and
//! the window follow every change at once. Every command is also listed in
//! `build.rs` and in the window's capability. The ledger's commands run on
//! the async runtime's threads, not on the main thread: a long read of a
//! large ledger must never hold up the main thread, which also serves the
//! window its pages and scripts and keeps the tray alive.

pub mod calendar;
pub mod example;
pub mod exchanges;
mod import_progress;
pub mod keep_running;
pub mod merging;
pub mod organisations;
pub mod overview;
pub mod people;
pub mod reminders;
pub mod settings;
pub mod startup;
pub mod sync;
pub mod transfer;

use balans_core::ErrorPayload;
use tauri::State;

use crate::ledger::LedgerState;

/// What a command answers: its result, or the core's error for the window.
pub type Answer<T> = Result<T, ErrorPayload>;
/// The ledger, for reading.
pub type Ledger<'a> = State<'a, LedgerState>;

#[cfg(test)]
mod tests {
    //! A command must be defined, registered in the handler, listed in the app
    //! manifest and allowed in the capability; missing any one of them makes it
    //! fail only at run time, so the four lists are compared here. And a
    //! command that wrote around `ledger::change` would leave the tray and the
    //! window behind, so none may.

    use std::collections::BTreeSet;
    use std::path::PathBuf;

    /// Every module of commands in this folder, by file name, with its source.
    fn sources() -> Vec<(String, String)> {
        let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src-tauri/commands");
        let mut found: Vec<_> = std::fs::read_dir(&folder)
            .expect("the commands folder")
            .map(|entry| entry.expect("an entry").path())
            .filter(|path| path.extension().is_some_and(|e| e == "rs"))
            .filter(|path| !path.ends_with("mod.rs"))
            .map(|path| {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                (
                    name,
                    std::fs::read_to_string(&path).expect("a readable source"),
                )
            })
            .collect();
        found.sort();
        found
    }

    fn defined() -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        for (_, source) in sources() {
            let mut lines = source.lines();
            while let Some(line) = lines.next() {
                if line.trim().starts_with("#[tauri::command") {
                    let signature = lines.next().unwrap_or_default();
                    let name = signature.trim().trim_start_matches("pub fn ");
                    let end = name.find(['(', '<']).unwrap_or(name.len());
                    names.insert(name[..end].to_owned());
                }
            }
        }
        names
    }

    fn quoted_in(source: &str, from: &str, to: &str) -> BTreeSet<String> {
        let start = source.find(from).expect("list start") + from.len();
        let end = start + source[start..].find(to).expect("list end");
        source[start..end]
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_command_is_registered_listed_and_allowed() {
        let defined = defined();
        assert!(
            defined.len() > 20,
            "the command list should be read from the commands folder"
        );

        let manifest = quoted_in(include_str!("../build.rs"), ".commands(&[", "]");
        assert_eq!(
            manifest, defined,
            "build.rs should list exactly the defined commands"
        );

        let handler: BTreeSet<String> = include_str!("../lib.rs")
            .lines()
            .filter_map(|l| l.trim().strip_prefix("commands::"))
            .filter_map(|l| l.trim_end_matches(',').rsplit("::").next())
            .map(str::to_owned)
            .collect();
        assert_eq!(
            handler, defined,
            "lib.rs should register exactly the defined commands"
        );

        let capability: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/main-window.json")).unwrap();
        let permissions = capability["permissions"].as_array().unwrap();
        let (scoped, named): (Vec<_>, Vec<_>) = permissions.iter().partition(|p| p.is_object());
        assert_eq!(
            scoped,
            [&serde_json::json!({
                "identifier": "opener:allow-open-url",
                "allow": [{ "url": "mailto:*" }, { "url": "tel:*" }, { "url": "https://*" }]
            })],
            "the opener opens only mail, phone and https links"
        );
        let (core, own): (Vec<_>, Vec<_>) = named
            .into_iter()
            .partition(|p| p.as_str().unwrap().contains(':'));
        assert_eq!(
            core,
            ["core:event:allow-listen", "core:event:allow-unlisten"],
            "beyond its own commands and opening links the window may only listen to events"
        );
        let allowed: BTreeSet<String> = own
            .iter()
            .map(|p| {
                p.as_str()
                    .unwrap()
                    .trim_start_matches("allow-")
                    .replace('-', "_")
            })
            .collect();
        assert_eq!(
            allowed, defined,
            "the capability should allow exactly the defined commands"
        );
    }

    #[test]
    fn no_command_writes_around_the_change() {
        for (file, source) in sources() {
            for (number, line) in source.lines().enumerate() {
                assert!(
                    !line.contains(".write("),
                    "commands/{file}:{}: writes go through change::write, which \
                     brings the tray and the window along: {line}",
                    number + 1
                );
            }
        }
    }
}
