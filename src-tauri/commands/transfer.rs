//! Export, import and backups from the window. Paths come from the system's
//! own file dialogs, which ask before replacing a file, and never from the
//! page; the writing and reading is the core's, the same as on the command
//! line. Importing and restoring change the ledger, through `ledger::change`.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use balans_core::files::atomic_write::{self, Overwrite};
use balans_core::files::backups::{BackupFile, Reason};
use balans_core::import_export::contacts::{ContactFormat, ContactsImported, ContactsPreview};
use balans_core::import_export::csv_export::{CsvStyle, CsvTable};
use balans_core::import_export::import_undo::{ImportUndone, LastImport};
use balans_core::import_export::json_backup::{ImportMode, TableChanges};
use balans_core::words::Phrase;
use balans_core::{clock, phrase, Error};
use serde::{Deserialize, Serialize};
use tauri::ipc::Channel;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use super::import_progress::{telling, ImportProgress};
use super::{Answer, Ledger};
use crate::ledger::{change, LedgerState};

/// A refusal about a file or folder; the command says it in the user's
/// language (`LedgerState::said`).
fn refused(says: Phrase) -> Error {
    Error::invalid("path", says)
}

pub(super) fn chosen(
    path: Option<tauri_plugin_dialog::FilePath>,
) -> balans_core::Result<Option<PathBuf>> {
    path.map(|p| {
        p.into_path()
            .map_err(|e| refused(phrase!("error-io", detail = e.to_string())))
    })
    .transpose()
}

/// One file the window can export, with its file-dialog filter.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Json,
    Vcard,
    Ics,
    Journal,
    Html,
}

impl ExportFormat {
    fn filter(self) -> (&'static str, &'static str) {
        match self {
            ExportFormat::Json => ("JSON", "json"),
            ExportFormat::Vcard => ("vCard", "vcf"),
            ExportFormat::Ics => ("iCalendar", "ics"),
            ExportFormat::Journal => ("hledger journal", "journal"),
            ExportFormat::Html => ("HTML", "html"),
        }
    }

    fn bytes(
        self,
        store: &balans_core::Store,
        person_id: Option<&str>,
    ) -> balans_core::Result<Vec<u8>> {
        let today = clock::today();
        match (self, person_id) {
            (ExportFormat::Json, _) => store.export_json(),
            (ExportFormat::Vcard, _) => store.export_vcards(),
            (ExportFormat::Ics, _) => {
                store.export_icalendar(&clock::now().format("%Y%m%dT%H%M%SZ").to_string())
            }
            (ExportFormat::Journal, _) => store.export_journal(),
            (ExportFormat::Html, Some(id)) => store.report_person(id, today),
            (ExportFormat::Html, None) => store.report_network(today),
        }
    }
}

/// Asks where to save, then writes the chosen export there; `None` when the
/// user cancelled. `person_id` narrows an HTML report to one person.
#[tauri::command(async)]
pub fn export_file<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
    format: ExportFormat,
    person_id: Option<String>,
) -> Answer<Option<String>> {
    let (label, extension) = format.filter();
    let name = format!("balans-{}.{extension}", clock::iso(clock::today()));
    let dialog = app
        .dialog()
        .file()
        .add_filter(label, &[extension])
        .set_file_name(name);
    let said = |e| ledger.said(e);
    let Some(path) = chosen(dialog.blocking_save_file()).map_err(said)? else {
        return Ok(None);
    };
    let bytes = ledger.read(|store| format.bytes(store, person_id.as_deref()))?;
    // The save dialog has already asked before replacing an existing file.
    atomic_write::write_file(&path, &bytes, Overwrite::Allow).map_err(said)?;
    Ok(Some(path.display().to_string()))
}

/// What importing a contacts file would do, and the token that imports it.
#[derive(Debug, Serialize)]
pub struct ContactsImportPreview {
    path: String,
    token: String,
    #[serde(flatten)]
    preview: ContactsPreview,
}

/// Asks for a contacts file and says who importing it would add, who is
/// there already and which organisations it would make; changes nothing.
#[tauri::command(async)]
pub fn preview_contacts_file<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
    chosen_file: State<'_, ChosenFile>,
    source: ContactFormat,
) -> Answer<Option<ContactsImportPreview>> {
    let (label, extension) = match source {
        ContactFormat::Vcard => ("vCard", "vcf"),
        ContactFormat::Linkedin | ContactFormat::Csv => ("CSV", "csv"),
    };
    let said = |e| ledger.said(e);
    let Some(path) = chosen(
        app.dialog()
            .file()
            .add_filter(label, &[extension])
            .blocking_pick_file(),
    )
    .map_err(said)?
    else {
        return Ok(None);
    };
    let contacts = source.read(&read(&path).map_err(said)?).map_err(said)?;
    let preview = ledger.preview(|store| store.preview_contacts(&contacts))?;
    Ok(Some(ContactsImportPreview {
        path: path.display().to_string(),
        token: chosen_file.remember(path),
        preview,
    }))
}

/// Brings in the people of the contacts file the preview named `token`
/// was made of, all or nothing, telling `progress` how far it has come.
#[tauri::command(async)]
pub fn import_contacts_file<R: Runtime>(
    app: AppHandle<R>,
    chosen_file: State<'_, ChosenFile>,
    token: String,
    source: ContactFormat,
    progress: Channel<ImportProgress>,
) -> Answer<ContactsImported> {
    let ledger = app.state::<LedgerState>();
    let said = |e| ledger.said(e);
    let path = chosen_file.take(&token).map_err(said)?;
    let contacts = source.read(&read(&path).map_err(said)?).map_err(said)?;
    change::write(&app, |store| {
        store.import_contacts_telling(&contacts, &mut telling(&progress))
    })
}

/// The contacts import that can be taken back, if any.
#[tauri::command(async)]
pub fn last_import(ledger: Ledger<'_>) -> Answer<Option<LastImport>> {
    ledger.read(|store| store.last_import())
}

/// Takes back the last contacts import, keeping what was used since.
#[tauri::command(async)]
pub fn undo_last_import<R: Runtime>(app: AppHandle<R>) -> Answer<ImportUndone> {
    change::write(&app, |store| store.undo_last_import())
}

/// Asks for a folder and writes the four CSV files into it, refusing to
/// replace files that are already there.
#[tauri::command(async)]
pub fn export_csv_folder<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
) -> Answer<Option<String>> {
    let said = |e| ledger.said(e);
    let Some(folder) = chosen(app.dialog().file().blocking_pick_folder()).map_err(said)? else {
        return Ok(None);
    };
    let files = ledger.read(|store| {
        let style = CsvStyle::of(store.settings()?.language_or_system());
        CsvTable::ALL
            .iter()
            .map(|table| {
                let bytes = store.export_csv(*table, clock::today(), style)?;
                Ok((table.file_name(), bytes))
            })
            .collect::<balans_core::Result<Vec<_>>>()
    })?;
    if let Some((name, _)) = files.iter().find(|(name, _)| folder.join(name).exists()) {
        return Err(said(refused(phrase!(
            "desktop-folder-not-empty",
            folder = folder.display().to_string(),
            file = *name
        ))));
    }
    for (name, bytes) in &files {
        atomic_write::write_file(&folder.join(name), bytes, Overwrite::Refuse).map_err(said)?;
    }
    Ok(Some(folder.display().to_string()))
}

/// A backup file the user picked, with what importing it would change.
#[derive(Serialize)]
pub struct ImportPreview {
    /// For the user to see; the import itself never takes a path from the page.
    path: String,
    /// Names this choice when the user confirms the import.
    token: String,
    changes: Vec<TableChanges>,
}

/// The file (a backup or contacts) chosen in the last preview's dialog,
/// until it is imported. The page confirms an import by the preview's
/// token, so the only way a path reaches the import is the system's file
/// dialog, whatever script the page might run.
#[derive(Default)]
pub struct ChosenFile(Mutex<Option<(String, PathBuf)>>);

impl ChosenFile {
    fn remember(&self, path: PathBuf) -> String {
        let token = format!("{:016x}", RandomState::new().build_hasher().finish());
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = Some((token.clone(), path));
        token
    }

    fn take(&self, token: &str) -> balans_core::Result<PathBuf> {
        let mut chosen = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        match chosen.take() {
            Some((known, path)) if known == token => Ok(path),
            other => {
                *chosen = other;
                Err(refused(phrase!("desktop-choose-again")))
            }
        }
    }
}

/// Asks for a backup file and previews what importing it would change.
#[tauri::command(async)]
pub fn preview_import_file<R: Runtime>(
    app: AppHandle<R>,
    ledger: Ledger<'_>,
    chosen_file: State<'_, ChosenFile>,
) -> Answer<Option<ImportPreview>> {
    let said = |e| ledger.said(e);
    let Some(path) = chosen(
        app.dialog()
            .file()
            .add_filter("JSON", &["json"])
            .blocking_pick_file(),
    )
    .map_err(said)?
    else {
        return Ok(None);
    };
    let bytes = read(&path).map_err(said)?;
    let changes = ledger.read(|store| store.preview_import(&bytes))?;
    Ok(Some(ImportPreview {
        path: path.display().to_string(),
        token: chosen_file.remember(path),
        changes,
    }))
}

fn read(path: &Path) -> balans_core::Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| {
        refused(phrase!(
            "error-file",
            file = path.display().to_string(),
            detail = e.to_string()
        ))
    })
}

/// Imports the backup file the preview named `token` was made of, telling
/// `progress` how far it has come.
#[tauri::command(async)]
pub fn import_file<R: Runtime>(
    app: AppHandle<R>,
    chosen_file: State<'_, ChosenFile>,
    token: String,
    mode: ImportMode,
    progress: Channel<ImportProgress>,
) -> Answer<Vec<TableChanges>> {
    let ledger = app.state::<LedgerState>();
    let bytes = chosen_file
        .take(&token)
        .and_then(|path| read(&path))
        .map_err(|e| ledger.said(e))?;
    change::write(&app, |store| {
        store.import_json_telling(&bytes, mode, &mut telling(&progress))
    })
}

#[tauri::command(async)]
pub fn list_backups(ledger: Ledger<'_>) -> Answer<Vec<BackupFile>> {
    ledger.read(|store| store.backups())
}

#[tauri::command(async)]
pub fn backup_now(ledger: Ledger<'_>) -> Answer<Option<String>> {
    ledger.read(|store| store.backup_now(Reason::Manual, clock::now()))
}

#[tauri::command(async)]
pub fn restore_backup<R: Runtime>(app: AppHandle<R>, name: String) -> Answer<String> {
    change::write(&app, |store| store.restore_backup(&name, clock::now()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_import_takes_only_the_file_the_dialog_chose() {
        let chosen = ChosenFile::default();
        assert!(
            chosen.take("").is_err(),
            "nothing was chosen: nothing to import"
        );
        let token = chosen.remember(PathBuf::from("/home/user/balans.json"));
        let refused = chosen.take("/etc/passwd").unwrap_err();
        assert_eq!(refused.code(), "invalid_input");
        assert_eq!(
            chosen.take(&token).unwrap(),
            PathBuf::from("/home/user/balans.json"),
            "a wrong token leaves the choice in place"
        );
        assert!(chosen.take(&token).is_err(), "a choice is imported once");
    }
}
