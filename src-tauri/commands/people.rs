//! People: the list, names for completing fields, one person's page, their
//! signals and style, their tags, and adding, editing, archiving and
//! trashing them.

use balans_core::{
    clock, OlderExchanges, PeopleListPage, PeopleQuery, Person, PersonInput, PersonName,
    PersonPage, Signal, Style,
};
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

#[tauri::command(async)]
pub fn person_page(ledger: Ledger<'_>, id: String) -> Answer<PersonPage> {
    ledger.read(|store| store.person_page(&id, clock::today()))
}

/// The timeline's next page back, after the `shown` newest exchanges.
#[tauri::command(async)]
pub fn older_exchanges(ledger: Ledger<'_>, id: String, shown: usize) -> Answer<OlderExchanges> {
    ledger.read(|store| store.older_exchanges(&id, shown))
}

#[tauri::command(async)]
pub fn person_signals(ledger: Ledger<'_>, id: String) -> Answer<Vec<Signal>> {
    ledger.read(|store| store.signals_for(&id, clock::today()))
}

#[tauri::command(async)]
pub fn style_of(ledger: Ledger<'_>, id: String) -> Answer<Style> {
    ledger.read(|store| store.style_of(&id))
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
