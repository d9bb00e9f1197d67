//! The screens at ten years of data, in both languages: a generated ledger of
//! 1,500 people and 30,000 exchanges. The dashboard counts its signals by
//! kind, namesakes in the list get a second line that tells them apart,
//! opening a person keeps the list as it was, and the busiest person's
//! timeline pages back to the first exchange. Screenshots of each screen.

use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::views::person_page::PAGE_EXCHANGES;
use balans_core::{clock, PersonInput, Store};
use serde_json::json;

use crate::harness::Harness;
use crate::screens::choose_dutch;
use crate::webdriver::Session;
use crate::Outcome;

/// How many `css` elements the page holds.
fn count(app: &Session, css: &str) -> Result<usize, Box<dyn std::error::Error>> {
    Ok(app.find_all(css)?.len())
}

pub fn the_screens_read_at_scale_in_both_languages(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let (busiest, exchanges) = {
        let mut store = Store::open_in_dir(data.path())?;
        let spec = Spec {
            people: 1_500,
            organisations: 40,
            exchanges: 30_000,
            years: 10,
            seed: 27,
        };
        synthetic_ledger::generate(&mut store, &spec)?;
        for tag in ["rotary", "golf"] {
            store.add_person(&PersonInput {
                tags: vec![tag.to_owned()],
                ..PersonInput::named("Anna Bakker")
            })?;
        }
        let summaries = store.people_summaries(clock::today())?;
        let busiest = summaries
            .iter()
            .max_by_key(|s| s.balance.exchanges)
            .ok_or("no people")?;
        (
            busiest.person.id.clone(),
            busiest.balance.exchanges as usize,
        )
    };
    assert!(
        exchanges > PAGE_EXCHANGES * 2,
        "the busiest has {exchanges}"
    );
    let app = harness.launch(data.path())?;
    for lang in ["en", "nl"] {
        if lang == "nl" {
            choose_dutch(&app)?;
            app.click_on("#nav-dashboard")?;
        }
        app.find("#signal-kinds li")?;
        app.screenshot(&harness.screenshot_path(&format!("{lang}-dashboard-at-scale")))?;

        app.click_on("#nav-people")?;
        app.fill("#people-search", "Anna Bakker")?;
        // The generated ledger has its own Anna Bakkers, told apart by where
        // they work; the two added are told apart by their tags.
        app.wait_until("the namesakes' second lines", || {
            let hints = app.execute(
                "return [...document.querySelectorAll('#people-list .person-hint')]
                    .map((hint) => hint.textContent)",
                json!([]),
            )?;
            let has = |tag: &str| hints.as_array().is_some_and(|h| h.contains(&json!(tag)));
            let rows = count(&app, "#people-list .person-row").map_err(driver)?;
            Ok((rows < 10 && has("golf") && has("rotary")).then_some(()))
        })?;
        app.screenshot(&harness.screenshot_path(&format!("{lang}-namesakes")))?;

        // Opening a person keeps the list's rows: the same elements, not new ones.
        app.execute(
            "const search = document.getElementById('people-search');
             search.value = '';
             search.dispatchEvent(new Event('input', { bubbles: true }));",
            json!([]),
        )?;
        app.wait_until("the whole list", || {
            Ok((count(&app, "#people-list .person-row").map_err(driver)? > 10).then_some(()))
        })?;
        app.execute(
            "document.querySelector('.list-slot').dataset.drawn = 'before'",
            json!([]),
        )?;
        app.execute(
            "location.hash = arguments[0]",
            json!([format!("#/people/{busiest}")]),
        )?;
        app.wait_until("the busiest person's timeline", || {
            Ok((count(&app, "#timeline li").map_err(driver)? == PAGE_EXCHANGES).then_some(()))
        })?;
        let kept = app.execute(
            "return document.querySelector('.list-slot').dataset.drawn ?? null",
            json!([]),
        )?;
        assert_eq!(kept, json!("before"), "the list was not drawn again");
        while count(&app, "#timeline li")? < exchanges {
            let before = count(&app, "#timeline li")?;
            app.click_on("#timeline-older")?;
            app.wait_until("an older page", || {
                Ok((count(&app, "#timeline li").map_err(driver)? > before).then_some(()))
            })?;
        }
        assert_eq!(
            count(&app, "#timeline li")?,
            exchanges,
            "back to the first exchange"
        );
        assert!(
            app.find_all("#timeline-older:not([hidden])")?.is_empty(),
            "nothing older to show"
        );
        app.screenshot(&harness.screenshot_path(&format!("{lang}-busiest-person")))?;
    }
    app.quit()?;
    Ok(())
}

fn driver(error: Box<dyn std::error::Error>) -> crate::webdriver::DriverError {
    crate::webdriver::DriverError(error.to_string())
}
