//! Reminders as a user meets them: a follow-up that came due while Balans was
//! closed shows on the navigation and in the Reminders view, is snoozed for a
//! week and is still snoozed after a restart; thanks marked done on the
//! person's page acknowledge what they gave; the first close asks whether to
//! keep running in the tray.

use std::path::Path;

use balans_core::{clock, Direction, ExchangeInput, PersonInput, ReminderKind, Store};
use chrono::TimeDelta;
use serde_json::json;

use crate::harness::Harness;
use crate::webdriver::{DriverError, Session, ESCAPE};
use crate::Outcome;

type Found<T> = Result<T, Box<dyn std::error::Error>>;

const FOLLOW_UP: &str = "#due-reminders li[data-kind=follow_up]";
const SNOOZED: &str = "#snoozed-reminders li[data-kind=follow_up]";

/// The date `days` from today (before it when negative), as YYYY-MM-DD.
fn day(days: i64) -> String {
    clock::iso(clock::today() + TimeDelta::days(days))
}

/// Adds `name` to the ledger in `dir` with one exchange, written straight
/// into the store as if recorded days ago; returns the person's id.
fn recorded(dir: &Path, name: &str, exchange: impl FnOnce(&str) -> ExchangeInput) -> Found<String> {
    let mut store = Store::open_in_dir(dir)?;
    let person = store.add_person(&PersonInput::named(name))?;
    store.record_exchange(&exchange(&person.id))?;
    Ok(person.id)
}

fn no_badge(app: &Session) -> Outcome {
    app.wait_until("the badge to go", || {
        Ok(app.find_all("#reminders-badge")?.is_empty().then_some(()))
    })?;
    Ok(())
}

fn switch_to_dutch(app: &Session) -> Outcome {
    app.click_on("#nav-settings")?;
    app.click_on("#setting-language option[value=nl]")?;
    app.click_on("#save-settings")?;
    app.wait_for_text("#nav-dashboard", "Overzicht")?;
    Ok(())
}

/// Scrolls the notification settings into view and photographs them.
fn photograph_notification_settings(app: &Session, harness: &Harness, name: &str) -> Outcome {
    app.click_on("#nav-settings")?;
    app.find("#notification-settings")?;
    app.execute(
        "document.getElementById('notification-settings').scrollIntoView()",
        json!([]),
    )?;
    app.screenshot(&harness.screenshot_path(name))?;
    Ok(())
}

pub fn a_due_reminder_appears_and_is_snoozed(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    recorded(data.path(), "Anna", |id| {
        let mut input = ExchangeInput::new(id, &day(-10), Direction::Gave, "advice");
        input.follow_up = Some(day(-2));
        input
    })?;

    let app = harness.launch(data.path())?;
    app.wait_for_text("#reminders-badge", "1")?;
    app.wait_for_text("#dashboard-reminders-link", "1 reminder due")?;
    app.screenshot(&harness.screenshot_path("en-dashboard-reminders"))?;
    app.click_on("#dashboard-reminders-link")?;
    app.wait_for_text(
        &format!("{FOLLOW_UP} .reminder-title"),
        "Follow up with \u{2068}Anna\u{2069}",
    )?;
    app.screenshot(&harness.screenshot_path("en-reminders-follow-up"))?;
    app.click_on(&format!("{FOLLOW_UP} .snooze-open"))?;
    app.find(&format!("{FOLLOW_UP} .snooze-week"))?;
    app.screenshot(&harness.screenshot_path("en-reminders-snooze"))?;
    app.click_on(&format!("{FOLLOW_UP} .snooze-week"))?;
    app.find(SNOOZED)?;
    app.find("#no-reminders")?;
    no_badge(&app)?;
    app.screenshot(&harness.screenshot_path("en-reminders-snoozed"))?;
    photograph_notification_settings(&app, harness, "en-settings-notifications")?;
    app.quit()?;

    let week = day(7);
    let store = Store::open_in_dir(data.path())?;
    let snoozed = store.reminders(clock::today())?.snoozed;
    assert_eq!(snoozed.len(), 1, "Anna's follow-up is snoozed");
    assert_eq!(snoozed[0].snoozed_until.as_deref(), Some(week.as_str()));
    drop(store);

    // While Balans is closed, a gift from Bram waits a month for thanks.
    let bram = recorded(data.path(), "Bram", |id| {
        ExchangeInput::new(id, &day(-30), Direction::Received, "advice")
    })?;

    let app = harness.launch(data.path())?;
    app.wait_for_text("#reminders-badge", "1")?;
    app.click_on("#nav-reminders")?;
    app.find(SNOOZED)?;
    let due = app.find_all("#due-reminders li")?;
    assert_eq!(
        due.len(),
        1,
        "only Bram's thanks are due; the snoozed follow-up did not come back"
    );
    app.wait_for_text(
        "#due-reminders li[data-kind=thanks] .reminder-title",
        "Thank \u{2068}Bram\u{2069}",
    )?;

    switch_to_dutch(&app)?;
    app.click_on("#nav-reminders")?;
    app.wait_for_text(
        "#due-reminders li[data-kind=thanks] .reminder-title",
        "Bedank \u{2068}Bram\u{2069}",
    )?;
    app.screenshot(&harness.screenshot_path("nl-reminders-thanks"))?;
    photograph_notification_settings(&app, harness, "nl-settings-notifications")?;

    app.click_on("#nav-reminders")?;
    app.click_on("#due-reminders li[data-kind=thanks] .reminder-person")?;
    app.wait_for_text("#person-name", "Bram")?;
    app.find("#person-reminders li[data-kind=thanks]")?;
    app.find("#timeline .exchange-badges")?;
    app.screenshot(&harness.screenshot_path("nl-person-reminders"))?;
    app.click_on("#person-reminders li[data-kind=thanks] .reminder-done")?;
    // Undo brings the thanks back, unacknowledging what Done acknowledged.
    app.click_on("#toast #undo")?;
    app.find("#person-reminders li[data-kind=thanks]")?;
    app.find("#timeline .exchange-badges")?;
    app.click_on("#person-reminders li[data-kind=thanks] .reminder-done")?;
    app.wait_until("the thanks to be done", || {
        Ok(app
            .find_all("#person-reminders, #timeline .exchange-badges")?
            .is_empty()
            .then_some(()))
    })?;
    no_badge(&app)?;

    // The question the first close asks, opened directly (the test has no
    // window manager's close button to press); Escape keeps Balans running.
    app.execute(
        "import('./widgets/close-question.js').then((m) => m.askAboutClosing({ reloadAll() {}, failed() {} }))",
        json!([]),
    )?;
    app.find("#close-keep-running")?;
    app.screenshot(&harness.screenshot_path("nl-close-question"))?;
    app.chord(&[ESCAPE])?;
    let stored = app.wait_until("the answer to be stored", || {
        let settings = Store::open_in_dir(data.path())
            .and_then(|store| store.settings())
            .map_err(|e| DriverError(e.to_string()))?;
        Ok(settings.close_to_tray)
    })?;
    assert!(stored, "Escape means keep running in the tray");
    app.quit()?;

    let store = Store::open_in_dir(data.path())?;
    assert!(
        store.exchanges_of(&bram)?.iter().all(|e| e.acknowledged),
        "marking the thanks done acknowledged what Bram gave"
    );
    let left = store.reminders(clock::today())?;
    assert!(
        left.due.is_empty(),
        "nothing is due any more: {:?}",
        left.due
    );
    assert_eq!(
        left.snoozed.iter().map(|r| r.kind).collect::<Vec<_>>(),
        [ReminderKind::FollowUp],
        "the follow-up is still snoozed"
    );
    Ok(())
}
