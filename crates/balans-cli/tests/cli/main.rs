//! The `balans` binary as users and scripts meet it, run as a process:
//! every command, its output and exit code, the conventions of a command-line
//! tool, hostile text in and out, and every example in docs/cli.md.

mod commands;
mod conventions;
mod docs;
mod hostile;
mod language;
mod process;
mod spreadsheets;
mod syncthing;
#[path = "../../../../tests/support/syncthing.rs"]
mod syncthing_pair;
