//! Acting from where you are: a person's addresses on their page, links that
//! open the system's mail, phone or browser (nothing is opened here: the
//! links are read, not followed), a refused address explained next to its
//! field; taking back a move to the trash from the toast or with Ctrl+Z; and
//! finding a person by a note, or a screen, from the keyboard, and the list
//! of shortcuts; the quick log brought up by the system-wide shortcut
//! while the window is hidden; and the window's size kept over a restart.

use serde_json::json;

use crate::harness::Harness;
use crate::screens::{add_person, choose_dutch};
use crate::webdriver::{Session, CONTROL, ENTER, ESCAPE};
use crate::Outcome;

/// An address link as (kind, href, text).
type Link = (String, String, String);

/// Each address link on the page.
fn links(app: &Session) -> Result<Vec<Link>, Box<dyn std::error::Error>> {
    let found = app.execute(
        "return [...document.querySelectorAll('#person-reach a.channel')]
             .map((a) => [a.dataset.kind, a.getAttribute('href'), a.textContent]);",
        json!([]),
    )?;
    Ok(serde_json::from_value(found)?)
}

pub fn a_person_is_reached_by_their_addresses(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, "Karin Mulder")?;
    assert!(
        app.find_all("#person-reach")?.is_empty(),
        "no addresses yet"
    );

    app.click_on("#edit-person")?;
    app.fill("#edit-phones", "bel me maar")?;
    app.click_on("#save-person")?;
    app.wait_for_text(
        "#edit-phones-error",
        "\"bel me maar\" is not a phone number: 3 to 20 digits, with spaces, \
         dashes or brackets between them and a + only in front.",
    )?;
    assert!(
        app.find_all("#person-reach")?.is_empty(),
        "nothing was saved"
    );

    app.fill("#edit-emails", "karin@mulder-advies.nl")?;
    app.fill("#edit-phones", "+31 6 1234 5678, 030 123 4567")?;
    app.fill(
        "#edit-urls",
        "linkedin.com/in/karinmulder, mulder-advies.nl",
    )?;
    app.click_on("#save-person")?;
    app.find("#person-reach a[data-kind=email]")?;
    let expected = [
        (
            "email",
            "mailto:karin@mulder-advies.nl",
            "karin@mulder-advies.nl",
        ),
        ("phone", "tel:+31612345678", "+31 6 1234 5678"),
        ("phone", "tel:0301234567", "030 123 4567"),
        (
            "linkedin",
            "https://linkedin.com/in/karinmulder",
            "https://linkedin.com/in/karinmulder",
        ),
        (
            "url",
            "https://mulder-advies.nl",
            "https://mulder-advies.nl",
        ),
    ];
    let expected: Vec<Link> = expected
        .iter()
        .map(|(k, h, t)| ((*k).to_owned(), (*h).to_owned(), (*t).to_owned()))
        .collect();
    assert_eq!(links(&app)?, expected);
    app.screenshot(&harness.screenshot_path("en-person-reach"))?;

    choose_dutch(&app)?;
    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    app.wait_for_text("#person-reach li:nth-child(2) .channel-kind", "Telefoon")?;
    app.screenshot(&harness.screenshot_path("nl-person-reach"))?;
    app.click_on("#edit-person")?;
    app.screenshot(&harness.screenshot_path("nl-person-reach-edit"))?;
    app.quit()?;
    Ok(())
}

pub fn undo_after_moving_to_the_trash(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, "Piet Smit")?;
    app.click_on("#exchange-save")?;
    app.wait_for_text("#person-balance", "+2")?;

    app.click_on(".delete-exchange")?;
    app.wait_for_text("#person-balance", "0")?;
    app.wait_for_text("#toast .toast-text", "The exchange was moved to the trash.")?;
    app.screenshot(&harness.screenshot_path("en-undo-toast"))?;
    app.click_on("#undo")?;
    app.wait_for_text("#person-balance", "+2")?;
    assert!(
        app.find_all("#toast:not([hidden])")?.is_empty(),
        "the toast went"
    );

    app.click_on("#trash-person")?;
    app.find("#no-person")?;
    app.wait_for_text(
        "#toast .toast-text",
        "\u{2068}Piet Smit\u{2069} was moved to the trash.",
    )?;
    app.execute("document.activeElement?.blur()", json!([]))?;
    app.chord(&[CONTROL, "z"])?;
    app.wait_for_text("#person-name", "Piet Smit")?;
    app.wait_for_text("#person-balance", "+2")?;

    choose_dutch(&app)?;
    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    app.click_on("#trash-person")?;
    app.wait_for_text("#toast #undo", "Ongedaan maken")?;
    app.screenshot(&harness.screenshot_path("nl-undo-toast"))?;
    app.click_on("#undo")?;
    app.wait_for_text("#person-name", "Piet Smit")?;
    app.quit()?;
    Ok(())
}

/// Opens the list of shortcuts with `?`, photographs it, and closes it with Escape.
fn shortcut_list(harness: &Harness, app: &Session, lang: &str, title: &str) -> Outcome {
    app.execute("document.activeElement?.blur()", json!([]))?;
    app.chord(&["?"])?;
    app.wait_for_text("#shortcut-list-title", title)?;
    app.wait_for_text("#shortcut-list dt:first-child kbd", "Ctrl+N")?;
    app.screenshot(&harness.screenshot_path(&format!("{lang}-shortcut-list")))?;
    app.chord(&[ESCAPE])?;
    app.wait_until("the list to close", || {
        Ok(app
            .find_all("#shortcut-list[open]")?
            .is_empty()
            .then_some(()))
    })?;
    Ok(())
}

pub fn the_palette_finds_a_person_by_a_note(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, "Anna de Boer")?;
    app.click_on("#edit-person")?;
    app.fill("#edit-notes", "Zoekt een aannemer voor het magazijn")?;
    app.click_on("#save-person")?;
    app.wait_for_text("#person-notes", "Zoekt een aannemer voor het magazijn")?;
    add_person(&app, "Bram Visser")?;
    app.click_on("#nav-dashboard")?;

    app.execute("document.activeElement?.blur()", json!([]))?;
    app.chord(&[CONTROL, "k"])?;
    app.fill("#palette-input", "aannemer")?;
    app.wait_for_text("#palette-results .active .palette-label", "Anna de Boer")?;
    app.screenshot(&harness.screenshot_path("en-palette"))?;
    app.chord(&[ENTER])?;
    app.wait_for_text("#person-name", "Anna de Boer")?;
    shortcut_list(harness, &app, "en", "Keyboard shortcuts")?;

    choose_dutch(&app)?;
    app.execute("document.activeElement?.blur()", json!([]))?;
    app.chord(&["/"])?;
    app.fill("#palette-input", "naar herin")?;
    app.wait_for_text(
        "#palette-results .active .palette-label",
        "Naar Herinneringen",
    )?;
    app.screenshot(&harness.screenshot_path("nl-palette"))?;
    app.chord(&[ENTER])?;
    app.find("#nav-reminders[aria-current=page]")?;
    shortcut_list(harness, &app, "nl", "Sneltoetsen")?;
    app.quit()?;
    Ok(())
}

fn page_visibility(app: &Session) -> crate::webdriver::Result<String> {
    let state = app.execute("return document.visibilityState", json!([]))?;
    Ok(state.as_str().unwrap_or_default().to_owned())
}

/// Hides the window as the tray does, presses Ctrl+Alt+B on the display,
/// and waits for the window to come back with the quick log open. The
/// shortcut is registered once the first screen is drawn, so a press
/// before that is pressed again.
fn shortcut_from_the_tray(harness: &Harness, app: &Session) -> Outcome {
    harness.xdotool(&[
        "search",
        "--onlyvisible",
        "--name",
        "^Balans$",
        "windowunmap",
        "--sync",
        "%@",
    ])?;
    app.wait_until("the window to be hidden", || {
        Ok((page_visibility(app)? == "hidden").then_some(()))
    })?;
    app.wait_until("the quick log brought up by Ctrl+Alt+B", || {
        harness
            .xdotool(&["key", "--clearmodifiers", "ctrl+alt+b"])
            .map_err(|e| crate::webdriver::DriverError(e.to_string()))?;
        std::thread::sleep(std::time::Duration::from_millis(300));
        Ok((!app.find_all("#quick-log[open]")?.is_empty()).then_some(()))
    })?;
    assert_eq!(page_visibility(app)?, "visible", "the window came back");
    Ok(())
}

pub fn the_global_shortcut_brings_up_the_quick_log_from_the_tray(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    add_person(&app, "Karin Mulder")?;
    shortcut_from_the_tray(harness, &app)?;
    app.screenshot(&harness.screenshot_path("en-global-shortcut"))?;
    app.chord(&[ESCAPE])?;

    app.click_on("#nav-settings")?;
    app.fill("#setting-shortcut", "Ctrl+Banaan")?;
    app.click_on("#save-settings")?;
    app.wait_for_text(
        "#setting-shortcut-error",
        "\"Ctrl+Banaan\" is not a shortcut Balans understands: write it as Ctrl+Alt+B, \
         with Ctrl, Alt, Shift or Super and one key.",
    )?;
    app.fill("#setting-shortcut", "Ctrl+Alt+B")?;
    app.fill("#setting-cadence-client", "30")?;
    choose_dutch(&app)?;
    let settings = balans_core::Store::open_in_dir(data.path())?.settings()?;
    assert_eq!(
        settings.cadence_by_relationship,
        [(balans_core::Relationship::Client, 30)].into(),
        "the client cadence was saved with the language"
    );
    app.click_on("#nav-settings")?;
    app.execute(
        "document.getElementById('cadence-by-relationship').scrollIntoView({ block: 'center' })",
        json!([]),
    )?;
    app.screenshot(&harness.screenshot_path("nl-settings-cadences"))?;
    shortcut_from_the_tray(harness, &app)?;
    app.screenshot(&harness.screenshot_path("nl-global-shortcut"))?;
    app.quit()?;
    Ok(())
}

/// The page's size in the window, as `[width, height]`.
fn page_size(app: &Session) -> crate::webdriver::Result<Vec<u64>> {
    let size = app.execute("return [window.innerWidth, window.innerHeight]", json!([]))?;
    Ok(serde_json::from_value(size).unwrap_or_default())
}

/// Resizes the window with xdotool, as a user's drag of its corner would,
/// and waits until the size is written to the app's config folder.
fn resize_window(harness: &Harness, app: &Session, width: u32, height: u32) -> Outcome {
    let kept = harness
        .config_home()
        .join("nl.balans.desktop/.window-state.json");
    let size = [width.to_string(), height.to_string()];
    harness.xdotool(&[
        "search",
        "--onlyvisible",
        "--name",
        "^Balans$",
        "windowsize",
        "%@",
        &size[0],
        &size[1],
    ])?;
    app.wait_until("the window's size to be written", || {
        let state: serde_json::Value = std::fs::read(&kept)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default();
        let main = &state["main"];
        Ok((main["width"] == json!(width) && main["height"] == json!(height)).then_some(()))
    })?;
    Ok(())
}

pub fn the_window_keeps_its_size_after_a_restart(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    let first = page_size(&app)?;
    resize_window(harness, &app, 860, 620)?;
    let resized = page_size(&app)?;
    assert_ne!(first, resized, "the page follows the window's new size");
    app.quit()?;

    let app = harness.launch(data.path())?;
    assert_eq!(page_size(&app)?, resized, "the size survived the restart");
    app.screenshot(&harness.screenshot_path("en-window-size-kept"))?;
    choose_dutch(&app)?;
    app.screenshot(&harness.screenshot_path("nl-window-size-kept"))?;
    // Back to the first size, for the scenarios after this one.
    resize_window(harness, &app, 1120, 760)?;
    app.quit()?;
    Ok(())
}
