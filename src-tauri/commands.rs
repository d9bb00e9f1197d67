//! The commands the window may call. Each one hands its input to the core and
//! returns the core's answer or its `{code, message, field}` error. Every
//! command here is also listed in `build.rs` and in the window's capability.
//! They run on the async runtime's threads, not on the main thread: a long
//! read of a large ledger must never hold up the main thread, which also
//! serves the window its pages and scripts and keeps the tray alive.

use balans_core::{
    clock, Affiliation, AffiliationInput, ErrorPayload, ExampleCounts, Exchange, ExchangeInput,
    Kind, Organisation, OrganisationInput, OrganisationPage, OrganisationRow, Overview,
    PeopleListPage, PeopleQuery, Person, PersonInput, PersonName, PersonPage, SearchHit, Settings,
    Signal, Style, Trash,
};
use tauri::State;

use crate::first_screen::FirstScreen;
use crate::ledger_state::{AppInfo, LedgerState};

type Answer<T> = Result<T, ErrorPayload>;
type Ledger<'a> = State<'a, LedgerState>;
type First<'a> = State<'a, FirstScreen>;

#[tauri::command(async)]
pub fn app_info(ledger: Ledger<'_>) -> AppInfo {
    ledger.info()
}

/// The window drew its first screen: start-time measurements are told at
/// once; then what was read ahead is dropped, free memory goes back to the
/// system and the ledger's upkeep may begin.
#[tauri::command(async)]
pub fn startup_drawn<R: tauri::Runtime>(app: tauri::AppHandle<R>, first: First<'_>) {
    crate::startup_probe::report_drawn();
    first.forget();
    crate::memory::give_back();
    crate::maintenance::start(&app);
}

/// After a damaged ledger was moved aside: restore `backup`, or start empty.
#[tauri::command(async)]
pub fn recover_ledger(ledger: Ledger<'_>, backup: Option<String>) -> Answer<AppInfo> {
    ledger.recover(backup.as_deref())?;
    Ok(ledger.info())
}

#[tauri::command(async)]
pub fn list_kinds(ledger: Ledger<'_>) -> Answer<Vec<Kind>> {
    ledger.with(|store| store.kinds())
}

#[tauri::command(async)]
pub fn add_kind(ledger: Ledger<'_>, name: String, value: f64) -> Answer<Kind> {
    ledger.with(|store| store.add_kind(&name, value))
}

#[tauri::command(async)]
pub fn set_kind_value(ledger: Ledger<'_>, name: String, value: f64) -> Answer<Kind> {
    ledger.with(|store| store.set_kind_value(&name, value))
}

#[tauri::command(async)]
pub fn get_settings(ledger: Ledger<'_>) -> Answer<Settings> {
    ledger.with(|store| store.settings())
}

#[tauri::command(async)]
pub fn update_settings(ledger: Ledger<'_>, settings: Settings) -> Answer<Settings> {
    ledger.with(|store| store.update_settings(&settings))
}

#[tauri::command(async)]
pub fn overview(ledger: Ledger<'_>, first: First<'_>) -> Answer<Overview> {
    let today = clock::today();
    ledger.with(|store| match first.overview(store, today) {
        Some(read_ahead) => Ok(read_ahead),
        None => store.overview(today),
    })
}

#[tauri::command(async)]
pub fn people_list(ledger: Ledger<'_>, query: PeopleQuery) -> Answer<PeopleListPage> {
    ledger.with(|store| store.people_list(&query, clock::today()))
}

#[tauri::command(async)]
pub fn person_names(ledger: Ledger<'_>) -> Answer<Vec<PersonName>> {
    ledger.with(|store| store.person_names())
}

#[tauri::command(async)]
pub fn add_person(ledger: Ledger<'_>, input: PersonInput) -> Answer<Person> {
    ledger.with(|store| store.add_person(&input))
}

#[tauri::command(async)]
pub fn update_person(ledger: Ledger<'_>, id: String, input: PersonInput) -> Answer<Person> {
    ledger.with(|store| store.update_person(&id, &input))
}

#[tauri::command(async)]
pub fn set_person_archived(ledger: Ledger<'_>, id: String, archived: bool) -> Answer<Person> {
    ledger.with(|store| store.set_archived(&id, archived))
}

#[tauri::command(async)]
pub fn trash_person(ledger: Ledger<'_>, id: String) -> Answer<Person> {
    ledger.with(|store| store.trash_person(&id))
}

#[tauri::command(async)]
pub fn restore_person(ledger: Ledger<'_>, id: String) -> Answer<Person> {
    ledger.with(|store| store.restore_person(&id))
}

#[tauri::command(async)]
pub fn person_page(ledger: Ledger<'_>, id: String) -> Answer<PersonPage> {
    ledger.with(|store| store.person_page(&id, clock::today()))
}

#[tauri::command(async)]
pub fn record_exchange(ledger: Ledger<'_>, input: ExchangeInput) -> Answer<Exchange> {
    ledger.with(|store| store.record_exchange(&input))
}

#[tauri::command(async)]
pub fn update_exchange(ledger: Ledger<'_>, id: String, input: ExchangeInput) -> Answer<Exchange> {
    ledger.with(|store| store.update_exchange(&id, &input))
}

#[tauri::command(async)]
pub fn trash_exchange(ledger: Ledger<'_>, id: String) -> Answer<Exchange> {
    ledger.with(|store| store.trash_exchange(&id))
}

#[tauri::command(async)]
pub fn restore_exchange(ledger: Ledger<'_>, id: String) -> Answer<Exchange> {
    ledger.with(|store| store.restore_exchange(&id))
}

#[tauri::command(async)]
pub fn trash_contents(ledger: Ledger<'_>) -> Answer<Trash> {
    ledger.with(|store| store.trash())
}

#[tauri::command(async)]
pub fn empty_trash(ledger: Ledger<'_>) -> Answer<(usize, usize)> {
    ledger.with(|store| store.empty_trash())
}

#[tauri::command(async)]
pub fn list_organisations(ledger: Ledger<'_>) -> Answer<Vec<Organisation>> {
    ledger.with(|store| store.organisations())
}

#[tauri::command(async)]
pub fn organisation_rows(ledger: Ledger<'_>) -> Answer<Vec<OrganisationRow>> {
    ledger.with(|store| store.organisation_rows(clock::today()))
}

#[tauri::command(async)]
pub fn add_organisation(ledger: Ledger<'_>, input: OrganisationInput) -> Answer<Organisation> {
    ledger.with(|store| store.add_organisation(&input))
}

#[tauri::command(async)]
pub fn update_organisation(
    ledger: Ledger<'_>,
    id: String,
    input: OrganisationInput,
) -> Answer<Organisation> {
    ledger.with(|store| store.update_organisation(&id, &input))
}

#[tauri::command(async)]
pub fn organisation_page(ledger: Ledger<'_>, id: String) -> Answer<OrganisationPage> {
    ledger.with(|store| store.organisation_page(&id, clock::today()))
}

#[tauri::command(async)]
pub fn affiliate(ledger: Ledger<'_>, input: AffiliationInput) -> Answer<Affiliation> {
    ledger.with(|store| store.affiliate(&input))
}

#[tauri::command(async)]
pub fn end_affiliation(ledger: Ledger<'_>, id: String, to_date: String) -> Answer<Affiliation> {
    ledger.with(|store| store.end_affiliation(&id, &to_date))
}

#[tauri::command(async)]
pub fn delete_affiliation(ledger: Ledger<'_>, id: String) -> Answer<()> {
    ledger.with(|store| store.delete_affiliation(&id))
}

#[tauri::command(async)]
pub fn search(ledger: Ledger<'_>, query: String) -> Answer<Vec<SearchHit>> {
    ledger.with(|store| store.search(&query, 50))
}

#[tauri::command(async)]
pub fn person_signals(ledger: Ledger<'_>, id: String) -> Answer<Vec<Signal>> {
    ledger.with(|store| store.signals_for(&id, clock::today()))
}

#[tauri::command(async)]
pub fn style_of(ledger: Ledger<'_>, id: String) -> Answer<Style> {
    ledger.with(|store| store.style_of(&id))
}

#[tauri::command(async)]
pub fn snooze_signal(ledger: Ledger<'_>, key: String, until: String) -> Answer<()> {
    ledger.with(|store| store.snooze_signal(&key, &until, clock::today()))
}

#[tauri::command(async)]
pub fn list_tags(ledger: Ledger<'_>) -> Answer<Vec<String>> {
    ledger.with(|store| store.all_tags())
}

#[tauri::command(async)]
pub fn has_example(ledger: Ledger<'_>) -> Answer<bool> {
    ledger.with(|store| store.has_example())
}

#[tauri::command(async)]
pub fn load_example(ledger: Ledger<'_>) -> Answer<ExampleCounts> {
    ledger.with(|store| store.load_example(clock::today()))
}

#[tauri::command(async)]
pub fn remove_example(ledger: Ledger<'_>) -> Answer<ExampleCounts> {
    ledger.with(|store| store.remove_example())
}

#[cfg(test)]
mod tests {
    //! A command must be defined, registered in the handler, listed in the app
    //! manifest and allowed in the capability; missing any one of them makes it
    //! fail only at run time, so the four lists are compared here.

    use std::collections::BTreeSet;

    fn defined() -> BTreeSet<String> {
        let mut names = BTreeSet::new();
        for source in [
            include_str!("commands.rs"),
            include_str!("transfer.rs"),
            include_str!("background_commands.rs"),
        ] {
            let mut lines = source.lines();
            while let Some(line) = lines.next() {
                if line.trim().starts_with("#[tauri::command") {
                    let signature = lines.next().unwrap_or_default();
                    let name = signature.trim().trim_start_matches("pub fn ");
                    let end = name.find(['(', '<']).unwrap_or(name.len());
                    names.insert(name[..end].to_owned());
                }
            }
        }
        names
    }

    fn quoted_in(source: &str, from: &str, to: &str) -> BTreeSet<String> {
        let start = source.find(from).expect("list start") + from.len();
        let end = start + source[start..].find(to).expect("list end");
        source[start..end]
            .split('"')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    }

    #[test]
    fn every_command_is_registered_listed_and_allowed() {
        let defined = defined();
        assert!(
            defined.len() > 20,
            "the command list should be read from commands.rs"
        );

        let manifest = quoted_in(include_str!("build.rs"), ".commands(&[", "]");
        assert_eq!(
            manifest, defined,
            "build.rs should list exactly the defined commands"
        );

        let handler: BTreeSet<String> = include_str!("lib.rs")
            .lines()
            .filter_map(|l| {
                let l = l.trim();
                ["commands::", "transfer::", "background_commands::"]
                    .iter()
                    .find_map(|module| l.strip_prefix(module))
            })
            .map(|l| l.trim_end_matches(',').to_owned())
            .collect();
        assert_eq!(
            handler, defined,
            "lib.rs should register exactly the defined commands"
        );

        let capability: serde_json::Value =
            serde_json::from_str(include_str!("capabilities/main-window.json")).unwrap();
        let permissions = capability["permissions"].as_array().unwrap();
        let (core, own): (Vec<_>, Vec<_>) = permissions
            .iter()
            .partition(|p| p.as_str().unwrap().contains(':'));
        assert_eq!(
            core,
            ["core:event:allow-listen", "core:event:allow-unlisten"],
            "beyond its own commands the window may only listen to events"
        );
        let allowed: BTreeSet<String> = own
            .iter()
            .map(|p| {
                p.as_str()
                    .unwrap()
                    .trim_start_matches("allow-")
                    .replace('-', "_")
            })
            .collect();
        assert_eq!(
            allowed, defined,
            "the capability should allow exactly the defined commands"
        );
    }
}
