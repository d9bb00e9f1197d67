//! The people list and the completing person fields against a real ledger,
//! now that the core filters, sorts and pages the list and names are fetched
//! on first use: a dot of the dashboard's picture leading to its person,
//! search by name, sorting by balance, and choosing the introduced person by
//! typing part of a name; and from a dashboard with more signals than it
//! lists, the way to everyone with a signal.

use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::views::overview::SIGNALS_SHOWN;
use balans_core::{clock, Store};
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
            .contains("with \u{2068}Lotte Visser\u{2069}")
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

pub fn the_dashboard_leads_to_everyone_with_a_signal(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let signalled = {
        let mut store = Store::open_in_dir(data.path())?;
        let spec = Spec {
            people: 60,
            organisations: 4,
            exchanges: 900,
            years: 2,
            seed: 11,
        };
        synthetic_ledger::generate(&mut store, &spec)?;
        let signals = store.signals(clock::today())?;
        assert!(
            signals.len() > SIGNALS_SHOWN,
            "the generated ledger has more signals ({}) than the dashboard lists",
            signals.len()
        );
        let mut people: Vec<&String> = signals.iter().flat_map(|s| &s.person_ids).collect();
        people.sort();
        people.dedup();
        (signals.len(), people.len())
    };
    let app = harness.launch(data.path())?;
    app.find("#signals li")?;
    let listed = app.execute(
        "return document.querySelectorAll('#signals li').length",
        json!([]),
    )?;
    assert_eq!(
        listed,
        json!(SIGNALS_SHOWN),
        "the dashboard lists the most severe signals"
    );
    let more = app.find("#more-signals")?;
    let rest = (signalled.0 - SIGNALS_SHOWN).to_string();
    assert!(
        app.text(&more)?.contains(&rest),
        "the link counts the {rest} signals not listed"
    );
    app.execute(
        "document.getElementById('more-signals').scrollIntoView()",
        json!([]),
    )?;
    app.screenshot(&harness.screenshot_path("en-dashboard-more-signals"))?;
    app.click_on("#more-signals")?;
    app.wait_for_text(
        ".people-pane .count",
        &format!("{} of 60 people", signalled.1),
    )?;
    let filtered = app.execute(
        "return [document.getElementById('filter-signal').checked,
                 document.querySelectorAll('#people-list .person-row').length,
                 document.querySelectorAll('#people-list .signal-dot:not(.none)').length,
                 document.getElementById('filters-summary').textContent]",
        json!([]),
    )?;
    assert_eq!(
        filtered,
        json!([true, signalled.1, signalled.1, "Filters (1 on)"]),
        "the list is filtered on a signal, every row shows one, and the closed filters say one is on"
    );
    app.screenshot(&harness.screenshot_path("en-people-with-a-signal"))?;
    app.quit()?;
    Ok(())
}
