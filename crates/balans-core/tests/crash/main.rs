//! Crash safety: a writer process records exchanges and prints each one's id
//! once its commit has returned; this process kills it with SIGKILL at a
//! random moment, then checks the file. Every printed id must be there, the
//! database must pass `integrity_check`, and nothing may be half-applied: the
//! per-person figures equal a fresh computation, and every note is in the
//! search index exactly once.
//!
//! `cargo test -p balans-core --test crash` runs 200 rounds;
//! `BALANS_CRASH_ROUNDS=5000` runs more (`make soak`). The same binary is the
//! writer when started with `--writer <folder>`.
//!
//! Then the same for sync (sync_apply.rs): a process applying another
//! computer's files is killed, and the ledger must hold whole files only and
//! complete on the next round. The binary is that process when started with
//! `--sync-applier <folder>`.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::time::{Duration, Instant};

use balans_core::{Direction, ExchangeInput, PersonInput, Store};
use rusqlite::Connection;

#[path = "../support/random.rs"]
mod random;
mod sync_apply;
#[path = "../support/synced_ledger.rs"]
mod synced_ledger;
use random::Random;

const DEFAULT_ROUNDS: usize = 200;
const PEOPLE: usize = 5;

/// The writer: records exchanges until it is killed.
fn write_forever(dir: &Path) -> ExitCode {
    let mut store = Store::open_in_dir(dir).expect("the writer opens the ledger");
    let people: Vec<String> = store
        .people_summaries(balans_core::clock::today())
        .expect("people")
        .into_iter()
        .map(|summary| summary.person.id)
        .collect();
    let stdout = std::io::stdout();
    for n in 0u64.. {
        let person = &people[(n as usize) % people.len()];
        let direction = if n % 3 == 0 {
            Direction::Received
        } else {
            Direction::Gave
        };
        let mut input = ExchangeInput::new(person, "2026-11-01", direction, "advice");
        input.note = format!("write {n} {}", "x".repeat((n % 7) as usize * 40));
        let id = store.record_exchange(&input).expect("a write").id;
        let mut out = stdout.lock();
        writeln!(out, "{id}").expect("print the id");
        out.flush().expect("flush the id");
    }
    ExitCode::SUCCESS
}

/// What is wrong with the file itself, if anything: SQLite's integrity
/// check, the search index's own, and every note indexed exactly once.
fn sound(conn: &Connection) -> Result<(), String> {
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    if verdict != "ok" {
        return Err(format!("integrity_check: {verdict}"));
    }
    conn.execute(
        "INSERT INTO exchange_search (exchange_search) VALUES ('integrity-check')",
        [],
    )
    .map_err(|e| format!("the search index is damaged: {e}"))?;
    let count = |sql: &str| -> Result<i64, String> {
        conn.query_row(sql, [], |r| r.get(0))
            .map_err(|e| e.to_string())
    };
    let with_notes = count("SELECT count(*) FROM exchange WHERE note <> ''")?;
    let indexed = count("SELECT count(*) FROM exchange_search")?;
    if with_notes != indexed {
        return Err(format!("{with_notes} notes but {indexed} search rows"));
    }
    let not_once = count(
        "SELECT count(*) FROM exchange e WHERE e.note <> '' AND
           (SELECT count(*) FROM search_key k JOIN exchange_search s ON s.rowid = k.seq
             WHERE k.id = e.id AND s.note = e.note) <> 1",
    )?;
    if not_once != 0 {
        return Err(format!(
            "{not_once} notes not in the search index exactly once"
        ));
    }
    Ok(())
}

/// What is wrong with the file after a kill, if anything.
fn check(dir: &Path, printed: &[String], before: i64) -> Result<i64, String> {
    let path = dir.join(balans_core::store::DATABASE_FILE);
    let conn = Connection::open(&path).map_err(|e| e.to_string())?;
    sound(&conn)?;
    let exchanges: i64 = conn
        .query_row("SELECT count(*) FROM exchange", [], |r| r.get(0))
        .map_err(|e| e.to_string())?;
    // Everything printed was committed; at most one more commit may have
    // returned without its id being printed before the kill.
    let expected = before + printed.len() as i64;
    if exchanges != expected && exchanges != expected + 1 {
        return Err(format!(
            "{exchanges} exchanges; {before} before and {} printed",
            printed.len()
        ));
    }
    drop(conn);
    let store = Store::open_in_dir(dir).map_err(|e| e.to_string())?;
    for id in printed {
        store
            .exchange(id)
            .map_err(|e| format!("printed {id} but: {e}"))?;
    }
    if !balans_core::figures::person_stats::consistent(&store).map_err(|e| e.to_string())? {
        return Err("the per-person figures differ from the exchanges".into());
    }
    Ok(exchanges)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--writer") {
        return write_forever(Path::new(&args[at + 1]));
    }
    if let Some(at) = args.iter().position(|a| a == "--sync-applier") {
        return sync_apply::apply_all(Path::new(&args[at + 1]));
    }
    let rounds_from =
        |name: &str| -> Option<usize> { std::env::var(name).ok().and_then(|r| r.parse().ok()) };
    let writes = check_writes(rounds_from("BALANS_CRASH_ROUNDS").unwrap_or(DEFAULT_ROUNDS));
    let applies = sync_apply::run(
        rounds_from("BALANS_SYNC_CRASH_ROUNDS")
            .or_else(|| rounds_from("BALANS_CRASH_ROUNDS").map(|rounds| rounds / 2))
            .unwrap_or(sync_apply::DEFAULT_ROUNDS),
    );
    if writes && applies {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Kills the writer `rounds` times, says how it went, and whether it passed.
fn check_writes(rounds: usize) -> bool {
    let (mut moments, seed) = Random::from_clock();
    let dir = tempfile::tempdir().expect("a temporary folder");
    {
        let mut store = Store::open_in_dir(dir.path()).expect("a new ledger");
        for n in 0..PEOPLE {
            store
                .add_person(&PersonInput::named(&format!("Person {n}")))
                .expect("a person");
        }
    }
    let me = std::env::current_exe().expect("this test's own path");
    let started = Instant::now();
    let (mut exchanges, mut confirmed) = (0i64, 0usize);
    for round in 1..=rounds {
        let mut writer = Command::new(&me)
            .arg("--writer")
            .arg(dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the writer");
        std::thread::sleep(Duration::from_millis(5 + moments.below(60)));
        writer.kill().expect("SIGKILL the writer");
        writer.wait().expect("reap the writer");
        let printed: Vec<String> = BufReader::new(writer.stdout.take().expect("piped"))
            .lines()
            .map_while(Result::ok)
            .filter(|line| !line.is_empty())
            .collect();
        match check(dir.path(), &printed, exchanges) {
            Ok(now) => {
                exchanges = now;
                confirmed += printed.len();
            }
            Err(problem) => {
                println!("crash: round {round} of {rounds} (seed {seed}) FAILED: {problem}");
                return false;
            }
        }
    }
    println!(
        "crash: {rounds} rounds passed (seed {seed}): {confirmed} printed ids all present, \
         {exchanges} exchanges, integrity ok, figures and search index consistent, in {:.1?}",
        started.elapsed()
    );
    true
}
