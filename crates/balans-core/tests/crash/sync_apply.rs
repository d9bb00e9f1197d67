//! Crash safety of sync: a SIGKILL during an apply leaves a consistent
//! ledger that completes on the next round.
//!
//! Once: computer A logs its people, then batches of exchanges, one sync
//! file per batch, into a shared folder that computer B joined before A
//! wrote anything; B's data folder, as it was then, is the template. A's
//! ledger after each of its files is what B must hold once it has applied
//! that many. Each round, a copy of the template is brought up to date by
//! this binary started with `--sync-applier <data folder>`, which is killed
//! with SIGKILL at a random moment within the time a whole apply takes.
//! Then the ledger must pass `integrity_check`, its figures and search index
//! must be consistent, and it must hold exactly what A's first k files hold,
//! k being how many of A's files it notes as applied: no file half applied,
//! none applied without its note, none noted without being applied. One
//! more round must then apply the rest and end with what A has.
//!
//! `BALANS_SYNC_CRASH_ROUNDS` sets the number of rounds (100 by default;
//! half of `BALANS_CRASH_ROUNDS` when only that is set, as `make soak` does).

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use balans_core::sync::SYNC_ROOT;
use balans_core::{Direction, ExchangeInput, PersonInput, Store};
use rusqlite::Connection;
use tempfile::TempDir;

use crate::random::Random;

pub const DEFAULT_ROUNDS: usize = 100;
const PEOPLE: usize = 5;
/// The exchanges in each of A's files after its first (which holds the
/// people): all different, so that a count tells which files it came from.
const BATCHES: &[usize] = &[150, 110, 170, 90, 130];
/// What the applier prints once the ledger is open, once all is applied,
/// and before why it stopped by itself.
const OPENED: &str = "opened";
const DONE: &str = "done";
const FAILED: &str = "failed: ";

/// The applier: opens the ledger in `dir` and runs rounds until one applies
/// nothing, unless it is killed first. An error is printed, not panicked on,
/// so that the check tells it from a kill.
pub fn apply_all(dir: &Path) -> ExitCode {
    let applied = Store::open_in_dir(dir).and_then(|mut store| {
        println!("{OPENED}");
        while store.sync_round()?.applied > 0 {}
        Ok(())
    });
    match applied {
        Ok(()) => {
            println!("{DONE}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            println!("{FAILED}{error}");
            ExitCode::FAILURE
        }
    }
}

fn text(error: impl std::fmt::Display) -> String {
    error.to_string()
}

/// Everything B, A's files applied, must share with A.
fn ledger(conn: &Connection) -> Result<String, String> {
    crate::synced_ledger::synced_ledger(conn).map_err(text)
}

fn open_file(dir: &Path) -> Result<Connection, String> {
    Connection::open(dir.join(balans_core::store::DATABASE_FILE)).map_err(text)
}

fn count(conn: &Connection, sql: &str) -> Result<i64, String> {
    conn.query_row(sql, [], |r| r.get(0)).map_err(text)
}

/// Copies a closed ledger's data folder, its write-ahead log and all.
fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}

/// Every entry file in the shared folder, with its length: an apply must
/// leave them as they are. (Each computer's `applied.json` beside them is
/// rewritten by design.)
fn folder_files(folder: &Path) -> Result<Vec<(PathBuf, u64)>, String> {
    let mut found = Vec::new();
    for device in std::fs::read_dir(folder.join(SYNC_ROOT)).map_err(text)? {
        for file in std::fs::read_dir(device.map_err(text)?.path()).map_err(text)? {
            let file = file.map_err(text)?;
            if file.path().extension().is_some_and(|e| e == "changes") {
                found.push((file.path(), file.metadata().map_err(text)?.len()));
            }
        }
    }
    found.sort();
    Ok(found)
}

/// The shared folder, B's template, and what B must hold after each number
/// of A's files.
struct Setup {
    _temporary: Vec<TempDir>,
    folder: PathBuf,
    template: PathBuf,
    files: Vec<(PathBuf, u64)>,
    device_a: String,
    /// The exchanges in A's files 1, 2, … at 0, 1, …
    per_file: Vec<i64>,
    /// B's ledger after A's first k files, at k.
    expected: Vec<String>,
}

impl Setup {
    fn new() -> Result<Setup, String> {
        let folder = tempfile::tempdir().map_err(text)?;
        let b = tempfile::tempdir().map_err(text)?;
        let a = tempfile::tempdir().map_err(text)?;
        {
            let mut store = Store::open_in_dir(b.path()).map_err(text)?;
            store.sync_setup(folder.path(), b.path()).map_err(text)?;
        }
        let mut expected = vec![ledger(&open_file(b.path())?)?];
        // A's first file holds its people and no exchanges.
        let mut per_file = vec![0];
        let mut store = Store::open_in_dir(a.path()).map_err(text)?;
        let people: Vec<String> = (0..PEOPLE)
            .map(|n| {
                store
                    .add_person(&PersonInput::named(&format!("Person {n}")))
                    .map(|person| person.id)
                    .map_err(text)
            })
            .collect::<Result<_, _>>()?;
        let joined = store.sync_setup(folder.path(), a.path()).map_err(text)?;
        if joined.written != 1 || joined.applied != 1 {
            return Err(format!("A's setup wrote and applied {joined:?}"));
        }
        let device_a = store
            .sync_status()
            .map_err(text)?
            .ok_or("A does not sync")?
            .device;
        let a_file = open_file(a.path())?;
        expected.push(ledger(&a_file)?);
        let mut n = 0u64;
        for &size in BATCHES {
            store
                .all_or_nothing(|store| {
                    for _ in 0..size {
                        let direction = match n % 3 {
                            0 => Direction::Received,
                            _ => Direction::Gave,
                        };
                        let date = format!("2025-{:02}-{:02}", 1 + n % 12, 1 + n % 28);
                        let mut input = ExchangeInput::new(
                            &people[(n as usize) % PEOPLE],
                            &date,
                            direction,
                            "advice",
                        );
                        input.value = Some(1.0 + (n % 9) as f64 * 0.5);
                        input.note = format!("apply {n} {}", "y".repeat((n % 5) as usize * 30));
                        store.record_exchange(&input)?;
                        n += 1;
                    }
                    Ok(())
                })
                .map_err(text)?;
            let round = store.sync_round().map_err(text)?;
            if round.written != 1 {
                return Err(format!("a batch of {size} made {} files", round.written));
            }
            per_file.push(size as i64);
            expected.push(ledger(&a_file)?);
        }
        let files = folder_files(folder.path())?;
        if files.len() != 1 + per_file.len() {
            return Err(format!(
                "{} files in the shared folder; B wrote 1 and A {}",
                files.len(),
                per_file.len()
            ));
        }
        Ok(Setup {
            folder: folder.path().to_path_buf(),
            template: b.path().to_path_buf(),
            files,
            device_a,
            per_file,
            expected,
            _temporary: vec![folder, b, a],
        })
    }

    /// How many files A wrote.
    fn files_of_a(&self) -> usize {
        self.per_file.len()
    }

    /// A fresh copy of B as it joined, in a folder of its own.
    fn copy_of_b(&self) -> Result<TempDir, String> {
        let dir = tempfile::tempdir().map_err(text)?;
        copy_dir(&self.template, dir.path()).map_err(text)?;
        Ok(dir)
    }

    /// What is wrong with B's ledger in `dir`, if anything; else how many of
    /// A's files it holds.
    fn check(&self, dir: &Path) -> Result<usize, String> {
        let conn = open_file(dir)?;
        crate::sound(&conn)?;
        let exchanges = count(&conn, "SELECT count(*) FROM exchange")?;
        let people = count(&conn, "SELECT count(*) FROM person")?;
        let held = ledger(&conn)?;
        drop(conn);
        let store = Store::open_in_dir(dir).map_err(text)?;
        if !balans_core::figures::person_stats::consistent(&store).map_err(text)? {
            return Err("the per-person figures differ from the exchanges".into());
        }
        let status = store
            .sync_status()
            .map_err(text)?
            .ok_or("B no longer syncs")?;
        if status.unwritten != 0 {
            return Err(format!(
                "{} changes of B's own wait to be written; applying must record none",
                status.unwritten
            ));
        }
        let mut applied = 0usize;
        for seen in &status.devices {
            if seen.device != self.device_a {
                return Err(format!("applied from an unknown computer: {seen:?}"));
            }
            applied = usize::try_from(seen.applied).map_err(text)?;
        }
        if applied > self.files_of_a() {
            return Err(format!(
                "{applied} files of A noted as applied; it wrote {}",
                self.files_of_a()
            ));
        }
        let should: i64 = self.per_file[..applied].iter().sum();
        if exchanges != should {
            return Err(format!(
                "{applied} files of A noted as applied, which hold {should} exchanges, \
                 but the ledger has {exchanges}"
            ));
        }
        let should = if applied == 0 { 0 } else { PEOPLE as i64 };
        if people != should {
            return Err(format!(
                "{applied} files of A noted as applied but {people} people"
            ));
        }
        if held != self.expected[applied] {
            return Err(format!(
                "{applied} files of A noted as applied, but the ledger differs from A's after them"
            ));
        }
        Ok(applied)
    }

    /// One round on B's ledger in `dir`, which holds `applied` of A's files:
    /// it must apply the rest and end as A did, and a further round nothing.
    fn complete(&self, dir: &Path, applied: usize) -> Result<(), String> {
        {
            let mut store = Store::open_in_dir(dir).map_err(text)?;
            let round = store.sync_round().map_err(text)?;
            let rest = self.files_of_a() - applied;
            if round.applied != rest || round.written != 0 || !round.waiting.is_empty() {
                return Err(format!(
                    "the next round, {rest} files of A to go, did {round:?}"
                ));
            }
            let again = store.sync_round().map_err(text)?;
            if again.applied != 0 || again.written != 0 {
                return Err(format!("a round after completing did {again:?}"));
            }
        }
        let done = self.check(dir)?;
        if done != self.files_of_a() {
            return Err(format!(
                "after the next round {done} files of A noted as applied"
            ));
        }
        if folder_files(&self.folder)? != self.files {
            return Err("the shared folder changed".into());
        }
        Ok(())
    }

    /// The check must see a file half applied, or applied without its note:
    /// it is shown both, made by hand from a whole apply.
    fn check_the_check(&self, whole: &Path) -> Result<(), String> {
        let faults = [
            (
                "a file applied but not noted",
                format!(
                    "UPDATE sync_applied SET number = number - 1 WHERE device_id = '{}'",
                    self.device_a
                ),
            ),
            (
                "a file noted but applied in part",
                "DELETE FROM exchange WHERE id = (SELECT max(id) FROM exchange)".to_owned(),
            ),
        ];
        for (fault, sql) in faults {
            let dir = tempfile::tempdir().map_err(text)?;
            copy_dir(whole, dir.path()).map_err(text)?;
            open_file(dir.path())?.execute_batch(&sql).map_err(text)?;
            if self.check(dir.path()).is_ok() {
                return Err(format!("the check passed {fault}"));
            }
        }
        Ok(())
    }
}

/// How an applier ended, from what it printed before it was killed.
struct Ended {
    opened: bool,
    done: bool,
    /// Why it stopped by itself, if it did.
    failed: Option<String>,
    took: Duration,
}

/// Runs the applier on the ledger in `dir`, killed after `kill_after`, if
/// that comes before its end.
fn run_applier(me: &Path, dir: &Path, kill_after: Option<Duration>) -> Ended {
    let started = Instant::now();
    let mut applier = Command::new(me)
        .arg("--sync-applier")
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start the applier");
    if let Some(delay) = kill_after {
        std::thread::sleep(delay);
        applier.kill().expect("SIGKILL the applier");
    }
    let output = applier.wait_with_output().expect("reap the applier");
    let took = started.elapsed();
    let printed = String::from_utf8_lossy(&output.stdout);
    Ended {
        opened: printed.lines().any(|line| line == OPENED),
        done: printed.lines().any(|line| line == DONE),
        failed: printed
            .lines()
            .find_map(|line| line.strip_prefix(FAILED))
            .map(str::to_owned),
        took,
    }
}

/// Runs the check `rounds` times, says how it went, and whether it passed.
pub fn run(rounds: usize) -> bool {
    let (mut moments, seed) = Random::from_clock();
    let failed = |problem: String| {
        println!("crash (sync apply): (seed {seed}) FAILED: {problem}");
        false
    };
    let started = Instant::now();
    let setup = match Setup::new() {
        Ok(setup) => setup,
        Err(problem) => return failed(format!("setting up: {problem}")),
    };
    let me = std::env::current_exe().expect("this test's own path");
    // How long a whole apply takes, from the start of the process: the
    // shortest of three runs, so that a moment of load elsewhere does not
    // send the kills past the end of the apply.
    let mut whole = Duration::MAX;
    let mut reference = None;
    for _ in 0..3 {
        let dir = match setup.copy_of_b() {
            Ok(dir) => dir,
            Err(problem) => return failed(problem),
        };
        let ended = run_applier(&me, dir.path(), None);
        if !ended.done {
            return failed(format!(
                "an applier left alone did not finish: {}",
                ended.failed.as_deref().unwrap_or("it printed nothing")
            ));
        }
        match setup.check(dir.path()) {
            Ok(applied) if applied == setup.files_of_a() => {}
            Ok(applied) => {
                return failed(format!(
                    "a whole apply noted {applied} of A's {} files",
                    setup.files_of_a()
                ))
            }
            Err(problem) => return failed(format!("a whole apply: {problem}")),
        }
        whole = whole.min(ended.took);
        reference = Some(dir);
    }
    let reference = reference.expect("a whole apply");
    if let Err(problem) = setup.check_the_check(reference.path()) {
        return failed(problem);
    }
    let set_up = started.elapsed();
    // The kills land within `window`, a little longer than a whole apply at
    // first, so that some come at its very end; it shortens whenever one
    // came after the apply had ended.
    let mut window = u64::try_from(whole.as_micros() * 5 / 4)
        .unwrap_or(u64::MAX)
        .max(1);
    let (mut before, mut during, mut after) = (0usize, 0usize, 0usize);
    // How many kills left k of A's files applied, at k.
    let mut left = vec![0usize; setup.files_of_a() + 1];
    for round in 1..=rounds {
        let dir = match setup.copy_of_b() {
            Ok(dir) => dir,
            Err(problem) => return failed(problem),
        };
        let delay = Duration::from_micros(moments.below(window));
        let ended = run_applier(&me, dir.path(), Some(delay));
        if let Some(why) = ended.failed {
            return failed(format!(
                "round {round} of {rounds}: the applier failed: {why}"
            ));
        }
        let outcome = setup
            .check(dir.path())
            .map_err(|problem| format!("after the kill: {problem}"))
            .and_then(|applied| {
                setup
                    .complete(dir.path(), applied)
                    .map(|()| applied)
                    .map_err(|problem| format!("completing, {applied} files applied: {problem}"))
            });
        match outcome {
            Ok(applied) => {
                match (ended.opened, ended.done) {
                    (false, _) => before += 1,
                    (true, false) => during += 1,
                    (true, true) => {
                        after += 1;
                        window = (window * 9 / 10).max(1);
                    }
                }
                left[applied] += 1;
            }
            Err(problem) => {
                return failed(format!(
                    "round {round} of {rounds}, killed after {delay:.1?}: {problem}"
                ))
            }
        }
    }
    let left: Vec<String> = left.iter().map(usize::to_string).collect();
    println!(
        "crash (sync apply): {rounds} rounds passed (seed {seed}): {during} kills landed \
         mid-apply, {before} before the ledger was open, {after} after the apply; kills that \
         left 0, 1, … {} of A's files applied: {}; integrity ok, figures and search index \
         consistent, applied files match the exchanges, and the next round completed each; \
         a whole apply takes {whole:.1?}; setup {set_up:.1?}, in {:.1?}",
        setup.files_of_a(),
        left.join("/"),
        started.elapsed()
    );
    true
}
