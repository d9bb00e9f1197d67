//! Bringing data in from the window as a user does: the system's file
//! dialog is answered with the keyboard (xdotool types the path into GTK's
//! file chooser), a preview says who the import would add before anything
//! changes, an import of thousands of contacts shows its progress until it
//! is done, and the import is taken back from its toast or later from the
//! settings.

use std::path::Path;

use serde_json::json;

use crate::file_dialog::{answer, Dialog};
use crate::harness::Harness;
use crate::screens::choose_dutch;
use crate::webdriver::Session;
use crate::Outcome;

/// How many contacts make an import long enough to show its progress.
const CONTACTS: usize = 3_000;

/// Records each text the import's progress line shows, from now on.
const WATCH_PROGRESS: &str = "
window.progressSeen = [];
const line = document.getElementById('import-progress');
new MutationObserver(() => {
  if (!line.hidden) window.progressSeen.push(line.textContent);
}).observe(line, { childList: true, subtree: true, attributes: true });";

fn seen_progress(app: &Session) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    Ok(serde_json::from_value(
        app.execute("return window.progressSeen", json!([]))?,
    )?)
}

/// What one import through the window should say, in one language.
struct Expected<'a> {
    lang: &'a str,
    would_add: &'a str,
    first: &'a str,
    last: &'a str,
    done: &'a str,
}

/// Imports `csv` from the settings, through its preview, and checks the
/// progress line.
fn import_with_progress(
    harness: &Harness,
    app: &Session,
    csv: &Path,
    says: &Expected<'_>,
) -> Outcome {
    app.click_on("#nav-settings")?;
    app.find("#import-csv")?;
    app.click_on("#import-csv")?;
    answer(harness, Dialog::Open, csv)?;
    app.wait_for_text("#preview-new h4", says.would_add)?;
    app.screenshot(&harness.screenshot_path(&format!("{}-contacts-preview", says.lang)))?;
    assert_eq!(
        app.find_all("#preview-new li")?.len(),
        30,
        "the first thirty names"
    );
    app.execute(WATCH_PROGRESS, json!([]))?;
    app.click_on("#import-contacts")?;
    app.wait_until("the progress to show", || {
        Ok((!seen_progress(app).unwrap_or_default().is_empty()).then_some(()))
    })?;
    app.screenshot(&harness.screenshot_path(&format!("{}-import-progress", says.lang)))?;
    app.wait_for_text("#toast .toast-text", says.done)?;
    let seen = seen_progress(app)?;
    assert_eq!(
        seen.first().map(String::as_str),
        Some(says.first),
        "from the start: {seen:?}"
    );
    assert!(
        seen.iter().any(|text| text == says.last),
        "to the end: {seen:?}"
    );
    let line_hidden = app.execute(
        "return document.getElementById('import-progress').hidden",
        json!([]),
    )?;
    assert_eq!(
        line_hidden,
        json!(true),
        "the line goes once the import is done"
    );
    assert!(
        app.find_all("#import-csv[disabled]")?.is_empty(),
        "the button is free again"
    );
    assert!(
        app.find_all("#contacts-preview")?.is_empty(),
        "the preview went"
    );
    Ok(())
}

/// How many people the ledger holds, read beside the running window.
fn people_in(data: &Path) -> Result<usize, Box<dyn std::error::Error>> {
    let store = balans_core::Store::open_in_dir(data)?;
    Ok(store.people_summaries(balans_core::clock::today())?.len())
}

pub fn a_long_import_shows_its_progress_and_is_taken_back(harness: &Harness) -> Outcome {
    let files = tempfile::tempdir()?;
    let csv = files.path().join("contacts.csv");
    let rows: String = (1..=CONTACTS)
        .map(|n| format!("Contact {n},Firma {}\n", n % 40))
        .collect();
    std::fs::write(&csv, format!("name,company\n{rows}"))?;
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    let english = Expected {
        lang: "en",
        would_add: "3,000 people would be added",
        first: "0 of 3,000 rows imported…",
        last: "3,000 of 3,000 rows imported…",
        done: "Added 3,000 people and 40 organisations; 0 were already there.",
    };
    import_with_progress(harness, &app, &csv, &english)?;
    // Taken back from the toast, at once.
    app.click_on("#toast #undo")?;
    app.wait_for_text("#status", "Undone.")?;
    assert_eq!(
        people_in(data.path())?,
        0,
        "the toast's Undo took all of them back"
    );

    // In Dutch, and taken back later, from the settings.
    choose_dutch(&app)?;
    let dutch = Expected {
        lang: "nl",
        would_add: "3.000 personen zouden worden toegevoegd",
        first: "0 van 3.000 rijen geïmporteerd…",
        last: "3.000 van 3.000 rijen geïmporteerd…",
        done: "3.000 mensen en 40 organisaties toegevoegd; 0 stonden er al.",
    };
    import_with_progress(harness, &app, &csv, &dutch)?;
    app.click_on("#nav-people")?;
    app.wait_for_text("p.count", "3.000 van 3.000 mensen")?;
    app.click_on("#nav-settings")?;
    app.find("#last-import")?;
    app.screenshot(&harness.screenshot_path("nl-last-import"))?;
    // The import's toast covers the bottom of the window for a few seconds.
    app.wait_until("the toast to go", || {
        Ok(app
            .find_all("#toast:not([hidden])")?
            .is_empty()
            .then_some(()))
    })?;
    app.click_on("#undo-import")?;
    app.wait_for_text(
        "#status",
        "De laatste import is teruggedraaid. Personen verwijderd: 3.000; organisaties \
         verwijderd: 40; personen gebleven omdat ze sindsdien veranderd of gebruikt zijn: 0.",
    )?;
    assert!(
        app.find_all("#last-import")?.is_empty(),
        "nothing left to take back"
    );
    assert_eq!(
        people_in(data.path())?,
        0,
        "the settings took all of them back"
    );
    app.quit()?;
    Ok(())
}
