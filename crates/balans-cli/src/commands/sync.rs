//! `balans sync`: this ledger on other computers, through a folder a sync
//! tool keeps in step. `sync setup FOLDER` starts or joins, `sync` runs one
//! round now (write this computer's changes, apply the others'), `sync
//! status` says through which folder and with which computers, and `sync
//! leave` stops syncing here.

use balans_core::phrase;
use balans_core::sync::{SyncRound, SyncStatus};
use serde::Serialize;

use crate::args::SyncAction;
use crate::failure::Outcome;
use crate::format::{line, table};
use crate::output::Out;
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>, action: Option<SyncAction>) -> Outcome {
    match action {
        None => {
            let round = ctx.open_store()?.sync_round()?;
            said_round(ctx, &round)
        }
        Some(SyncAction::Setup { folder }) => {
            let data = ctx.data_folder()?;
            let round = ctx.open_store()?.sync_setup(&folder, &data)?;
            said_round(ctx, &round)
        }
        Some(SyncAction::Status) => status(ctx),
        Some(SyncAction::Leave) => {
            let mut store = ctx.open_store()?;
            let folder = store.sync_status()?.map(|s| s.folder);
            store.sync_leave()?;
            ctx.emit(&folder, |out, lang| match &folder {
                Some(folder) => line(
                    out,
                    lang,
                    phrase!("cli-sync-left", folder = folder.as_str()),
                ),
                None => line(out, lang, phrase!("cli-sync-off")),
            })
        }
    }
}

fn said_round(ctx: &mut Context<'_>, round: &SyncRound) -> Outcome {
    ctx.emit(round, |out, lang| {
        line(
            out,
            lang,
            phrase!("cli-sync-written", count = round.written),
        )?;
        line(
            out,
            lang,
            phrase!("cli-sync-applied", count = round.applied),
        )?;
        if round.merged > 0 {
            line(out, lang, phrase!("cli-sync-merged", count = round.merged))?;
        }
        if round.skipped > 0 {
            line(
                out,
                lang,
                phrase!("cli-sync-skipped", count = round.skipped),
            )?;
        }
        for waiting in &round.waiting {
            let said = match &waiting.reason {
                Some(reason) => phrase!(
                    "cli-sync-waiting",
                    file = waiting.file.as_str(),
                    reason = reason.clone()
                ),
                None => phrase!("cli-sync-waiting-turn", file = waiting.file.as_str()),
            };
            line(out, lang, said)?;
        }
        Ok(())
    })
}

/// `sync status --json`: `{"syncing": false}`, or the status with `"syncing": true`.
#[derive(Serialize)]
struct Status {
    syncing: bool,
    #[serde(flatten)]
    status: Option<SyncStatus>,
}

fn status(ctx: &mut Context<'_>) -> Outcome {
    let status = ctx.open_store()?.sync_status()?;
    let shown = Status {
        syncing: status.is_some(),
        status,
    };
    ctx.emit(&shown, |out, lang| match &shown.status {
        None => line(out, lang, phrase!("cli-sync-off")),
        Some(status) => said_status(out, lang, status),
    })
}

fn said_status(
    out: &mut Out<'_>,
    lang: balans_core::Language,
    status: &SyncStatus,
) -> std::io::Result<()> {
    line(
        out,
        lang,
        phrase!(
            "cli-sync-through",
            folder = status.folder.as_str(),
            device = status.device.as_str(),
            since = status.joined_at.as_str()
        ),
    )?;
    if status.unwritten > 0 {
        line(
            out,
            lang,
            phrase!("cli-sync-unwritten", count = status.unwritten),
        )?;
    }
    if status.devices.is_empty() {
        return line(out, lang, phrase!("cli-sync-no-others"));
    }
    let rows: Vec<Vec<String>> = status
        .devices
        .iter()
        .map(|d| {
            vec![
                d.device.clone(),
                d.applied.to_string(),
                d.last_applied_at.clone(),
            ]
        })
        .collect();
    let header = [
        phrase!("cli-column-computer"),
        phrase!("cli-column-applied"),
        phrase!("cli-column-last-applied"),
    ];
    table(out, lang, &header, &rows)
}
