//! Two records of one person: the likely pairs, merging one into the other,
//! and taking the last merge back, as the window's Undo does.

use balans_core::LikelyDuplicate;
use serde::Serialize;
use tauri::{AppHandle, Runtime};

use super::{Answer, Ledger};
use crate::ledger::change;

#[tauri::command(async)]
pub fn likely_duplicates(ledger: Ledger<'_>) -> Answer<Vec<LikelyDuplicate>> {
    ledger.read(|store| store.likely_duplicates())
}

/// What the window says of a merge.
#[derive(Debug, Serialize)]
pub struct MergeDone {
    pub kept_id: String,
    pub kept_name: String,
    pub other_name: String,
    pub exchanges_moved: usize,
}

#[tauri::command(async)]
pub fn merge_people<R: Runtime>(
    app: AppHandle<R>,
    keep: String,
    other: String,
) -> Answer<MergeDone> {
    let merged = change::write(&app, |store| store.merge_people(&keep, &other))?;
    Ok(MergeDone {
        kept_id: merged.kept_id.clone(),
        kept_name: merged.kept_name.clone(),
        other_name: merged.other_name.clone(),
        exchanges_moved: merged.exchanges_moved(),
    })
}

/// Takes back the last merge made on this computer.
#[tauri::command(async)]
pub fn undo_last_merge<R: Runtime>(app: AppHandle<R>) -> Answer<()> {
    change::write(&app, |store| store.undo_last_merge().map(drop))
}
