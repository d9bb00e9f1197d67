//! Many processes, one ledger: what happens when the window, the tray, an
//! autostarted instance and the command line open and write the same data
//! folder at once. Every child is a real process (this binary, started with a
//! role), every ledger a real SQLite file.
//!
//! - **Many writers**: 8 processes each log 250 exchanges, opening the
//!   ledger afresh for each as a `balans log` process does; none may fail,
//!   none may be lost, and the per-person figures must equal a fresh
//!   computation. (tests/e2e runs the command line itself beside the window.)
//! - **Busy**: a write that cannot get the lock within the busy timeout is the
//!   typed `busy` error.
//! - **First open**: 4 to 8 processes open a folder that has no ledger yet;
//!   each must open it and write, and the ledger must open afterwards.
//! - **Upgrade**: a ledger at every older schema version (the committed
//!   fixtures in `tests/fixtures/schema/`), opened by 4 processes at once:
//!   none fails, one copy is made before the upgrade, and the data equals a
//!   single process's upgrade.
//! - **Killed upgrade**: SIGKILL at a random moment of an upgrade; the ledger
//!   is at the old or the new version, never between, and the next open
//!   completes it.
//!
//! `BALANS_CONCURRENCY_ROUNDS` scales the rounds (`make soak`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use balans_core::store::{DATABASE_FILE, LATEST_SCHEMA_VERSION};
use balans_core::{clock, Direction, ExchangeInput, PersonInput, Store};

#[path = "../support/random.rs"]
mod random;
use random::Random;

const WRITERS: usize = 8;
const WRITES_EACH: usize = 250;
const FIRST_OPEN_ROUNDS: usize = 200;
const UPGRADE_ROUNDS: usize = 50;
const UPGRADERS: usize = 4;
const KILLED_UPGRADE_ROUNDS: usize = 200;
const PERSON: &str = "Sanne de Vries";

type Checked = Result<String, String>;
type Check = Box<dyn FnOnce(&mut Random) -> Checked>;

/// A refusal as a child reports it: `busy: The data is busy: …`.
fn described(error: balans_core::Error) -> String {
    format!("{}: {error}", error.code())
}

/// Opens the ledger in `dir` and adds a person, as `balans people add` does.
fn add_person(dir: &Path, name: &str) -> Result<(), String> {
    let mut store = Store::open_in_dir(dir).map_err(described)?;
    store
        .add_person(&PersonInput::named(name))
        .map(drop)
        .map_err(described)
}

/// Opens the ledger in `dir` and logs advice given to [`PERSON`], as
/// `balans log PERSON gave advice --note NOTE` does.
fn log_advice(dir: &Path, note: &str) -> Result<(), String> {
    let mut store = Store::open_in_dir(dir).map_err(described)?;
    let person = store
        .person_names()
        .map_err(described)?
        .into_iter()
        .find(|p| p.name == PERSON)
        .ok_or_else(|| format!("{PERSON} is not in the ledger"))?;
    let input = ExchangeInput {
        note: note.to_owned(),
        ..ExchangeInput::new(
            &person.id,
            &clock::iso(clock::today()),
            Direction::Gave,
            "advice",
        )
    };
    store.record_exchange(&input).map(drop).map_err(described)
}

/// Prints what a child's one try came to, for the parent to count.
fn report(done: Result<(), String>) {
    match done {
        Ok(()) => println!("ok"),
        Err(error) => println!("FAIL {error}"),
    }
}

// ---- the children ----

/// `--writer DIR N TAG`: logs N exchanges, opening the ledger for each, and
/// prints `ok` or the error of each.
fn writer(dir: &Path, writes: usize, tag: &str) -> ExitCode {
    for n in 0..writes {
        report(log_advice(dir, &format!("{tag}-{n}")));
    }
    ExitCode::SUCCESS
}

/// `--opener DIR NAME`: opens the ledger (creating it if it is not there) and
/// adds one person.
fn opener(dir: &Path, name: &str) -> ExitCode {
    report(add_person(dir, name));
    ExitCode::SUCCESS
}

/// `--upgrader DIR`: opens (and so upgrades) the ledger.
fn upgrader(dir: &Path) -> ExitCode {
    report(Store::open_in_dir(dir).map(drop).map_err(described));
    ExitCode::SUCCESS
}

// ---- the parent ----

fn spawn(role: &str, args: &[&str]) -> Child {
    let me = std::env::current_exe().expect("this test's own path");
    Command::new(me)
        .arg(role)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("start a child process")
}

/// Waits for every child and returns the failures they printed.
fn failures_of(children: Vec<Child>) -> (usize, Vec<String>) {
    let (mut ok, mut failed) = (0, Vec::new());
    for child in children {
        let output = child.wait_with_output().expect("a child's output");
        for line in String::from_utf8_lossy(&output.stdout).lines() {
            match line {
                "ok" => ok += 1,
                other => failed.push(other.to_owned()),
            }
        }
        if !output.status.success() {
            failed.push(format!("a child ended with {}", output.status));
        }
    }
    (ok, failed)
}

fn integrity(path: &Path) -> Result<(), String> {
    let conn = rusqlite::Connection::open(path).map_err(|e| e.to_string())?;
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    (verdict == "ok")
        .then_some(())
        .ok_or(format!("integrity_check: {verdict}"))
}

fn count(dir: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(dir.join(DATABASE_FILE)).expect("open");
    conn.query_row(sql, [], |r| r.get(0)).expect("a count")
}

fn many_writers() -> Checked {
    let data = tempfile::tempdir().map_err(|e| e.to_string())?;
    let dir = data.path();
    add_person(dir, PERSON).map_err(|err| format!("adding {PERSON}: {err}"))?;
    let started = Instant::now();
    let dir_arg = dir.display().to_string();
    let children: Vec<Child> = (0..WRITERS)
        .map(|w| {
            spawn(
                "--writer",
                &[&dir_arg, &WRITES_EACH.to_string(), &format!("w{w}")],
            )
        })
        .collect();
    let (ok, failed) = failures_of(children);
    let took = started.elapsed();
    if !failed.is_empty() {
        return Err(format!(
            "{} of {} writes failed, the first: {}",
            failed.len(),
            WRITERS * WRITES_EACH,
            failed[0]
        ));
    }
    let store = Store::open_in_dir(dir).map_err(|e| e.to_string())?;
    let stored = count(dir, "SELECT count(*) FROM exchange");
    let notes = count(dir, "SELECT count(DISTINCT note) FROM exchange");
    let expected = (WRITERS * WRITES_EACH) as i64;
    if ok as i64 != expected || stored != expected || notes != expected {
        return Err(format!(
            "{ok} reported saved, {stored} stored, {notes} distinct; {expected} expected"
        ));
    }
    if !balans_core::figures::person_stats::consistent(&store).map_err(|e| e.to_string())? {
        return Err("the per-person figures differ from the exchanges".into());
    }
    integrity(&dir.join(DATABASE_FILE))?;
    Ok(format!(
        "{WRITERS} processes x {WRITES_EACH} writes: 0 failed, 0 lost, figures consistent, \
         in {took:.1?}"
    ))
}

fn busy_is_a_typed_error() -> Checked {
    let data = tempfile::tempdir().map_err(|e| e.to_string())?;
    let dir = data.path();
    add_person(dir, PERSON)?;
    let holder = rusqlite::Connection::open(dir.join(DATABASE_FILE)).map_err(|e| e.to_string())?;
    holder
        .execute_batch("BEGIN IMMEDIATE")
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let dir_arg = dir.display().to_string();
    let (_, failed) = failures_of(vec![spawn("--writer", &[&dir_arg, "1", "held"])]);
    let waited = started.elapsed();
    holder
        .execute_batch("ROLLBACK")
        .map_err(|e| e.to_string())?;
    match failed.as_slice() {
        [line] if line.starts_with("FAIL busy:") => Ok(format!(
            "a write held off for {waited:.1?} is refused as `busy`"
        )),
        other => Err(format!("expected one busy refusal, got {other:?}")),
    }
}

fn first_open(rounds: usize, random: &mut Random) -> Checked {
    let started = Instant::now();
    let mut processes = 0;
    for round in 1..=rounds {
        let base = tempfile::tempdir().map_err(|e| e.to_string())?;
        // The data folder itself does not exist yet either.
        let dir = base.path().join("Balans");
        let dir_arg = dir.display().to_string();
        let n = 4 + random.below(5) as usize;
        processes += n;
        let children = (0..n)
            .map(|i| spawn("--opener", &[&dir_arg, &format!("Person {i}")]))
            .collect();
        let (ok, failed) = failures_of(children);
        if !failed.is_empty() || ok != n {
            return Err(format!("round {round}: {ok} of {n} opened; {failed:?}"));
        }
        let store = Store::open_in_dir(&dir)
            .map_err(|e| format!("round {round}: the folder is left unopenable: {e}"))?;
        let people = count(&dir, "SELECT count(*) FROM person");
        if people != n as i64 || store.schema_version().ok() != Some(LATEST_SCHEMA_VERSION) {
            return Err(format!("round {round}: {people} people of {n}"));
        }
    }
    Ok(format!(
        "{rounds} rounds, {processes} processes on new folders: 0 failed, 0 unopenable, \
         in {:.1?}",
        started.elapsed()
    ))
}

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/schema")
        .join(format!("v{version}.sqlite3"))
}

/// A fresh data folder holding the fixture at `version` as its ledger.
fn folder_at(version: i64) -> Result<tempfile::TempDir, String> {
    let data = tempfile::tempdir().map_err(|e| e.to_string())?;
    std::fs::copy(fixture(version), data.path().join(DATABASE_FILE))
        .map_err(|e| format!("fixture v{version}: {e}"))?;
    Ok(data)
}

/// The JSON export of the fixture at `version` upgraded by one process, and
/// how long that upgrade took.
fn upgraded_alone(version: i64) -> Result<(Vec<u8>, Duration), String> {
    let data = folder_at(version)?;
    let started = Instant::now();
    let store = Store::open_in_dir(data.path()).map_err(|e| e.to_string())?;
    let took = started.elapsed();
    Ok((store.export_json().map_err(|e| e.to_string())?, took))
}

fn upgrade_copies(dir: &Path) -> Result<usize, String> {
    let backups =
        balans_core::files::backups::list_in(&dir.join(balans_core::files::backups::BACKUP_FOLDER))
            .map_err(|e| e.to_string())?;
    Ok(backups.iter().filter(|b| b.reason == "migration").count())
}

fn concurrent_upgrades(rounds: usize) -> Checked {
    let started = Instant::now();
    for version in 1..LATEST_SCHEMA_VERSION {
        let (alone, _) = upgraded_alone(version)?;
        for round in 1..=rounds {
            let data = folder_at(version)?;
            let dir_arg = data.path().display().to_string();
            let children = (0..UPGRADERS)
                .map(|_| spawn("--upgrader", &[&dir_arg]))
                .collect();
            let (ok, failed) = failures_of(children);
            let at = format!("version {version}, round {round}");
            if !failed.is_empty() || ok != UPGRADERS {
                return Err(format!("{at}: {ok} of {UPGRADERS} opened; {failed:?}"));
            }
            let copies = upgrade_copies(data.path())?;
            if copies != 1 {
                return Err(format!("{at}: {copies} copies before the upgrade, not 1"));
            }
            let store = Store::open_in_dir(data.path()).map_err(|e| format!("{at}: {e}"))?;
            if store.export_json().map_err(|e| e.to_string())? != alone {
                return Err(format!("{at}: the data differs from one process's upgrade"));
            }
        }
    }
    Ok(format!(
        "versions 1 to {} x {rounds} rounds x {UPGRADERS} processes: 0 failed, one copy \
         each, data as a single upgrade, in {:.1?}",
        LATEST_SCHEMA_VERSION - 1,
        started.elapsed()
    ))
}

fn killed_upgrades(rounds: usize, random: &mut Random) -> Checked {
    let started = Instant::now();
    let mut reference = Vec::new();
    for version in 1..LATEST_SCHEMA_VERSION {
        reference.push(upgraded_alone(version)?);
    }
    let (mut old, mut new) = (0, 0);
    for round in 1..=rounds {
        let version = 1 + (round as i64 - 1) % (LATEST_SCHEMA_VERSION - 1);
        let (alone, took) = &reference[version as usize - 1];
        let data = folder_at(version)?;
        let dir_arg = data.path().display().to_string();
        let mut child = spawn("--upgrader", &[&dir_arg]);
        // Up to twice a whole upgrade plus the process's start.
        let window = 2 * (took.as_micros() as u64 + 5_000);
        std::thread::sleep(Duration::from_micros(random.below(window)));
        let killed = child.kill();
        child.wait().map_err(|e| e.to_string())?;
        killed.map_err(|e| e.to_string())?;
        let at = format!("version {version}, round {round}");
        let path = data.path().join(DATABASE_FILE);
        integrity(&path).map_err(|e| format!("{at}: {e}"))?;
        let found: i64 = rusqlite::Connection::open(&path)
            .and_then(|c| c.pragma_query_value(None, "user_version", |r| r.get(0)))
            .map_err(|e| e.to_string())?;
        match found {
            v if v == version => old += 1,
            v if v == LATEST_SCHEMA_VERSION => new += 1,
            v => return Err(format!("{at}: left at version {v}, between the two")),
        }
        let store = Store::open_in_dir(data.path()).map_err(|e| format!("{at}: {e}"))?;
        if store.export_json().map_err(|e| e.to_string())? != *alone {
            return Err(format!(
                "{at}: the data differs from an upgrade never killed"
            ));
        }
        let copies = upgrade_copies(data.path())?;
        if copies != 1 {
            return Err(format!("{at}: {copies} copies before the upgrade, not 1"));
        }
    }
    Ok(format!(
        "{rounds} rounds: {old} left at the old version, {new} at the new, none between; \
         each completed on the next open with one copy, in {:.1?}",
        started.elapsed()
    ))
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    let arg = |i: usize| args.get(i).map(String::as_str).unwrap_or_default();
    match arg(1) {
        "--writer" => {
            return writer(Path::new(arg(2)), arg(3).parse().unwrap_or(0), arg(4));
        }
        "--opener" => return opener(Path::new(arg(2)), arg(3)),
        "--upgrader" => return upgrader(Path::new(arg(2))),
        _ => {}
    }
    let scale: usize = std::env::var("BALANS_CONCURRENCY_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(1)
        .max(1);
    let (mut random, seed) = Random::from_clock();
    let checks: Vec<(&str, Check)> = vec![
        ("many writers", Box::new(|_| many_writers())),
        ("busy", Box::new(|_| busy_is_a_typed_error())),
        (
            "first open",
            Box::new(move |r| first_open(FIRST_OPEN_ROUNDS * scale, r)),
        ),
        (
            "upgrade",
            Box::new(move |_| concurrent_upgrades(UPGRADE_ROUNDS * scale)),
        ),
        (
            "killed upgrade",
            Box::new(move |r| killed_upgrades(KILLED_UPGRADE_ROUNDS * scale, r)),
        ),
    ];
    let (mut passed, mut failed) = (0, 0);
    for (name, check) in checks {
        match check(&mut random) {
            Ok(summary) => {
                passed += 1;
                println!("concurrency: {name} ... ok: {summary}");
            }
            Err(problem) => {
                failed += 1;
                println!("concurrency: {name} ... FAILED (seed {seed}): {problem}");
            }
        }
    }
    println!("concurrency: {passed} passed, {failed} failed");
    if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
