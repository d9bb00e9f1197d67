//! What a user feels at ten years of data: the release window on the heavy
//! ledger (5,000 people, 200,000 exchanges) under Xvfb, driven through
//! tauri-driver as the end-to-end tests drive it, but drawn as Balans draws
//! on this machine (without a GPU, without compositing), not composited as
//! the tests' screenshots need. Each interaction is timed in the page, from
//! the click (or the last key) to the new screen painted: its content in
//! the page, then two animation frames. Then a session of
//! 1,000 screens, with the memory of the app and its web process before and
//! after. `make bench-ui` runs it on the release window (the bench itself
//! needs no optimising: it only waits for the page's answers);
//! docs/performance.md holds the figures.
//!
//! `BENCH_UI_RUNS` sets the runs per interaction (default 20),
//! `BENCH_UI_SCREENS` the screens of the long session (default 1,000).

#[path = "../../tests/support/driver.rs"]
mod driver;
#[allow(dead_code)] // The bench launches the window; the e2e tests use the rest.
#[path = "../../tests/e2e/harness.rs"]
mod harness;
#[path = "../../tests/support/desktop.rs"]
mod support;
#[allow(dead_code)] // The window is driven only as far as a measurement needs.
#[path = "../../tests/support/webdriver.rs"]
mod webdriver;

use std::path::Path;
use std::process::ExitCode;

use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::{clock, Store};
use serde_json::{json, Value};

use harness::Harness;
use webdriver::Session;

type Outcome<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// Runs `action` in the page and answers, in milliseconds, when an element
/// matching `ready` that was not there before is in the page and two frames
/// have been drawn after it.
const TIMED: &str = r#"
const [action, ready, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
for (const old of document.querySelectorAll(ready)) old.dataset.benchStale = "1";
const fresh = () => document.querySelector(`${ready}:not([data-bench-stale])`);
const start = performance.now();
let inPage = null;
const painted = () => requestAnimationFrame(() => requestAnimationFrame(() => {
  done({ painted: performance.now() - start, inPage });
}));
const watch = new MutationObserver(() => {
  if (!fresh()) return;
  watch.disconnect();
  inPage = performance.now() - start;
  painted();
});
watch.observe(document.body, { childList: true, subtree: true });
if (action.hash) location.hash = action.hash;
if (action.click) document.querySelector(action.click).click();
if (action.type) {
  const field = document.querySelector(action.type[0]);
  field.value = action.type[1];
  field.dispatchEvent(new Event("input", { bubbles: true }));
}
"#;

/// One thing a user does, and what shows it is done.
struct Step {
    name: &'static str,
    action: Value,
    ready: &'static str,
}

fn go(name: &'static str, hash: String, ready: &'static str) -> Step {
    Step {
        name,
        action: json!({ "hash": hash }),
        ready,
    }
}

/// One interaction as the page saw it, in milliseconds from its start.
struct Timing {
    /// The new screen painted: its content in the page and two frames drawn.
    painted: f64,
    /// Its content in the page: the ledger's answers read and the elements
    /// made; the rest of `painted` is style, layout and paint.
    in_page: f64,
}

fn timed(app: &Session, step: &Step) -> Outcome<Timing> {
    let took = app.execute_async(TIMED, json!([step.action, step.ready]))?;
    match (took["painted"].as_f64(), took["inPage"].as_f64()) {
        (Some(painted), Some(in_page)) => Ok(Timing { painted, in_page }),
        _ => Err(format!("{}: the page answered {took}", step.name).into()),
    }
}

/// The median and the 95th percentile (nearest rank) of `times`.
fn median_and_p95(times: &mut [f64]) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    let rank = |share: f64| {
        let at = (share * times.len() as f64).ceil() as usize;
        times[at.clamp(1, times.len()) - 1]
    };
    (rank(0.5), rank(0.95))
}

/// Resident memory in MiB of the processes whose command line contains `name`.
fn resident_mib(name: &str) -> f64 {
    let mut kib = 0u64;
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let path = entry.path();
        let cmdline = std::fs::read(path.join("cmdline")).unwrap_or_default();
        if !String::from_utf8_lossy(&cmdline).contains(name) {
            continue;
        }
        let status = std::fs::read_to_string(path.join("status")).unwrap_or_default();
        kib += status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|rest| {
                rest.trim()
                    .trim_end_matches("kB")
                    .trim()
                    .parse::<u64>()
                    .ok()
            })
            .unwrap_or(0);
    }
    kib as f64 / 1024.0
}

fn memory(app: &Path) -> (f64, f64) {
    let name = app.file_name().map(|n| n.to_string_lossy().into_owned());
    (
        resident_mib(name.as_deref().unwrap_or("balans-desktop")),
        resident_mib("WebKitWebProcess"),
    )
}

/// The heavy ledger, its busiest person and one with a typical history.
fn heavy_ledger(data: &Path) -> Outcome<(String, String)> {
    let mut store = Store::open_in_dir(data)?;
    synthetic_ledger::generate(&mut store, &Spec::HEAVY)?;
    let mut people = store.people_summaries(clock::today())?;
    people.sort_by_key(|summary| summary.balance.exchanges);
    let typical = &people[people.len() / 2].person.id;
    let busiest = &people.last().ok_or("no people")?.person.id;
    Ok((busiest.clone(), typical.clone()))
}

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(default)
}

fn run() -> Outcome {
    let runs = env_number("BENCH_UI_RUNS", 20);
    let screens = env_number("BENCH_UI_SCREENS", 1_000);
    let data = tempfile::tempdir()?;
    eprintln!("bench-ui: writing the heavy ledger…");
    let (busiest, typical) = heavy_ledger(data.path())?;
    let harness = Harness::start_drawing(driver::Drawing::AsInstalled)?;
    let app = harness.launch(data.path())?;
    let first_screen = memory(harness.app());

    let person = |id: &str| format!("#/people/{id}");
    // In this order, each from the one before: every screen change is a
    // real one, and the two person pages are opened beside the list.
    let steps = [
        go("reminders", "#/reminders".into(), "#reminders"),
        go("dashboard", "#/dashboard".into(), "#dashboard"),
        go("people list", "#/people".into(), "#people-list"),
        go("busiest person's page", person(&busiest), "#person-page"),
        go("typical person's page", person(&typical), "#person-page"),
        Step {
            name: "save an exchange",
            action: json!({ "click": "#exchange-save" }),
            ready: "#person-page",
        },
        Step {
            name: "people search, last key to list",
            action: json!({ "type": ["#people-search", "Anna Bakker"] }),
            ready: "#people-list",
        },
        Step {
            name: "people search cleared",
            action: json!({ "type": ["#people-search", ""] }),
            ready: "#people-list",
        },
    ];
    // One round unmeasured: every screen's code is loaded once.
    for step in &steps {
        timed(&app, step)?;
    }
    let mut timings: Vec<Vec<Timing>> = steps.iter().map(|_| Vec::with_capacity(runs)).collect();
    for _ in 0..runs {
        for (step, taken) in steps.iter().zip(&mut timings) {
            taken.push(timed(&app, step)?);
        }
    }
    println!(
        "bench-ui: {} on the heavy ledger, {runs} runs each",
        harness.app().display()
    );
    println!(
        "{:<36} {:>10} {:>10} {:>14}",
        "interaction", "median ms", "p95 ms", "in page (med.)"
    );
    for (step, taken) in steps.iter().zip(&timings) {
        let (median, p95) =
            median_and_p95(&mut taken.iter().map(|t| t.painted).collect::<Vec<_>>());
        let (in_page, _) = median_and_p95(&mut taken.iter().map(|t| t.in_page).collect::<Vec<_>>());
        println!(
            "{:<36} {median:>10.1} {p95:>10.1} {in_page:>14.1}",
            step.name
        );
    }

    // Reminders, dashboard, people, two person pages, and round again; the
    // memory every fifth of the way, so growth that levels off shows apart
    // from growth that goes on.
    println!("memory (MiB)        window process   web process");
    let row =
        |when: &str, (window, web): (f64, f64)| println!("{when:<19} {window:>14.0} {web:>13.0}");
    row("first screen", first_screen);
    let fifth = (screens / 5).max(1);
    for (done, step) in steps[..5].iter().cycle().take(screens).enumerate() {
        timed(&app, step)?;
        if (done + 1) % fifth == 0 || done + 1 == screens {
            row(&format!("{} screens", done + 1), memory(harness.app()));
        }
    }
    app.quit()?;
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("bench-ui: {error}");
            ExitCode::FAILURE
        }
    }
}
