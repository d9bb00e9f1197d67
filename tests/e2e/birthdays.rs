//! A birthday typed on a person's page: kept, shown as the language writes
//! dates, and remembered on the day among the reminders.

use balans_core::{clock, PersonInput, Store};

use crate::harness::Harness;
use crate::Outcome;

pub fn a_birthday_typed_on_the_page_is_remembered_on_the_day(harness: &Harness) -> Outcome {
    let data = tempfile::tempdir()?;
    let anna = Store::open_in_dir(data.path())?.add_person(&PersonInput::named("Anna de Boer"))?;
    let today = clock::today();
    let birthday = format!("1990-{}", today.format("%m-%d"));
    let app = harness.launch(data.path())?;
    app.click_on("#nav-people")?;
    app.click_on(".person-row")?;
    app.click_on("#edit-person")?;
    app.fill("#edit-birthday", "17-05-1990")?;
    app.click_on("#save-person")?;
    app.wait_for_text(
        "#edit-birthday-error",
        "Write a birthday as 1984-05-17, or as --05-17 without the year.",
    )?;
    app.fill("#edit-birthday", &birthday)?;
    app.click_on("#save-person")?;
    let shown = today.format("%-d %B 1990").to_string();
    app.wait_for_text("#person-birthday", &shown)?;
    let kept = Store::open_in_dir(data.path())?.person(&anna.id)?.birthday;
    assert_eq!(kept.as_deref(), Some(birthday.as_str()));

    app.click_on("#nav-reminders")?;
    let title = "Congratulate \u{2068}Anna de Boer\u{2069}";
    app.wait_until(&format!("a reminder {title:?}"), || {
        let titles = app.find_all(".reminder-title")?;
        for element in titles {
            if app.text(&element)? == title {
                return Ok(Some(()));
            }
        }
        Ok(None)
    })?;
    app.screenshot(&harness.screenshot_path("en-birthday-reminder"))?;
    app.quit()?;
    Ok(())
}
