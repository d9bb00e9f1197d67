//! The window and the command line on one data folder at once, as a user has
//! them: the window open on a person and saving exchanges while scripts log
//! through the command line. Nothing may fail and nothing may be lost.

use std::path::Path;
use std::process::Command;

use serde_json::json;

use crate::harness::Harness;
use crate::Outcome;

const PERSON: &str = "Sanne de Vries";
const COMMAND_LINES: usize = 8;
const WRITES_EACH: usize = 250;
const WINDOW_WRITES: usize = 20;

/// Logs `WRITES_EACH` exchanges, one `balans log` process each; returns the
/// error output of every one that failed.
fn log_from_the_command_line(balans: &Path, dir: &Path, line: usize) -> Vec<String> {
    (0..WRITES_EACH)
        .filter_map(|n| {
            let done = Command::new(balans)
                .arg("--data-dir")
                .arg(dir)
                .args(["log", PERSON, "gave", "advice", "--note"])
                .arg(format!("cli-{line}-{n}"))
                .output();
            match done {
                Ok(output) if output.status.success() => None,
                Ok(output) => Some(String::from_utf8_lossy(&output.stderr).into_owned()),
                Err(error) => Some(error.to_string()),
            }
        })
        .collect()
}

pub fn many_writers_beside_the_window(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    app.click_on("#add-first-person")?;
    app.fill("#new-person-name", PERSON)?;
    app.click_on("#add-person")?;
    app.wait_for_text("#person-name", PERSON)?;

    let dir = data.path();
    let command_line = harness.command_line()?;
    let command_line = command_line.as_path();
    let failed: Vec<String> = std::thread::scope(|scope| {
        let lines: Vec<_> = (0..COMMAND_LINES)
            .map(|line| scope.spawn(move || log_from_the_command_line(command_line, dir, line)))
            .collect();
        for n in 0..WINDOW_WRITES {
            let note = format!("window-{n}");
            app.click_on("#exchange-form input[name=direction][value=gave]")?;
            app.fill("#exchange-note", &note)?;
            app.click_on("#exchange-save")?;
            app.wait_until(&format!("{note} in the timeline"), || {
                let shown = app.execute(
                    "return [...document.querySelectorAll('#timeline .exchange-note')]\
                     .some((p) => p.textContent === arguments[0])",
                    json!([note]),
                )?;
                Ok((shown == json!(true)).then_some(()))
            })?;
        }
        Ok::<_, Box<dyn std::error::Error>>(
            lines
                .into_iter()
                .flat_map(|line| line.join().unwrap_or_else(|_| vec!["panicked".into()]))
                .collect(),
        )
    })?;
    assert!(
        failed.is_empty(),
        "{} of {} command-line writes failed beside the window; the first: {}",
        failed.len(),
        COMMAND_LINES * WRITES_EACH,
        failed[0]
    );
    app.screenshot(&harness.screenshot_path("en-many-writers"))?;
    app.quit()?;

    let store = balans_core::Store::open_in_dir(dir)?;
    let exchanges = store.exchanges_of(
        &store.people_summaries(balans_core::clock::today())?[0]
            .person
            .id,
    )?;
    let from_the_window = exchanges
        .iter()
        .filter(|e| e.note.starts_with("window-"))
        .count();
    let from_the_command_line = exchanges
        .iter()
        .filter(|e| e.note.starts_with("cli-"))
        .count();
    assert_eq!(
        (from_the_window, from_the_command_line),
        (WINDOW_WRITES, COMMAND_LINES * WRITES_EACH),
        "every write from the window and the command line is there"
    );
    assert!(
        balans_core::figures::person_stats::consistent(&store)?,
        "the per-person figures equal a fresh computation"
    );
    println!(
        "e2e: many writers: {} command-line and {WINDOW_WRITES} window writes, 0 failed, 0 lost",
        COMMAND_LINES * WRITES_EACH
    );
    Ok(())
}
