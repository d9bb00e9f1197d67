//! Two records of one person: the likely pairs, merging one into the other,
//! and taking the latest merge back, as the window's Undo does.

use balans_core::{LikelyDuplicate, Merged};
use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime};

use super::latest_undo::LatestUndo;
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
    let done = MergeDone {
        kept_id: merged.kept_id.clone(),
        kept_name: merged.kept_name.clone(),
        other_name: merged.other_name.clone(),
        exchanges_moved: merged.exchanges_moved(),
    };
    app.state::<LatestUndo<Merged>>().keep(Some(merged));
    Ok(done)
}

/// Takes back the latest merge (once); false when there is none.
#[tauri::command(async)]
pub fn undo_last_merge<R: Runtime>(app: AppHandle<R>) -> Answer<bool> {
    let Some(merged) = app.state::<LatestUndo<Merged>>().keep(None) else {
        return Ok(false);
    };
    change::write(&app, |store| store.undo_merge(&merged))?;
    Ok(true)
}
