//! Benchmarks of the ledger on a heavy user's data set (5,000 people, 300
//! organisations, 200,000 exchanges over ten years), each beside the floor: the
//! same balances from one hand-written SQL query on the same file.
//!
//! Run with `make bench`. The data set is generated once into
//! `target/bench-data/` and copied for each run, so writes never pile up.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::{clock, Direction, ExchangeInput, PeopleQuery, Store};

struct Measurement {
    name: &'static str,
    runs: usize,
    median: Duration,
    p90: Duration,
}

fn measure(name: &'static str, runs: usize, mut work: impl FnMut()) -> Measurement {
    work(); // warm the page cache and statement caches
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let started = Instant::now();
            work();
            started.elapsed()
        })
        .collect();
    times.sort();
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
    let spec = Spec::HEAVY;
    let source = data_set(&spec);
    let work_dir = tempfile::tempdir().expect("temporary folder");
    let path = work_dir.path().join("balans.sqlite3");
    std::fs::copy(&source, &path).expect("copy the data set");
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
        black_box(store.balances(today).expect("balances"));
    }));
    results.push(measure("all signals", 30, || {
        black_box(store.signals(today).expect("signals"));
    }));
    results.push(measure("all balances and all signals together", 30, || {
        black_box(store.balances(today).expect("balances"));
        black_box(store.signals(today).expect("signals"));
    }));
    results.push(measure(
        "all due reminders (the scheduler's look)",
        30,
        || {
            black_box(store.reminders(today).expect("reminders"));
        },
    ));
    results.push(measure("your own style", 30, || {
        black_box(store.user_style().expect("style"));
    }));
    results.push(measure(
        "the dashboard's overview (the first screen)",
        30,
        || {
            black_box(store.overview(today).expect("overview"));
        },
    ));
    results.push(measure(
        "the window's first screen (overview and due count)",
        30,
        || {
            black_box(store.first_screen(today).expect("first screen"));
        },
    ));
    results.push(measure("the people list's first page of 100", 30, || {
        black_box(
            store
                .people_list(&PeopleQuery::default(), today)
                .expect("people list"),
        );
    }));
    results.push(measure("every name, for completing fields", 30, || {
        black_box(store.person_names().expect("names"));
    }));
    results.push(measure("all people with balances and figures", 30, || {
        black_box(store.people_summaries(today).expect("summaries"));
    }));

    let busiest: String = floor_conn
        .query_row(
            "SELECT person_id FROM exchange GROUP BY person_id ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("busiest person");
    let typical: String = floor_conn
        .query_row(
            "SELECT person_id FROM person_stats ORDER BY gave_count + received_count LIMIT 1 OFFSET 2500",
            [],
            |r| r.get(0),
        )
        .expect("typical person");
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
    let write_one = |store: &mut Store| {
        let input = ExchangeInput::new(&typical, &clock::iso(today), Direction::Gave, "advice");
        black_box(store.record_exchange(&input).expect("write"));
    };
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
