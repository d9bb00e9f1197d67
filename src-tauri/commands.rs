//! The commands the window may call. Each one hands its input to the core and
//! returns the core's answer or its `{code, message, field}` error.

use balans_core::{
    clock, ErrorPayload, Exchange, ExchangeInput, Kind, Person, PersonInput, PersonPage,
    PersonSummary,
};
use tauri::State;

use crate::ledger_state::{AppInfo, LedgerState};

type Answer<T> = Result<T, ErrorPayload>;

#[tauri::command]
pub fn app_info(ledger: State<'_, LedgerState>) -> AppInfo {
    ledger.info()
}

#[tauri::command]
pub fn list_kinds(ledger: State<'_, LedgerState>) -> Answer<Vec<Kind>> {
    ledger.with(|store| store.kinds())
}

#[tauri::command]
pub fn list_people(ledger: State<'_, LedgerState>) -> Answer<Vec<PersonSummary>> {
    ledger.with(|store| store.people_summaries(clock::today()))
}

#[tauri::command]
pub fn add_person(ledger: State<'_, LedgerState>, input: PersonInput) -> Answer<Person> {
    ledger.with(|store| store.add_person(&input))
}

#[tauri::command]
pub fn person_page(ledger: State<'_, LedgerState>, id: String) -> Answer<PersonPage> {
    ledger.with(|store| store.person_page(&id, clock::today()))
}

#[tauri::command]
pub fn record_exchange(ledger: State<'_, LedgerState>, input: ExchangeInput) -> Answer<Exchange> {
    ledger.with(|store| store.record_exchange(&input))
}
