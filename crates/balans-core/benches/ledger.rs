//! Benchmarks of the ledger on a heavy user's data set (5,000 people, 300
//! organisations, 200,000 exchanges over ten years), each beside the floor: the
//! same balances from one hand-written SQL query on the same file.
//!
//! Then sync between computers through a folder (docs/sync.md): applying
//! another computer's 10,000 exchanges, a new computer joining a folder that
//! holds the heavy ledger, and what recording a write's changes adds to it,
//! each beside its target.
//!
//! Run with `make bench`; `cargo bench -p balans-core --bench ledger -- sync`
//! runs the sync rows alone. The data set is generated once into
//! `target/bench-data/` and copied for each run, so writes never pile up.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::store::DATABASE_FILE;
use balans_core::sync::{SyncRound, SYNC_ROOT};
use balans_core::{clock, Direction, ExchangeInput, PeopleQuery, PersonInput, Store};
use chrono::{Days, NaiveDate};
use tempfile::TempDir;

struct Measurement {
    name: &'static str,
    runs: usize,
    median: Duration,
    p90: Duration,
}

fn measure(name: &'static str, runs: usize, mut work: impl FnMut()) -> Measurement {
    work(); // warm the page cache and statement caches
    let times: Vec<Duration> = (0..runs).map(|_| timed(&mut work)).collect();
    summary(name, times)
}

/// Times `work` alone, each run on a state of its own that `setup` makes and
/// `check` then looks at, neither of them timed. No warm-up run: this is for
/// work that takes seconds and changes what it runs on.
fn measure_each<T>(
    name: &'static str,
    runs: usize,
    mut setup: impl FnMut() -> T,
    mut work: impl FnMut(&mut T),
    mut check: impl FnMut(T),
) -> Measurement {
    let times: Vec<Duration> = (0..runs)
        .map(|_| {
            let mut state = setup();
            let took = timed(|| work(&mut state));
            check(state);
            took
        })
        .collect();
    summary(name, times)
}

/// Times two pieces of work by turns, `runs` times each after one warm-up,
/// each going first in half the rounds, so that a host growing busier or
/// calmer weighs on both alike and their difference can be read.
fn measure_by_turns(
    names: [&'static str; 2],
    runs: usize,
    mut first: impl FnMut(),
    mut second: impl FnMut(),
) -> [Measurement; 2] {
    first();
    second();
    let (mut firsts, mut seconds) = (Vec::with_capacity(runs), Vec::with_capacity(runs));
    for run in 0..runs {
        if run % 2 == 0 {
            firsts.push(timed(&mut first));
            seconds.push(timed(&mut second));
        } else {
            seconds.push(timed(&mut second));
            firsts.push(timed(&mut first));
        }
    }
    [summary(names[0], firsts), summary(names[1], seconds)]
}

fn timed(mut work: impl FnMut()) -> Duration {
    let started = Instant::now();
    work();
    started.elapsed()
}

fn summary(name: &'static str, mut times: Vec<Duration>) -> Measurement {
    times.sort();
    let runs = times.len();
    Measurement {
        name,
        runs,
        median: times[runs / 2],
        p90: times[(runs * 9) / 10],
    }
}

fn data_set(spec: &Spec) -> PathBuf {
    let target = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/bench-data");
    std::fs::create_dir_all(&target).expect("bench-data folder");
    // The schema version is in the name, so a file from an older Balans is
    // made anew instead of being upgraded (and backed up) on every open.
    let file = target.join(format!(
        "ledger-{}p-{}x-{}-v{}.sqlite3",
        spec.people,
        spec.exchanges,
        spec.seed,
        balans_core::store::LATEST_SCHEMA_VERSION
    ));
    if !file.exists() {
        let building = target.join("building.sqlite3");
        let _ = std::fs::remove_file(&building);
        let started = Instant::now();
        let mut store = Store::open(&building).expect("open a new bench database");
        synthetic_ledger::generate(&mut store, spec).expect("generate the data set");
        drop(store);
        std::fs::rename(&building, &file).expect("keep the data set");
        eprintln!("generated {} in {:.1?}", file.display(), started.elapsed());
    }
    file
}

/// The write the durable-write rows time: one exchange, one transaction.
fn write_one_exchange(store: &mut Store, person: &str, today: NaiveDate) {
    let input = ExchangeInput::new(person, &clock::iso(today), Direction::Gave, "advice");
    black_box(store.record_exchange(&input).expect("write"));
}

/// A person with an ordinary number of exchanges (the 2,501st fewest).
fn typical_person(conn: &rusqlite::Connection) -> String {
    conn.query_row(
        "SELECT person_id FROM person_stats ORDER BY gave_count + received_count LIMIT 1 OFFSET 2500",
        [],
        |r| r.get(0),
    )
    .expect("typical person")
}

fn floor_balances(conn: &rusqlite::Connection) -> usize {
    let mut stmt = conn
        .prepare_cached(
            "SELECT person_id,
                    total(CASE WHEN direction = 'gave' THEN value END)
                  - total(CASE WHEN direction = 'received' THEN value END)
             FROM exchange WHERE trashed_at IS NULL GROUP BY person_id",
        )
        .expect("floor query");
    let rows = stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, f64>(1)?)))
        .expect("floor rows");
    rows.count()
}

fn main() {
    // `cargo test --benches` runs this with no arguments worth honouring; only
    // `cargo bench` passes --bench.
    if !std::env::args().any(|a| a == "--bench") {
        println!("ledger benchmark: run with `make bench`");
        return;
    }
    // `cargo bench -p balans-core --bench ledger -- sync`: the sync rows alone.
    let sync_only = std::env::args().skip(1).any(|a| a == "sync");
    let spec = Spec::HEAVY;
    let source = data_set(&spec);
    if !sync_only {
        reads_and_writes(&spec, &source);
    }
    sync_between_computers(&source);
}

fn reads_and_writes(spec: &Spec, source: &Path) {
    let work_dir = tempfile::tempdir().expect("temporary folder");
    let path = work_dir.path().join("balans.sqlite3");
    std::fs::copy(source, &path).expect("copy the data set");
    let today = clock::today();

    let mut results = vec![measure("open the database", 20, || {
        black_box(Store::open(&path).expect("open"));
    })];

    let mut store = Store::open(&path).expect("open");
    let floor_conn = rusqlite::Connection::open(&path).expect("open for the floor");
    let floor = measure("floor: all balances, one SQL GROUP BY", 30, || {
        black_box(floor_balances(&floor_conn));
    });
    results.push(measure("all balances", 30, || {
        store.forget_kept_reads();
        black_box(store.balances(today).expect("balances"));
    }));
    results.push(measure("all signals", 30, || {
        store.forget_kept_reads();
        black_box(store.signals(today).expect("signals"));
    }));
    results.push(measure("all balances and all signals together", 30, || {
        store.forget_kept_reads();
        black_box(store.balances(today).expect("balances"));
        black_box(store.signals(today).expect("signals"));
    }));
    results.push(measure(
        "all due reminders (the scheduler's look)",
        30,
        || {
            store.forget_kept_reads();
            black_box(store.reminders(today).expect("reminders"));
        },
    ));
    results.push(measure("your own style", 30, || {
        store.forget_kept_reads();
        black_box(store.user_style().expect("style"));
    }));
    results.push(measure(
        "the dashboard's overview (the first screen)",
        30,
        || {
            store.forget_kept_reads();
            black_box(store.overview(today).expect("overview"));
        },
    ));
    results.push(measure(
        "the window's first screen (overview and due count)",
        30,
        || {
            store.forget_kept_reads();
            black_box(store.first_screen(today).expect("first screen"));
        },
    ));
    results.push(measure("the people list's first page of 100", 30, || {
        store.forget_kept_reads();
        black_box(
            store
                .people_list(&PeopleQuery::default(), today)
                .expect("people list"),
        );
    }));
    results.push(measure("every name, for completing fields", 30, || {
        store.forget_kept_reads();
        black_box(store.person_names().expect("names"));
    }));
    results.push(measure("all people with balances and figures", 30, || {
        store.forget_kept_reads();
        black_box(store.people_summaries(today).expect("summaries"));
    }));

    let busiest: String = floor_conn
        .query_row(
            "SELECT person_id FROM exchange GROUP BY person_id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("busiest person");
    let typical = typical_person(&floor_conn);
    results.push(measure("one person's page (typical)", 50, || {
        black_box(store.person_page(&typical, today).expect("page"));
    }));
    results.push(measure("one person's page (busiest)", 50, || {
        black_box(store.person_page(&busiest, today).expect("page"));
    }));
    results.push(measure(
        "one search (\"geinteresseerd\", 50 hits)",
        50,
        || {
            black_box(store.search("geinteresseerd", 50).expect("search"));
        },
    ));
    results.push(measure("one search (\"jos\", prefix, 50 hits)", 50, || {
        black_box(store.search("jos", 50).expect("search"));
    }));
    let write_one = |store: &mut Store| write_one_exchange(store, &typical, today);
    results.push(measure("one durable exchange write", 100, || {
        write_one(&mut store)
    }));
    // The same write while three other connections write as fast as they
    // can: the wait for the write lock is part of what a user feels.
    let stop = AtomicBool::new(false);
    std::thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                let mut other = Store::open(&path).expect("open another writer");
                while !stop.load(Ordering::Relaxed) {
                    write_one(&mut other);
                }
            });
        }
        results.push(measure(
            "one durable exchange write, four writers at once",
            100,
            || write_one(&mut store),
        ));
        stop.store(true, Ordering::Relaxed);
    });

    let exchanges: i64 = floor_conn
        .query_row("SELECT count(*) FROM exchange", [], |r| r.get(0))
        .expect("count");
    println!(
        "Data set: {} people, {} organisations, {exchanges} exchanges over {} years (seed {}).\n",
        spec.people, spec.organisations, spec.years, spec.seed
    );
    println!("| what | runs | median | p90 | median / floor |");
    println!("|---|---:|---:|---:|---:|");
    for m in std::iter::once(&floor).chain(results.iter()) {
        println!(
            "| {} | {} | {:.2} ms | {:.2} ms | {:.2} |",
            m.name,
            m.runs,
            m.median.as_secs_f64() * 1e3,
            m.p90.as_secs_f64() * 1e3,
            m.median.as_secs_f64() / floor.median.as_secs_f64()
        );
    }
}

/// The product's targets for sync (docs/performance.md).
const APPLY_TARGET: Duration = Duration::from_secs(1);
const JOIN_TARGET: Duration = Duration::from_secs(30);
const CAPTURE_TARGET: Duration = Duration::from_millis(1);
/// How often the slow rows run: each run of a join replays the whole heavy
/// ledger.
const APPLY_RUNS: usize = 5;
const JOIN_RUNS: usize = 3;
/// A durable write varies by milliseconds with the disk; its difference
/// needs many runs to settle.
const WRITE_RUNS: usize = 500;

/// One computer that syncs: a data folder of its own, holding its ledger.
struct Computer {
    data: TempDir,
    store: Store,
}

impl Computer {
    /// A new, empty ledger.
    fn new() -> Computer {
        let data = tempfile::tempdir().expect("data folder");
        let store = Store::open_in_dir(data.path()).expect("open a new ledger");
        Computer { data, store }
    }

    /// A ledger that starts as a copy of the file at `ledger`.
    fn copy_of(ledger: &Path) -> Computer {
        let data = tempfile::tempdir().expect("data folder");
        std::fs::copy(ledger, data.path().join(DATABASE_FILE)).expect("copy the ledger");
        let store = Store::open_in_dir(data.path()).expect("open the copy");
        Computer { data, store }
    }

    fn join(&mut self, folder: &Path) -> SyncRound {
        self.store
            .sync_setup(folder, self.data.path())
            .expect("set up sync")
    }

    fn device(&self) -> String {
        self.store
            .sync_status()
            .expect("sync status")
            .expect("the ledger syncs")
            .device
    }

    fn reader(&self) -> rusqlite::Connection {
        rusqlite::Connection::open(self.data.path().join(DATABASE_FILE)).expect("open to read")
    }

    fn count(&self, sql: &str) -> i64 {
        self.reader()
            .query_row(sql, [], |r| r.get(0))
            .expect("count")
    }

    /// The rows of the synced tables and of what is derived from them, and
    /// everyone's figures summed: equal on two computers that hold the same
    /// ledger.
    fn counts(&self) -> Vec<(&'static str, i64)> {
        [
            ("people", "SELECT count(*) FROM person"),
            ("organisations", "SELECT count(*) FROM organisation"),
            ("affiliations", "SELECT count(*) FROM affiliation"),
            ("exchanges", "SELECT count(*) FROM exchange"),
            ("kinds", "SELECT count(*) FROM kind"),
            ("tags", "SELECT count(*) FROM person_tag"),
            ("figures", "SELECT count(*) FROM person_stats"),
            ("searchable notes", "SELECT count(*) FROM exchange_search"),
            (
                "given, in cents",
                "SELECT CAST(round(total(given) * 100) AS INTEGER) FROM person_stats",
            ),
            (
                "received, in cents",
                "SELECT CAST(round(total(received) * 100) AS INTEGER) FROM person_stats",
            ),
        ]
        .into_iter()
        .map(|(what, sql)| (what, self.count(sql)))
        .collect()
    }
}

/// Closes `computer`'s ledger and keeps its file whole, with no write-ahead
/// log beside it, to be copied for each run.
fn closed(computer: Computer) -> TempDir {
    let Computer { data, store } = computer;
    drop(store);
    let log = data.path().join(format!("{DATABASE_FILE}-wal"));
    assert!(!log.exists(), "closing checkpoints the log");
    data
}

fn sync_between_computers(source: &Path) {
    let today = clock::today();
    let mut rows: Vec<(Measurement, Option<Duration>)> = Vec::new();

    // Another computer records 10,000 exchanges over 200 people, in one
    // transaction (an import, or a day of work put in at once); this one,
    // which has those people already, applies them in one round.
    let folder = tempfile::tempdir().expect("sync folder");
    let mut a = Computer::new();
    a.join(folder.path());
    let people: Vec<String> = a
        .store
        .all_or_nothing(|s| {
            (0..200)
                .map(|i| {
                    Ok(s.add_person(&PersonInput::named(&format!("Persoon {i}")))?
                        .id)
                })
                .collect()
        })
        .expect("add 200 people");
    a.store.sync_round().expect("write the people");
    let mut b = Computer::new();
    let round = b.join(folder.path());
    assert_eq!(round.waiting.len(), 0, "the people arrived");
    assert_eq!(b.count("SELECT count(*) FROM person"), 200);
    let b_before = closed(b);
    let kinds = ["advice", "favour", "information", "gift", "recognition"];
    a.store
        .all_or_nothing(|s| {
            for i in 0..10_000_usize {
                let mut input = ExchangeInput::new(
                    &people[i % people.len()],
                    &clock::iso(today - Days::new((i % 730) as u64)),
                    if i % 3 == 0 {
                        Direction::Received
                    } else {
                        Direction::Gave
                    },
                    kinds[i % kinds.len()],
                );
                if i % 4 == 0 {
                    input.note = format!("Afspraak {i} over het voorstel");
                }
                s.record_exchange(&input)?;
            }
            Ok(())
        })
        .expect("record 10,000 exchanges");
    assert_eq!(a.store.sync_round().expect("write them").written, 1);
    rows.push((
        measure_each(
            "apply 10,000 exchanges from another computer",
            APPLY_RUNS,
            || {
                let data = tempfile::tempdir().expect("data folder");
                std::fs::copy(
                    b_before.path().join(DATABASE_FILE),
                    data.path().join(DATABASE_FILE),
                )
                .expect("copy the computer that has the people");
                let store = Store::open_in_dir(data.path()).expect("open it");
                Computer { data, store }
            },
            |b| {
                let round = b.store.sync_round().expect("apply");
                assert_eq!((round.applied, round.waiting.len()), (1, 0));
            },
            |b| assert_eq!(b.count("SELECT count(*) FROM exchange"), 10_000),
        ),
        Some(APPLY_TARGET),
    ));
    drop((a, b_before, folder));

    // The heavy ledger starts syncing through a folder (its first file holds
    // all of it), then a new, empty computer joins that folder and replays it.
    let folder = tempfile::tempdir().expect("sync folder");
    let mut heavy = None;
    rows.push((
        measure_each(
            "the heavy ledger's first file (it starts syncing)",
            1,
            || Computer::copy_of(source),
            |a| assert_eq!(a.join(folder.path()).written, 1),
            |a| heavy = Some(a),
        ),
        None,
    ));
    let a = heavy.expect("the heavy ledger syncs");
    let a_device = a.device();
    let first_file: u64 = std::fs::read_dir(folder.path().join(SYNC_ROOT).join(&a_device))
        .expect("its folder")
        .map(|f| f.expect("a file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "changes"))
        .map(|path| path.metadata().expect("its size").len())
        .sum();
    let held = a.counts();
    rows.push((
        measure_each(
            "a new computer joins a folder holding the heavy ledger",
            JOIN_RUNS,
            || {
                // Each run joins a folder that holds the heavy ledger alone,
                // not also the first files of the runs before.
                for device in std::fs::read_dir(folder.path().join(SYNC_ROOT)).expect("folder") {
                    let device = device.expect("a computer's folder");
                    if device.file_name().to_string_lossy() != a_device {
                        std::fs::remove_dir_all(device.path()).expect("remove");
                    }
                }
                Computer::new()
            },
            |b| {
                let round = b.join(folder.path());
                assert_eq!((round.applied, round.waiting.len()), (1, 0));
            },
            |b| assert_eq!(b.counts(), held, "the new computer holds the whole ledger"),
        ),
        Some(JOIN_TARGET),
    ));

    // The same durable write on the heavy ledger, syncing and not, by turns.
    // Both are reopened, so neither starts with a log to checkpoint.
    let mut syncing = Computer::copy_of(&closed(a).path().join(DATABASE_FILE));
    let mut plain = Computer::copy_of(source);
    let typical = typical_person(&plain.reader());
    let [not_syncing, recorded] = measure_by_turns(
        [
            "one durable exchange write, on a ledger that does not sync",
            "the same write on a ledger that syncs (its change recorded)",
        ],
        WRITE_RUNS,
        || write_one_exchange(&mut plain.store, &typical, today),
        || write_one_exchange(&mut syncing.store, &typical, today),
    );
    let unwritten = syncing
        .store
        .sync_status()
        .expect("status")
        .expect("syncs")
        .unwritten;
    assert_eq!(unwritten, WRITE_RUNS + 1, "every write was recorded");
    let added_ms = (recorded.median.as_secs_f64() - not_syncing.median.as_secs_f64()) * 1e3;
    rows.push((not_syncing, None));
    rows.push((recorded, None));

    println!("\nSync between computers through a folder (docs/sync.md); every computer");
    println!(
        "in a folder of its own on this disk. The heavy ledger's first file: {:.1} MiB.\n",
        first_file as f64 / (1024.0 * 1024.0)
    );
    println!("| what | runs | median | p90 | target |");
    println!("|---|---:|---:|---:|---|");
    let judged = |figure: f64, target: Duration| {
        let target_ms = target.as_secs_f64() * 1e3;
        let met = if figure <= target_ms { "met" } else { "MISSED" };
        if target >= Duration::from_secs(1) {
            format!("≤ {} s: {met}", target.as_secs())
        } else {
            format!("≤ {target_ms} ms: {met}")
        }
    };
    for (m, target) in &rows {
        let median = m.median.as_secs_f64() * 1e3;
        println!(
            "| {} | {} | {median:.2} ms | {:.2} ms | {} |",
            m.name,
            m.runs,
            m.p90.as_secs_f64() * 1e3,
            target.map(|t| judged(median, t)).unwrap_or_default()
        );
    }
    println!(
        "| change capture added to a durable write (the medians' difference) | {WRITE_RUNS} each | {added_ms:.2} ms | – | {} |",
        judged(added_ms, CAPTURE_TARGET)
    );
}
