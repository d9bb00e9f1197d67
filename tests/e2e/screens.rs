//! The screens a user lives in, walked as a user walks them: the example
//! network with its signals and reminders, every screen in English and in
//! Dutch, the quick log from the keyboard, editing, the trash, and hostile
//! text.

use serde_json::json;

use crate::first_slice::MINUS;
use crate::harness::Harness;
use crate::webdriver::{Session, CONTROL, ENTER, ESCAPE};
use crate::Outcome;

/// Visits every screen and saves a screenshot of each, named after `lang`.
fn photograph_every_screen(app: &Session, harness: &Harness, lang: &str) -> Outcome {
    let shot = |name: &str| app.screenshot(&harness.screenshot_path(&format!("{lang}-{name}")));
    app.click_on("#nav-dashboard")?;
    app.find("#signals li")?;
    shot("dashboard")?;
    app.click_on("#signals li[data-kind=stranded_credits] .open-person")?;
    app.wait_for_text("#person-name", "Harry Bothof")?;
    shot("person")?;
    app.click_on("#nav-reminders")?;
    app.find("#due-reminders li")?;
    shot("reminders")?;
    app.click_on("#nav-people")?;
    app.find("#no-person")?;
    shot("people")?;
    app.click_on("#nav-organisations")?;
    app.click_on("#organisation-list a")?;
    app.wait_for_text("#organisation-name", "Bothof BV")?;
    app.wait_for_text("#organisation-stranded", "7")?;
    shot("organisation")?;
    app.click_on("#nav-organisations")?;
    app.find("#organisation-list")?;
    shot("organisations")?;
    app.click_on("#nav-trash")?;
    app.find("#trash-empty")?;
    shot("trash")?;
    app.click_on("#nav-settings")?;
    app.find("#settings-form")?;
    shot("settings")?;
    app.chord(&[CONTROL, "n"])?;
    app.find("#ql-person")?;
    shot("quick-log")?;
    app.chord(&[ESCAPE])?;
    wait_closed(app)?;
    Ok(())
}

fn wait_closed(app: &Session) -> Outcome {
    app.wait_until("the quick log to close", || {
        let open = app.execute(
            "return document.getElementById('quick-log').open",
            json!([]),
        )?;
        Ok((open == json!(false)).then_some(()))
    })?;
    Ok(())
}

/// At 200% zoom the person page and the dashboard still fit the window's width.
fn readable_at_double_zoom(app: &Session, harness: &Harness) -> Outcome {
    for (screen, ready) in [
        ("#nav-dashboard", "#signals"),
        ("#nav-people", "#people-list"),
    ] {
        app.click_on(screen)?;
        app.find(ready)?;
        let overflow = app.execute(
            "document.documentElement.style.zoom = '2'; \
             return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            json!([]),
        )?;
        app.screenshot(&harness.screenshot_path(&format!("en-zoom-200-{}", &screen[5..])))?;
        app.execute("document.documentElement.style.zoom = ''", json!([]))?;
        assert!(
            overflow.as_i64().unwrap_or(i64::MAX) <= 0,
            "at 200% zoom {screen} scrolls sideways by {overflow} pixels"
        );
    }
    Ok(())
}

pub fn example_signals_lead_to_people_in_both_languages(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    app.find("#welcome")?;
    app.screenshot(&harness.screenshot_path("en-welcome"))?;
    app.click_on("#load-example")?;
    app.find("#signals li[data-kind=stranded_credits]")?;
    app.find("#remove-example")?;
    photograph_every_screen(&app, harness, "en")?;
    readable_at_double_zoom(&app, harness)?;

    choose_dutch(&app)?;
    photograph_every_screen(&app, harness, "nl")?;

    app.click_on("#nav-settings")?;
    // Fractions and times as a Dutch reader writes them, whatever WebKit's
    // own fields would show on an English system; a fraction typed the
    // English way is read too.
    assert_eq!(value_of(&app, "#setting-unasked_share")?, "0,5");
    assert_eq!(value_of(&app, "#setting-quiet-start")?, "22:00");
    app.fill("#setting-one_sided_ratio", "2.5")?;
    app.fill("#setting-quiet-start", "21.30")?;
    app.click_on("#setting-theme option[value=dark]")?;
    app.click_on("#save-settings")?;
    app.wait_until("the dark theme", || {
        let theme = app.execute("return document.documentElement.dataset.theme", json!([]))?;
        Ok((theme == json!("dark")).then_some(()))
    })?;
    app.wait_until("the settings drawn again as saved", || {
        let shown = app.execute(
            "return ['#setting-one_sided_ratio', '#setting-quiet-start']
                .map((css) => document.querySelector(css).value)",
            json!([]),
        )?;
        Ok((shown == json!(["2,5", "21:30"])).then_some(()))
    })?;
    app.fill("#setting-one_sided_ratio", "twee")?;
    app.click_on("#save-settings")?;
    app.wait_for_text(
        "#setting-one_sided_ratio-error",
        "Vul een getal in, zoals 2,5.",
    )?;
    app.click_on("#nav-dashboard")?;
    app.find("#signals li")?;
    app.screenshot(&harness.screenshot_path("nl-dark-dashboard"))?;

    let stranded = app.find("#signals li[data-kind=stranded_credits] .signal-explanation")?;
    let text = app.text(&stranded)?;
    assert!(
        text.contains("vertrok") && text.contains("7 credits"),
        "the signal explains itself in Dutch: {text}"
    );
    app.click_on("#remove-example")?;
    app.wait_for_text("#welcome-title", "Welkom bij Balans")?;
    app.screenshot(&harness.screenshot_path("nl-welcome"))?;
    app.quit()?;
    Ok(())
}

/// Chooses Dutch in Settings and waits until the window speaks it.
pub(crate) fn choose_dutch(app: &Session) -> Outcome {
    app.click_on("#nav-settings")?;
    app.click_on("#setting-language option[value=nl]")?;
    app.click_on("#save-settings")?;
    app.wait_for_text("#nav-dashboard", "Overzicht")?;
    Ok(())
}

pub(crate) fn add_person(app: &Session, name: &str) -> Outcome {
    app.click_on("#nav-people")?;
    app.fill("#new-person-name", name)?;
    app.click_on("#add-person")?;
    app.wait_for_text("#person-name", name.trim())?;
    Ok(())
}

fn value_of(app: &Session, css: &str) -> Result<String, Box<dyn std::error::Error>> {
    let value = app.execute(
        "return document.querySelector(arguments[0]).value",
        json!([css]),
    )?;
    Ok(value.as_str().unwrap_or_default().to_owned())
}

pub fn quick_log_from_the_keyboard(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, "Sanne de Vries")?;
    app.click_on("#nav-dashboard")?;

    app.chord(&[CONTROL, "n"])?;
    let person = app.find("#ql-person")?;
    app.type_into(&person, "sann")?;
    app.wait_for_text("#ql-person-list .suggestion", "Sanne de Vries")?;
    app.chord(&[ENTER])?;
    assert_eq!(value_of(&app, "#ql-person")?, "Sanne de Vries");
    app.click_on("#ql-kind option[value=referral]")?;
    assert_eq!(
        value_of(&app, "#ql-value")?,
        "5",
        "the value follows the kind"
    );
    app.click_on("#ql-note")?;
    app.chord(&[CONTROL, ENTER])?;
    wait_closed(&app)?;

    // A new name is offered as a new person and created with the exchange.
    app.chord(&[CONTROL, "n"])?;
    let person = app.find("#ql-person")?;
    app.type_into(&person, "Bram de Jong")?;
    app.wait_for_text(
        "#ql-person-list .suggestion.new",
        "New person: \u{2068}Bram de Jong\u{2069}",
    )?;
    app.chord(&[ENTER])?;
    app.click_on("#ql-form input[name=direction][value=received]")?;
    app.click_on("#ql-value")?;
    app.chord(&[ENTER])?;
    wait_closed(&app)?;

    // Escape cancels and records nothing.
    app.chord(&[CONTROL, "n"])?;
    app.find("#ql-person")?;
    app.chord(&[ESCAPE])?;
    wait_closed(&app)?;

    app.click_on("#nav-people")?;
    app.click_on(".person-row[data-id] .person-name")?;
    app.wait_for_text("#person-name", "Bram de Jong")?;
    app.wait_for_text("#person-balance", &format!("{MINUS}2"))?;
    app.click_on("#nav-people")?;
    let rows = app.find_all(".person-row")?;
    assert_eq!(rows.len(), 2, "Sanne and the new Bram");
    app.click(&rows[1])?;
    app.wait_for_text("#person-name", "Sanne de Vries")?;
    app.wait_for_text("#person-balance", "+5")?;
    assert_eq!(
        app.find_all("#timeline li")?.len(),
        1,
        "Escape recorded nothing"
    );
    app.quit()?;
    Ok(())
}

pub fn edit_trash_and_restore(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, "Piet")?;
    app.click_on("#exchange-save")?;
    app.wait_for_text("#person-balance", "+2")?;

    app.click_on(".edit-exchange")?;
    app.fill("#ql-value", "4")?;
    app.click_on("#ql-save")?;
    app.wait_for_text("#person-balance", "+4")?;

    app.click_on(".delete-exchange")?;
    app.wait_for_text("#person-balance", "0")?;
    app.click_on("#nav-trash")?;
    app.click_on("#trash-exchanges .restore")?;
    app.find("#trash-empty")?;
    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    app.wait_for_text("#person-balance", "+4")?;

    app.click_on("#edit-person")?;
    app.fill("#edit-name", "Piet Smit")?;
    app.fill("#edit-tags", "referrer, logistics")?;
    app.fill("#edit-cadence", "30")?;
    app.click_on("#save-person")?;
    app.wait_for_text("#person-name", "Piet Smit")?;
    assert_eq!(app.find_all(".chip.tag")?.len(), 2, "two tags show");

    app.click_on("#trash-person")?;
    app.find("#no-person")?;
    // The page goes first; the list beside it follows once it is drawn.
    app.wait_until("the person to leave the list", || {
        Ok(app.find_all(".person-row")?.is_empty().then_some(()))
    })?;
    app.click_on("#nav-trash")?;
    app.wait_for_text("#trash-people .trash-name", "Piet Smit")?;
    app.screenshot(&harness.screenshot_path("en-trash-with-person"))?;
    app.click_on("#trash-people .restore")?;
    app.find("#trash-empty")?;
    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    app.wait_for_text("#person-balance", "+4")?;
    app.quit()?;
    Ok(())
}

/// Short enough for every field, kind names (40 characters) included.
const PAYLOAD: &str = "<img src=x onerror=document.title=1>";
const SCRIPT: &str = "<script>document.title=2</script>";

pub fn hostile_text_stays_text(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, PAYLOAD)?;
    app.click_on("#edit-person")?;
    app.fill("#edit-tags", PAYLOAD)?;
    app.fill("#edit-met-how", PAYLOAD)?;
    app.fill("#edit-notes", &format!("{PAYLOAD}{SCRIPT}"))?;
    app.click_on("#save-person")?;
    app.wait_for_text("#person-notes", &format!("{PAYLOAD}{SCRIPT}"))?;
    app.wait_for_text(".chip.tag", PAYLOAD)?;

    app.fill("#exchange-note", SCRIPT)?;
    app.click_on("#exchange-save")?;
    app.wait_for_text("#timeline .exchange-note", SCRIPT)?;

    app.click_on("#nav-organisations")?;
    app.fill("#new-organisation-name", PAYLOAD)?;
    app.click_on("#add-organisation")?;
    app.wait_for_text("#organisation-name", PAYLOAD)?;

    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    app.click_on("#affiliate-open")?;
    app.fill("#affiliate-role", PAYLOAD)?;
    app.click_on("#affiliate-save")?;
    app.find("#affiliations li.current")?;

    app.click_on("#nav-settings")?;
    app.fill("#new-kind-name", PAYLOAD)?;
    app.click_on("#add-kind")?;
    app.wait_for_text("#kinds-form .kind-row:last-of-type label", PAYLOAD)?;

    app.click_on("#nav-organisations")?;
    app.click_on("#organisation-list a")?;
    app.wait_for_text("#organisation-members th a", PAYLOAD)?;
    app.screenshot(&harness.screenshot_path("en-hostile-text"))?;

    let injected = app.execute(
        "return [document.querySelectorAll('img[src=x], script:not([src])').length, document.title]",
        json!([]),
    )?;
    assert_eq!(
        injected,
        json!([0, "Organisations · Balans"]),
        "no element was made from user text and no script ran"
    );
    app.quit()?;
    Ok(())
}

pub fn a_backup_is_made_and_restored_from_settings(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, "Kept")?;
    // The day's copy is made in the background once the first screen is
    // drawn; on a busy machine that can be after Settings would first list.
    let backups = data.path().join(balans_core::files::backups::BACKUP_FOLDER);
    app.wait_until("the daily copy made at start", || {
        let daily = balans_core::files::backups::list_in(&backups)
            .unwrap_or_default()
            .into_iter()
            .filter(|copy| copy.reason == "daily")
            .count();
        Ok((daily == 1).then_some(()))
    })?;
    app.click_on("#nav-settings")?;
    // Settings draw after they have fetched the list: wait for it.
    app.wait_until("the daily copy listed in Settings", || {
        Ok((app.find_all("#backup-list li")?.len() == 1).then_some(()))
    })?;
    app.click_on("#backup-now")?;
    app.wait_until("a second backup", || {
        Ok((app.find_all("#backup-list li")?.len() == 2).then_some(()))
    })?;
    add_person(&app, "Gone")?;

    app.click_on("#nav-settings")?;
    app.click_on("#backup-list li:first-child .restore-backup")?;
    app.screenshot(&harness.screenshot_path("en-settings-restore"))?;
    app.click_on("#backup-list li:first-child .confirm-restore")?;
    app.wait_until("the copy made before the restore", || {
        Ok((app.find_all("#backup-list li")?.len() == 3).then_some(()))
    })?;
    app.click_on("#nav-people")?;
    app.wait_for_text(".person-row .person-name", "Kept")?;
    assert_eq!(
        app.find_all(".person-row")?.len(),
        1,
        "Gone came after the backup"
    );
    app.quit()?;
    Ok(())
}
