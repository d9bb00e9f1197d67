//! Balans files carried by two real Syncthing instances on this machine
//! (tests/support/syncthing.rs): a plain file first, then a ledger synced
//! through the command line on two data folders.

use std::cell::RefCell;
use std::fs;
use std::path::Path;
use std::time::Duration;

use serde_json::Value;
use tempfile::TempDir;

use crate::process::balans_in;
use crate::syncthing_pair::{SyncthingPair, SYNC_TIMEOUT};

/// Writes `bytes` to `name` under `folder` as the app will: to a temporary
/// name beside it first, then renamed, so no reader sees half a file.
fn write_by_rename(folder: &Path, name: &str, bytes: &[u8]) {
    let path = folder.join(name);
    fs::create_dir_all(path.parent().expect("a file in a folder")).expect("the folders are made");
    let mut temporary = path.clone().into_os_string();
    temporary.push(".tmp");
    fs::write(&temporary, bytes).expect("the temporary file is written");
    fs::rename(&temporary, &path).expect("the temporary file is renamed");
}

/// Whether `name` under `folder` is there with exactly these bytes.
fn holds(folder: &Path, name: &str, bytes: &[u8]) -> bool {
    fs::read(folder.join(name)).is_ok_and(|found| found == bytes)
}

#[test]
fn a_file_written_in_one_folder_arrives_in_the_other() {
    let pair = SyncthingPair::start();

    let from_a = "balans-sync/device-a/0000000001.changes";
    let bytes_a = b"changes from a\n\x00\xff not text, kept byte for byte\n";
    write_by_rename(pair.folder_a(), from_a, bytes_a);
    assert!(
        pair.wait_for(|| holds(pair.folder_b(), from_a, bytes_a), SYNC_TIMEOUT),
        "{from_a} did not reach folder b within {SYNC_TIMEOUT:?} (logs below)"
    );

    let from_b = "balans-sync/device-b/0000000001.changes";
    let bytes_b = b"changes from b\n";
    write_by_rename(pair.folder_b(), from_b, bytes_b);
    assert!(
        pair.wait_for(|| holds(pair.folder_a(), from_b, bytes_b), SYNC_TIMEOUT),
        "{from_b} did not reach folder a within {SYNC_TIMEOUT:?} (logs below)"
    );
}

/// A computer with a ledger of its own: a data folder in a temporary folder
/// of its own, outside both copies of the synced folder (Balans refuses a
/// data folder inside the one it syncs through).
struct Computer {
    name: &'static str,
    data: TempDir,
}

impl Computer {
    fn new(name: &'static str) -> Computer {
        let data = tempfile::tempdir().expect("a temporary data folder");
        Computer { name, data }
    }

    /// Runs `balans --data-dir DATA WORDS…` and returns what it printed;
    /// panics with its exit code, stdout and stderr if it fails.
    fn balans(&self, words: &[&str]) -> String {
        let ran = balans_in(self.data.path(), words);
        let stdout = String::from_utf8_lossy(&ran.stdout).into_owned();
        if ran.code != 0 {
            panic!(
                "on computer {}, `balans {}` failed (exit {}):\n\
                 ----- stdout -----\n{stdout}\n----- stderr -----\n{}",
                self.name,
                words.join(" "),
                ran.code,
                String::from_utf8_lossy(&ran.stderr)
            );
        }
        stdout
    }

    /// `balans WORDS… --json`, parsed.
    fn json(&self, words: &[&str]) -> Value {
        let printed = self.balans(&[words, &["--json"]].concat());
        serde_json::from_str(&printed).unwrap_or_else(|error| {
            panic!(
                "on computer {}, `balans {} --json` printed no JSON ({error}):\n{printed}",
                self.name,
                words.join(" ")
            )
        })
    }

    /// `sync setup` through `folder`.
    fn sync_setup(&self, folder: &Path) -> String {
        let folder = folder.to_str().expect("the synced folder's path is UTF-8");
        self.balans(&["sync", "setup", folder])
    }

    /// This computer's line in `balances --json` for `name`, if it has one.
    fn balance_with(&self, name: &str) -> Option<Value> {
        let balances = self.json(&["balances"]);
        let rows = balances.as_array().unwrap_or_else(|| {
            panic!(
                "on computer {}, `balances --json` is not a list: {balances}",
                self.name
            )
        });
        rows.iter().find(|row| row["name"] == name).cloned()
    }

    /// Runs `balans sync` until `name`'s balance here is `balance`, checking
    /// as often as `pair` polls, for up to `timeout`; panics with what the
    /// last round said and the balances if it never is.
    fn sync_until_balance(
        &self,
        pair: &SyncthingPair,
        name: &str,
        balance: f64,
        timeout: Duration,
    ) {
        let last_round = RefCell::new(String::new());
        let there = || {
            *last_round.borrow_mut() = self.balans(&["sync"]);
            self.balance_with(name)
                .is_some_and(|row| row["balance"].as_f64() == Some(balance))
        };
        if !pair.wait_for(there, timeout) {
            panic!(
                "on computer {}, {name}'s balance was not {balance} within {timeout:?} \
                 (syncthing logs below)\n----- the last `balans sync` said -----\n{}\
                 ----- balances -----\n{}----- sync status -----\n{}",
                self.name,
                last_round.borrow(),
                self.balans(&["balances"]),
                self.balans(&["sync", "status"]),
            );
        }
    }

    /// `sync status --json`: panics if this computer does not sync.
    fn sync_status(&self) -> Value {
        let status = self.json(&["sync", "status"]);
        assert_eq!(
            status["syncing"], true,
            "computer {} does not sync: {status}",
            self.name
        );
        status
    }

    /// This computer's id, as `sync status` gives it.
    fn device(&self) -> String {
        let status = self.sync_status();
        let device = status["device"].as_str().unwrap_or_else(|| {
            panic!(
                "computer {}'s sync status names no device: {status}",
                self.name
            )
        });
        device.to_owned()
    }

    /// Asserts that `sync status --json` lists `other` among the computers
    /// whose changes were applied here.
    fn assert_knows(&self, other: &Computer) {
        let status = self.sync_status();
        let other_device = other.device();
        let listed = status["devices"]
            .as_array()
            .is_some_and(|devices| devices.iter().any(|d| d["device"] == other_device.as_str()));
        assert!(
            listed,
            "computer {}'s sync status does not list computer {} ({other_device}):\n{status:#}",
            self.name, other.name
        );
    }
}

/// Whether `file` is there as a whole `.changes` file (Syncthing writes a
/// `.syncthing.*.tmp` beside it and renames it when it is complete).
fn arrived(file: &Path) -> bool {
    file.is_file()
}

#[test]
fn an_exchange_logged_on_one_computer_shows_on_the_other_through_syncthing() {
    let pair = SyncthingPair::start();
    let a = Computer::new("a");
    let b = Computer::new("b");
    let ilse = "Ilse de Wit";
    let note = "Tips voor de offerte, gedeeld via Syncthing";

    a.balans(&["people", "add", ilse]);
    a.balans(&["log", ilse, "gave", "advice", "--note", note]);
    let said = a.sync_setup(pair.folder_a());
    assert!(
        said.contains("Changes written to the synced folder: 1"),
        "computer a's `sync setup` wrote no changes:\n{said}"
    );
    let device_a = a.device();

    // B joins once A's first file has crossed over.
    let first_of_a = pair
        .folder_b()
        .join("balans-sync")
        .join(&device_a)
        .join("0000000001.changes");
    assert!(
        pair.wait_for(|| arrived(&first_of_a), SYNC_TIMEOUT),
        "{} did not reach folder b within {SYNC_TIMEOUT:?} (logs below)",
        first_of_a.display()
    );
    b.sync_setup(pair.folder_b());
    b.sync_until_balance(&pair, ilse, 2.0, SYNC_TIMEOUT);

    let row = b.balance_with(ilse).expect("Ilse is in b's balances");
    assert_eq!(row["given"], 2.0, "b's balance with Ilse: {row}");
    assert_eq!(row["received"], 0.0, "b's balance with Ilse: {row}");
    assert_eq!(row["exchanges"], 1, "b's balance with Ilse: {row}");
    let page = b.json(&["person", ilse]);
    let exchanges = page["exchanges"].as_array().expect("a list of exchanges");
    assert_eq!(exchanges.len(), 1, "Ilse's exchanges on b: {page:#}");
    assert_eq!(exchanges[0]["direction"], "gave", "on b: {page:#}");
    assert_eq!(exchanges[0]["kind"], "advice", "on b: {page:#}");
    assert_eq!(exchanges[0]["note"], note, "on b: {page:#}");

    // And back: what B logs reaches A.
    b.balans(&["log", ilse, "received", "referral"]);
    let said = b.balans(&["sync"]);
    assert!(
        said.contains("Changes written to the synced folder: 1"),
        "computer b's `sync` wrote no changes after a log:\n{said}"
    );
    a.sync_until_balance(&pair, ilse, -3.0, SYNC_TIMEOUT);

    let row = a.balance_with(ilse).expect("Ilse is in a's balances");
    assert_eq!(row["given"], 2.0, "a's balance with Ilse: {row}");
    assert_eq!(row["received"], 5.0, "a's balance with Ilse: {row}");
    assert_eq!(row["exchanges"], 2, "a's balance with Ilse: {row}");
    assert_eq!(
        row["person_id"],
        b.balance_with(ilse).expect("Ilse is in b's balances")["person_id"],
        "Ilse is one person on both computers"
    );

    a.assert_knows(&b);
    b.assert_knows(&a);
}
