//! The people list and the completing person fields against a real ledger,
//! now that the core filters, sorts and pages the list and names are fetched
//! on first use: a dot of the dashboard's picture leading to its person,
//! search by name, sorting by balance, and choosing the introduced person by
//! typing part of a name.

use serde_json::json;

use crate::harness::Harness;
use crate::webdriver::{Session, BACKSPACE};
use crate::Outcome;

/// The names in the people list, top to bottom.
fn listed(app: &Session) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let names = app.execute(
        "return [...document.querySelectorAll('#people-list .person-name')].map((n) => n.textContent)",
        json!([]),
    )?;
    Ok(serde_json::from_value(names)?)
}

/// Waits until the people list shows exactly `expected`.
fn wait_for_list(app: &Session, expected: &[&str]) -> Outcome {
    app.wait_until(&format!("the people list to show {expected:?}"), || {
        let names = listed(app).map_err(|e| crate::webdriver::DriverError(e.to_string()))?;
        Ok((names == expected).then_some(()))
    })?;
    Ok(())
}

pub fn the_people_list_searches_sorts_and_names_complete(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let app = harness.launch(data.path())?;
    app.click_on("#load-example")?;
    app.find("#signals li")?;

    // A click on a dot of the picture opens that person's page.
    app.execute(
        "const picture = document.querySelector('.relationship-picture');
         const [x, y] = picture.querySelector('path.dot').getAttribute('d').match(/M([-\\d.]+),([-\\d.]+)/).slice(1).map(Number);
         const at = new DOMPoint(x + 5, y).matrixTransform(picture.getScreenCTM());
         picture.dispatchEvent(new MouseEvent('click', { clientX: at.x, clientY: at.y, bubbles: true }));",
        json!([]),
    )?;
    app.find("#person-page #person-name")?;

    app.click_on("#nav-people")?;
    app.wait_for_text(".people-pane .count", "9 of 9 people")?;

    // Bothof finds Erik and Harry by name.
    app.fill("#people-search", "bothof")?;
    wait_for_list(&app, &["Erik Bothof", "Harry Bothof"])?;
    app.screenshot(&harness.screenshot_path("en-people-search"))?;
    app.fill("#people-search", "visser")?;
    wait_for_list(&app, &["Lotte Visser"])?;
    // Backspaces, as a user empties the field (clearing it sends no input event).
    let search = app.find("#people-search")?;
    app.type_into(&search, &BACKSPACE.repeat("visser".len()))?;
    app.wait_for_text(".people-pane .count", "9 of 9 people")?;

    app.click_on("#people-sort option[value=balance]")?;
    let balances: Vec<f64> = app.wait_until("the list sorted by balance", || {
        let chips = app.execute(
            "return [...document.querySelectorAll('#people-list .balance-chip')].map((n) => n.textContent)",
            json!([]),
        )?;
        let values: Vec<f64> = chips
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|chip| chip.as_str()?.replace('\u{2212}', "-").parse().ok())
            .collect();
        let sorted = values.len() == 9 && values.windows(2).all(|w| w[0] >= w[1]);
        Ok(sorted.then_some(values))
    })?;
    assert!(balances[0] > balances[8], "highest first: {balances:?}");
    app.click_on("#people-sort option[value=name]")?;

    // The introduced person is chosen by typing part of a name.
    app.click_on(".person-row[data-id] .person-name")?;
    app.find("#person-name")?;
    app.fill("#exchange-third", "lot")?;
    app.wait_for_text("#exchange-third-list li", "Lotte Visser")?;
    app.screenshot(&harness.screenshot_path("en-third-person-picker"))?;
    app.click_on("#exchange-third-list li")?;
    app.click_on("#exchange-save")?;
    app.wait_until("the exchange with Lotte in the timeline", || {
        let first = app.find("#timeline li .exchange-badges")?;
        Ok(app
            .text(&first)?
            .contains("with Lotte Visser")
            .then_some(()))
    })?;

    // A name that matches nobody is refused next to the field, and nothing is saved.
    let before = app.find_all("#timeline li")?.len();
    app.fill("#exchange-third", "Nobody Like This")?;
    app.click_on("#exchange-save")?;
    app.wait_for_text(
        "#exchange-third-error",
        "Choose someone from the list, or clear the field.",
    )?;
    assert_eq!(app.find_all("#timeline li")?.len(), before);
    app.quit()?;
    Ok(())
}
