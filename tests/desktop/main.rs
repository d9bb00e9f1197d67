//! Balans on a real desktop session: a private Xvfb display and a private
//! D-Bus session bus (the daemon `dbus-run-session` starts, run directly so
//! the test can serve on the bus too), with a notification server that
//! records what it receives, as a notification daemon would show it. The
//! real binary runs in it, as the user starts it, or through tauri-driver
//! when a test uses its window.
//!
//! Run with `cargo test --test desktop`.

#[path = "../support/driver.rs"]
mod driver;
mod session;
#[path = "../support/desktop.rs"]
mod support;
mod tray;
#[path = "../support/webdriver.rs"]
#[allow(dead_code)] // The window is driven only as far as a change needs.
mod webdriver;

use std::path::Path;
use std::time::{Duration, Instant};

use balans_core::{clock, Direction, ExchangeInput, Language, PersonInput, Settings, Store};
use serde_json::json;

use session::{Desktop, NO_BUS};
use support::wait_for;
use webdriver::{Session, CONTROL, ENTER};

/// A ledger in `dir` with one follow-up that is due, in English, with no
/// quiet hours, so the test does not depend on the time of day it runs.
fn ledger_with_a_due_follow_up(dir: &Path) {
    let mut store = Store::open_in_dir(dir).unwrap();
    let settings = Settings {
        language: Some(Language::En),
        quiet_hours: None,
        ..store.settings().unwrap()
    };
    store.update_settings(&settings).unwrap();
    let anna = store
        .add_person(&PersonInput::named("Anna de Vries"))
        .unwrap();
    let mut gave = ExchangeInput::new(&anna.id, "2026-01-05", Direction::Gave, "advice");
    gave.follow_up = Some("2026-01-19".into());
    gave.note = "Sent the proposal <a href=\"https://example.org\">here</a> & more".into();
    store.record_exchange(&gave).unwrap();
}

#[test]
fn a_due_reminder_arrives_as_a_desktop_notification_once() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    let app = desktop.launch(data.path(), None).unwrap();
    let note = desktop
        .next_notification(Duration::from_secs(60))
        .expect("a notification within a minute of starting");
    assert_eq!(note.summary, "Follow up with \u{2068}Anna de Vries\u{2069}");
    assert!(
        note.body.contains(
            "Sent the proposal &lt;a href=&quot;https://example.org&quot;&gt;here&lt;/a&gt; &amp; more"
        ),
        "the server renders markup, so the note arrives escaped: {note:?}"
    );
    drop(app);

    // Started again, Balans does not announce the same reminder twice.
    let _again = desktop.launch(data.path(), None).unwrap();
    desktop.wait_until_locked(data.path()).unwrap();
    assert_eq!(desktop.next_notification(Duration::from_secs(8)), None);
}

/// Where a screenshot called `name` is saved, beside the e2e tests' own.
fn screenshot_path(name: &str) -> std::path::PathBuf {
    let app = Path::new(env!("CARGO_BIN_EXE_balans-desktop"));
    let target = app.ancestors().nth(2).unwrap_or(Path::new("."));
    target.join("screenshots").join(format!("{name}.png"))
}

/// Waits until the page's theme is `theme`.
fn wait_for_theme(window: &Session, theme: &str) {
    window
        .wait_until(&format!("the {theme} theme"), || {
            let shown =
                window.execute("return document.documentElement.dataset.theme", json!([]))?;
            Ok((shown == json!(theme)).then_some(()))
        })
        .unwrap();
}

#[test]
fn follow_the_system_follows_the_desktops_dark_style() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    // GNOME with its dark style on, before Balans starts.
    desktop.set_color_scheme(1).unwrap();
    let app = desktop.drive(data.path()).unwrap();
    wait_for_theme(&app.window, "dark");
    app.window
        .screenshot(&screenshot_path("en-dark-from-the-portal"))
        .unwrap();
    // Switched while Balans runs, and back.
    desktop.set_color_scheme(2).unwrap();
    wait_for_theme(&app.window, "light");
    desktop.set_color_scheme(1).unwrap();
    wait_for_theme(&app.window, "dark");
}

/// Waits until the tray's count beside the icon is `count`.
fn wait_for_tray_count(tray: &tray::TrayItem<'_>, count: &str) {
    wait_for(
        &format!("the tray to count {count}"),
        Duration::from_secs(30),
        || tray.label().is_ok_and(|label| label == count),
    )
    .unwrap();
}

#[test]
fn a_notification_opens_its_person_and_its_buttons_decide_the_reminder() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    {
        let mut store = Store::open_in_dir(data.path()).unwrap();
        let bram = store
            .add_person(&PersonInput::named("Bram Jansen"))
            .unwrap();
        let mut gave = ExchangeInput::new(&bram.id, "2026-01-06", Direction::Gave, "introduction");
        gave.follow_up = Some("2026-01-20".into());
        store.record_exchange(&gave).unwrap();
    }
    let app = desktop.drive(data.path()).unwrap();
    let tray = desktop.next_tray_item(Duration::from_secs(60)).unwrap();
    let notes: Vec<_> = (0..2)
        .map(|_| {
            desktop
                .next_notification(Duration::from_secs(60))
                .expect("each follow-up is announced")
        })
        .collect();
    let about = |name: &str| {
        notes
            .iter()
            .find(|note| note.summary.contains(name))
            .unwrap_or_else(|| panic!("a notification about {name}: {notes:?}"))
    };
    let (anna, bram) = (about("Anna de Vries"), about("Bram Jansen"));
    for note in [anna, bram] {
        let offered: Vec<_> = note.actions.chunks(2).map(|pair| pair.to_vec()).collect();
        for expected in [
            ["default", ""],
            ["done", "Done"],
            ["snooze-week", "Snooze a week"],
        ] {
            assert!(
                offered.contains(&expected.map(String::from).to_vec()),
                "{expected:?} in {note:?}"
            );
        }
    }
    wait_for_tray_count(&tray, "2");

    // A click on the notification brings the window to Anna's page.
    desktop.invoke_action(anna.id, "default").unwrap();
    app.window
        .wait_for_text("#person-name", "Anna de Vries")
        .unwrap();
    app.window
        .screenshot(&screenshot_path("en-notification-opened-the-person"))
        .unwrap();
    // Done and Snooze a week decide each reminder as the window's buttons do.
    desktop.invoke_action(anna.id, "done").unwrap();
    wait_for_tray_count(&tray, "1");
    desktop.invoke_action(bram.id, "snooze-week").unwrap();
    wait_for(
        "the tray to say nothing is due",
        Duration::from_secs(30),
        || {
            tray.entries()
                .is_ok_and(|entries| entries.iter().any(|e| e.label == "No reminders due"))
        },
    )
    .unwrap();
    // The same button again finds the reminder decided and changes nothing.
    desktop.invoke_action(anna.id, "snooze-week").unwrap();

    drop(app);
    wait_for("Balans to quit", Duration::from_secs(30), || {
        !desktop.is_locked(data.path())
    })
    .unwrap();
    let store = Store::open_in_dir(data.path()).unwrap();
    let today = clock::today();
    let reminders = store.reminders(today).unwrap();
    assert!(reminders.due.is_empty(), "{:?}", reminders.due);
    let week_on = clock::iso(today + chrono::Days::new(7));
    let snoozed: Vec<_> = reminders
        .snoozed
        .iter()
        .map(|r| (r.title.as_str(), r.snoozed_until.as_deref()))
        .collect();
    assert_eq!(
        snoozed,
        [(
            "Follow up with \u{2068}Bram Jansen\u{2069}",
            Some(week_on.as_str())
        )],
        "only Bram's follow-up is snoozed, for a week; Anna's is done"
    );
}

#[test]
fn a_second_launch_hands_over_to_the_first_and_exits() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    let mut first = desktop.launch(data.path(), None).unwrap();
    desktop.wait_until_locked(data.path()).unwrap();
    let mut second = desktop.launch(data.path(), None).unwrap();
    let status = second
        .wait_for_exit(Duration::from_secs(30))
        .expect("the second launch ends");
    assert!(status.success(), "it hands over and exits: {status}");
    assert!(first.is_running(), "the first keeps running");
    assert!(desktop.is_locked(data.path()));
}

#[test]
fn without_dbus_the_lock_keeps_a_second_instance_from_writing() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    let mut first = desktop.launch(data.path(), Some(NO_BUS)).unwrap();
    desktop.wait_until_locked(data.path()).unwrap();
    let mut second = desktop.launch(data.path(), Some(NO_BUS)).unwrap();
    // It starts (to tell the user why it cannot work) but never opens the database.
    for _ in 0..30 {
        std::thread::sleep(Duration::from_millis(200));
        assert!(second.is_running(), "the second window stays to explain");
        assert!(
            !second.has_open(&data.path().join(balans_core::store::DATABASE_FILE)),
            "the second instance opened the database"
        );
    }
    assert!(first.is_running());
    assert!(first.has_open(&data.path().join(balans_core::store::DATABASE_FILE)));
}

#[test]
fn the_tray_shows_what_is_due_and_quits_from_its_menu() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    let mut app = desktop.launch(data.path(), None).unwrap();
    let tray = desktop.next_tray_item(Duration::from_secs(60)).unwrap();
    // The first look at the reminders fills the menu and the label.
    let mut entries = Vec::new();
    for _ in 0..100 {
        entries = tray.entries().unwrap();
        if entries.iter().any(|e| e.label == "1 reminder due") && tray.label().unwrap() == "1" {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    let labels: Vec<&str> = entries.iter().map(|e| e.label.as_str()).collect();
    for expected in [
        "1 reminder due",
        "Open Balans",
        "Log exchange…",
        "Follow up with \u{2068}Anna de Vries\u{2069}",
        "All reminders…",
        "Pause notifications",
        "For an hour",
        "Until tomorrow",
        "Quit Balans",
    ] {
        assert!(labels.contains(&expected), "{expected:?} in {labels:?}");
    }
    assert_eq!(tray.label().unwrap(), "1", "the count beside the icon");

    tray.click("For an hour").unwrap();
    let mut paused = false;
    for _ in 0..50 {
        let entries = tray.entries().unwrap();
        if entries
            .iter()
            .any(|e| e.label.starts_with("Resume notifications"))
        {
            paused = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    assert!(paused, "after pausing, the menu offers to resume");

    tray.click("Quit Balans").unwrap();
    let status = app.wait_for_exit(Duration::from_secs(30));
    assert!(
        status.is_some_and(|s| s.success()),
        "Quit ends Balans: {status:?}"
    );
}

/// Starts twenty Balans at once on one folder; returns them once one holds
/// the folder's lock.
fn launch_twenty(desktop: &Desktop, data: &Path, bus: Option<&str>) -> Vec<session::App> {
    let apps: Vec<_> = (0..20)
        .map(|_| desktop.launch(data, bus).unwrap())
        .collect();
    desktop.wait_until_locked(data).unwrap();
    apps
}

/// The ledger is whole, with everything written before the launches.
fn ledger_intact(data: &Path) {
    let store = Store::open_in_dir(data).unwrap();
    let people = store.people_summaries(balans_core::clock::today()).unwrap();
    assert_eq!(people.len(), 1);
    assert_eq!(store.exchanges_of(&people[0].person.id).unwrap().len(), 1);
    assert!(balans_core::figures::person_stats::consistent(&store).unwrap());
}

#[test]
fn twenty_rapid_launches_with_dbus_leave_one_instance() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    let db = data.path().join(balans_core::store::DATABASE_FILE);
    let mut apps = launch_twenty(&desktop, data.path(), None);
    let mut exited = 0;
    for app in &mut apps {
        if let Some(status) = app.wait_for_exit(Duration::from_secs(60)) {
            assert!(status.success(), "a second launch hands over: {status}");
            exited += 1;
        }
        if exited == 19 {
            break;
        }
    }
    assert_eq!(exited, 19, "all but one hand over and exit");
    let running: Vec<_> = apps
        .iter_mut()
        .filter_map(|app| if app.is_running() { Some(app) } else { None })
        .collect();
    assert_eq!(running.len(), 1);
    assert!(running[0].has_open(&db), "the one left is the writer");
    drop(apps);
    ledger_intact(data.path());
}

#[test]
fn twenty_rapid_launches_without_dbus_give_one_writer() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    let db = data.path().join(balans_core::store::DATABASE_FILE);
    let apps = launch_twenty(&desktop, data.path(), Some(NO_BUS));
    // Give every one of them time to start and try.
    std::thread::sleep(Duration::from_secs(10));
    for _ in 0..10 {
        let writers = apps.iter().filter(|a| a.has_open(&db)).count();
        assert_eq!(writers, 1, "exactly one of twenty has the database open");
        std::thread::sleep(Duration::from_millis(300));
    }
    drop(apps);
    ledger_intact(data.path());
}

/// How long after its first look the reminder scheduler looks again, when the
/// clock does not jump (`LOOK_EVERY` in src-tauri/reminders/scheduler.rs).
const SCHEDULER_MINUTE: Duration = Duration::from_secs(60);

/// Counts, in the page, each `ledger-changed` the window hears.
const COUNT_LEDGER_CHANGES: &str = "const done = arguments[arguments.length - 1];
window.ledgerChanges = 0;
window.__TAURI__.event
  .listen('ledger-changed', () => { window.ledgerChanges += 1; })
  .then(() => done(null), (error) => done(String(error)));";

/// Logs, with the quick log, that the user gave `person` something today,
/// to follow up today.
fn log_follow_up_today(window: &Session, person: &str) -> webdriver::Result<()> {
    window.click_on("#open-quick-log")?;
    let field = window.find("#ql-person")?;
    window.type_into(&field, person)?;
    window.wait_for_text("#ql-person-list .suggestion", person)?;
    window.chord(&[ENTER])?;
    window.execute(
        "document.getElementById('ql-follow-up').value = arguments[0]",
        json!([clock::iso(clock::today())]),
    )?;
    window.click_on("#ql-note")?;
    window.chord(&[CONTROL, ENTER])?;
    window.wait_until("the quick log to close", || {
        let open = window.execute(
            "return document.getElementById('quick-log').open",
            json!([]),
        )?;
        Ok((open == json!(false)).then_some(()))
    })
}

#[test]
fn a_logged_exchange_reaches_the_tray_and_the_window_before_the_scheduler_looks() {
    let desktop = Desktop::start().unwrap();
    let data = tempfile::tempdir().unwrap();
    ledger_with_a_due_follow_up(data.path());
    // The scheduler looks first after the launch and next a minute after
    // that: what arrives before a minute from the launch was not its doing.
    let launched = Instant::now();
    let scheduler_looks_again = launched + SCHEDULER_MINUTE;
    let before_the_scheduler = || scheduler_looks_again.saturating_duration_since(Instant::now());
    let app = desktop.drive(data.path()).unwrap();
    let tray = desktop.next_tray_item(before_the_scheduler()).unwrap();
    wait_for(
        "the first look to count Anna's follow-up",
        before_the_scheduler(),
        || tray.label().is_ok_and(|label| label == "1"),
    )
    .unwrap();
    desktop
        .next_notification(before_the_scheduler())
        .expect("the first look announces Anna's follow-up");
    let heard = app
        .window
        .execute_async(COUNT_LEDGER_CHANGES, json!([]))
        .unwrap();
    assert_eq!(heard, json!(null), "the window listens to ledger-changed");

    log_follow_up_today(&app.window, "Anna de Vries").unwrap();

    wait_for(
        "the tray to count the new follow-up before the scheduler's next look",
        before_the_scheduler(),
        || {
            tray.label().is_ok_and(|label| label == "2")
                && tray
                    .entries()
                    .is_ok_and(|entries| entries.iter().any(|e| e.label == "2 reminders due"))
        },
    )
    .unwrap();
    let note = desktop
        .next_notification(before_the_scheduler())
        .expect("the new follow-up is announced before the scheduler's next look");
    assert_eq!(note.summary, "Follow up with \u{2068}Anna de Vries\u{2069}");
    let changes = || app.window.execute("return window.ledgerChanges", json!([]));
    wait_for(
        "the window to hear ledger-changed",
        before_the_scheduler(),
        || changes().is_ok_and(|n| n == json!(1)),
    )
    .unwrap();
    assert!(
        Instant::now() < scheduler_looks_again,
        "all of it arrived before the scheduler could have looked again"
    );
    assert_eq!(changes().unwrap(), json!(1), "one event for one change");
}
