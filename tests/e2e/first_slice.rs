//! The walking skeleton as a user walks it: add a person, record what was given
//! and received, see the balance, and find it all again after a restart.

use crate::harness::Harness;
use crate::Outcome;

pub const MINUS: char = '\u{2212}';

/// The upright faces of the window's font as "weight status", sorted.
const UPRIGHT_FACES: &str = "return [...document.fonts]\
    .filter((face) => face.family.replaceAll('\"', '') === 'Inter' && face.style === 'normal')\
    .map((face) => `${face.weight} ${face.status}`).sort()";

pub fn first_start_shows_a_welcome(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    app.find("#welcome")?;
    let title = app.execute("return document.title", serde_json::json!([]))?;
    assert_eq!(title, "Balans", "the window should be titled Balans");
    // The window's own type is served, allowed and drawn with (ui/fonts).
    let faces = app.wait_until("the upright faces to settle", || {
        let faces = app.execute(UPRIGHT_FACES, serde_json::json!([]))?;
        let settled = faces.as_array().is_some_and(|all| {
            !all.is_empty()
                && all.iter().all(|face| {
                    face.as_str()
                        .is_some_and(|f| f.ends_with(" loaded") || f.ends_with(" error"))
                })
        });
        Ok(settled.then_some(faces))
    })?;
    assert_eq!(faces, serde_json::json!(["400 loaded", "700 loaded"]));
    app.screenshot(&harness.screenshot_path("01-first-start"))?;
    app.quit()?;
    Ok(())
}

pub fn person_and_exchange_survive_a_restart(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;

    app.click_on("#add-first-person")?;
    app.fill("#new-person-name", "  Sanne de Vries ")?;
    app.click_on("#add-person")?;
    app.wait_for_text("#person-name", "Sanne de Vries")?;
    app.wait_for_text("#person-balance", "0")?;

    // Advice is the first kind; its value (2) fills in by itself.
    app.click_on("#exchange-form input[name=direction][value=gave]")?;
    app.fill("#exchange-note", "Reviewed her offer")?;
    app.click_on("#exchange-save")?;
    app.wait_for_text("#person-balance", "+2")?;

    app.click_on("#exchange-form input[name=direction][value=received]")?;
    app.click_on("#exchange-kind option[value=referral]")?;
    app.click_on("#exchange-save")?;
    app.wait_for_text("#person-balance", &format!("{MINUS}3"))?;
    app.wait_for_text("#person-given", "2")?;
    app.wait_for_text("#person-received", "5")?;
    app.wait_for_text(".person-row .balance-chip", &format!("{MINUS}3"))?;
    assert_eq!(
        app.find_all("#timeline li")?.len(),
        2,
        "two exchanges are listed"
    );
    app.screenshot(&harness.screenshot_path("02-person-page"))?;
    app.quit()?;

    let app = harness.launch(data.path())?;
    app.click_on("#nav-people")?;
    app.wait_for_text(".person-row .person-name", "Sanne de Vries")?;
    app.click_on(".person-row")?;
    app.wait_for_text("#person-balance", &format!("{MINUS}3"))?;
    assert_eq!(
        app.find_all("#timeline li")?.len(),
        2,
        "both exchanges are still there after a restart"
    );
    app.wait_for_text("#timeline .exchange-note", "Reviewed her offer")?;
    app.screenshot(&harness.screenshot_path("03-after-restart"))?;
    app.quit()?;
    Ok(())
}

pub fn bad_input_is_explained_next_to_the_field(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    app.click_on("#nav-people")?;
    app.fill("#new-person-name", "   ")?;
    app.click_on("#add-person")?;
    app.wait_for_text("#new-person-name-error", "A name is required.")?;
    assert!(
        app.find_all(".person-row")?.is_empty(),
        "a refused name adds nobody"
    );

    app.fill("#new-person-name", "Piet")?;
    app.click_on("#add-person")?;
    app.wait_for_text("#person-name", "Piet")?;
    app.fill("#exchange-value", "5000")?;
    app.click_on("#exchange-save")?;
    app.wait_for_text(
        "#exchange-value-error",
        "A value can be at most 1,000 credits.",
    )?;
    app.screenshot(&harness.screenshot_path("04-field-error"))?;
    assert!(
        app.find_all("#timeline li")?.is_empty(),
        "a refused exchange is not recorded"
    );
    app.quit()?;
    Ok(())
}
