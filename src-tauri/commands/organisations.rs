//! Organisations and the people affiliated with them, from a day to a day.

use balans_core::{
    clock, Affiliation, AffiliationInput, Organisation, OrganisationInput, OrganisationPage,
    OrganisationRow,
};
use tauri::{AppHandle, Runtime};

use super::{Answer, Ledger};
use crate::ledger::change;

#[tauri::command(async)]
pub fn list_organisations(ledger: Ledger<'_>) -> Answer<Vec<Organisation>> {
    ledger.read(|store| store.organisations())
}

#[tauri::command(async)]
pub fn organisation_rows(ledger: Ledger<'_>) -> Answer<Vec<OrganisationRow>> {
    ledger.read(|store| store.organisation_rows(clock::today()))
}

#[tauri::command(async)]
pub fn organisation_page(ledger: Ledger<'_>, id: String) -> Answer<OrganisationPage> {
    ledger.read(|store| store.organisation_page(&id, clock::today()))
}

#[tauri::command(async)]
pub fn add_organisation<R: Runtime>(
    app: AppHandle<R>,
    input: OrganisationInput,
) -> Answer<Organisation> {
    change::write(&app, |store| store.add_organisation(&input))
}

#[tauri::command(async)]
pub fn update_organisation<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    input: OrganisationInput,
) -> Answer<Organisation> {
    change::write(&app, |store| store.update_organisation(&id, &input))
}

#[tauri::command(async)]
pub fn affiliate<R: Runtime>(app: AppHandle<R>, input: AffiliationInput) -> Answer<Affiliation> {
    change::write(&app, |store| store.affiliate(&input))
}

#[tauri::command(async)]
pub fn end_affiliation<R: Runtime>(
    app: AppHandle<R>,
    id: String,
    to_date: String,
) -> Answer<Affiliation> {
    change::write(&app, |store| store.end_affiliation(&id, &to_date))
}

#[tauri::command(async)]
pub fn delete_affiliation<R: Runtime>(app: AppHandle<R>, id: String) -> Answer<()> {
    change::write(&app, |store| store.delete_affiliation(&id))
}
