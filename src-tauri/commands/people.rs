//! People: the list, names for completing fields, one person's page (with
//! their style, signals and reminders), their tags, and adding, editing,
//! archiving and trashing them.

use balans_core::{
    clock, OlderExchanges, Organisation, PeopleListPage, PeopleQuery, Person, PersonInput,
    PersonName, PersonPage, Reminder, Signal, Style,
};
use serde::Serialize;
use tauri::{AppHandle, Runtime};

use super::{Answer, Ledger};
use crate::ledger::change;

#[tauri::command(async)]
pub fn people_list(ledger: Ledger<'_>, query: PeopleQuery) -> Answer<PeopleListPage> {
    ledger.read(|store| store.people_list(&query, clock::today()))
}

#[tauri::command(async)]
pub fn person_names(ledger: Ledger<'_>) -> Answer<Vec<PersonName>> {
    ledger.read(|store| store.person_names())
}

/// Everything a person's page shows. Read in one call under one lock: as
/// five calls, each waited its turn behind the others and the answer to
/// each crossed into the window on its own.
#[derive(Serialize)]
pub struct PersonScreen {
    page: PersonPage,
    style: Style,
    signals: Vec<Signal>,
    reminders: Vec<Reminder>,
    /// Those a new affiliation may name.
    organisations: Vec<Organisation>,
}

#[tauri::command(async)]
pub fn person_page(ledger: Ledger<'_>, id: String) -> Answer<PersonScreen> {
    ledger.read(|store| {
        let today = clock::today();
        Ok(PersonScreen {
            page: store.person_page(&id, today)?,
            style: store.style_of(&id)?,
            signals: store.signals_for(&id, today)?,
            reminders: store.reminders_for(&id, today)?,
            organisations: store.organisations()?,
        })
    })
}

/// The timeline's next page back, after the `shown` newest exchanges.
#[tauri::command(async)]
pub fn older_exchanges(ledger: Ledger<'_>, id: String, shown: usize) -> Answer<OlderExchanges> {
    ledger.read(|store| store.older_exchanges(&id, shown))
}

#[tauri::command(async)]
pub fn list_tags(ledger: Ledger<'_>) -> Answer<Vec<String>> {
    ledger.read(|store| store.all_tags())
}

#[tauri::command(async)]
pub fn add_person<R: Runtime>(app: AppHandle<R>, input: PersonInput) -> Answer<Person> {
    change::write(&app, |store| store.add_person(&input))
}

#[tauri::command(async)]
pub fn update_person<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    input: PersonInput,
) -> Answer<Person> {
    change::write(&app, |store| store.update_person(&id, &input))
}

#[tauri::command(async)]
pub fn set_person_archived<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    archived: bool,
) -> Answer<Person> {
    change::write(&app, |store| store.set_archived(&id, archived))
}

#[tauri::command(async)]
pub fn trash_person<R: Runtime>(app: AppHandle<R>, id: String) -> Answer<Person> {
    change::write(&app, |store| store.trash_person(&id))
}

#[tauri::command(async)]
pub fn restore_person<R: Runtime>(app: AppHandle<R>, id: String) -> Answer<Person> {
    change::write(&app, |store| store.restore_person(&id))
}
