//! The calendar file Balans keeps up to date for a calendar app: chosen in
//! the save dialog, written at once, written again after a change with the
//! new follow-up in it, in the ledger's language, and left alone once the
//! user stops keeping it.

use std::path::Path;
use std::time::Duration;

use serde_json::json;

use crate::file_dialog::{answer, Dialog};
use crate::harness::Harness;
use crate::screens::{add_person, choose_dutch};
use crate::webdriver::Session;
use crate::Outcome;

fn calendar_text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_default()
}

/// Gives the person on the page something today, to follow up on `day`.
fn log_with_follow_up(app: &Session, note: &str, day: &str) -> Outcome {
    app.click_on("#exchange-form input[name=direction][value=gave]")?;
    app.fill("#exchange-note", note)?;
    app.execute(
        "document.getElementById('exchange-follow-up').value = arguments[0]",
        json!([day]),
    )?;
    app.click_on("#exchange-save")?;
    app.wait_for_text("#timeline .exchange-note", note)?;
    Ok(())
}

/// Scrolls the settings to the calendar file's line, once it names the file.
fn show_calendar_line(app: &Session) -> Outcome {
    app.find("#calendar-path")?;
    app.execute(
        "document.getElementById('calendar-file').scrollIntoView({ block: 'center' })",
        json!([]),
    )?;
    Ok(())
}

pub fn a_kept_calendar_file_follows_each_change(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let files = tempfile::tempdir()?;
    let ics = files.path().join("Balans.ics");
    let app = harness.launch(data.path())?;
    add_person(&app, "Karin Mulder")?;

    app.click_on("#nav-settings")?;
    app.click_on("#keep-calendar")?;
    answer(harness, Dialog::Save, &ics)?;
    show_calendar_line(&app)?;
    app.screenshot(&harness.screenshot_path("en-calendar-file"))?;
    let first = calendar_text(&ics);
    assert!(
        first.starts_with("BEGIN:VCALENDAR"),
        "written at once: {first:?}"
    );
    assert!(!first.contains("Karin"), "no follow-up yet");

    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    log_with_follow_up(&app, "Sent the offer", "2030-03-04")?;
    app.wait_until("the calendar file to hold the follow-up", || {
        Ok(calendar_text(&ics).contains("Karin Mulder").then_some(()))
    })?;
    assert!(calendar_text(&ics).contains("DTSTART;VALUE=DATE:20300304"));

    // In Dutch, the file speaks Dutch after the next change.
    choose_dutch(&app)?;
    app.wait_until("the calendar file in Dutch", || {
        Ok(calendar_text(&ics).contains("Volg op bij").then_some(()))
    })?;
    app.click_on("#nav-settings")?;
    show_calendar_line(&app)?;
    app.screenshot(&harness.screenshot_path("nl-calendar-file"))?;

    // Once stopped, a change leaves the file as it was.
    app.click_on("#stop-calendar")?;
    app.find("#keep-calendar")?;
    let kept = calendar_text(&ics);
    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    log_with_follow_up(&app, "Belde na", "2030-05-06")?;
    std::thread::sleep(Duration::from_secs(3));
    assert_eq!(calendar_text(&ics), kept, "no longer written");
    app.quit()?;
    Ok(())
}
