//! `balans export json FILE`, `balans export csv FOLDER` and
//! `balans import json FILE`: the whole ledger out and back in. Files are
//! written whole or not at all, and never over an existing file unless
//! `--replace` says so.

use std::path::{Path, PathBuf};

use crate::clock;
use crate::transfer::atomic::{self, Overwrite};
use crate::transfer::csv_export::CsvTable;
use crate::transfer::json_backup::{ImportMode, TableChanges};

use super::args::{self, Spec};
use super::failure::{Failure, Outcome};
use super::format::table;
use super::Context;

const EXPORT_OPTIONS: Spec = Spec {
    values: &[],
    flags: &["replace"],
};
const IMPORT_OPTIONS: Spec = Spec {
    values: &[],
    flags: &["merge", "replace", "preview"],
};

pub(super) fn export(ctx: &mut Context<'_>) -> Outcome {
    let (format, rest) = args::action(&ctx.args, &["json", "csv"])?;
    let parsed = args::parse(rest, &EXPORT_OPTIONS)?;
    let [target] = parsed.words(["FILE"])?;
    let overwrite = if parsed.flag("replace") {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    };
    let store = ctx.open_store()?;
    let written: Vec<PathBuf> = match format {
        "json" => {
            let path = PathBuf::from(&target);
            atomic::write_file(&path, &store.export_json()?, overwrite)?;
            vec![path]
        }
        _ => {
            let folder = Path::new(&target);
            std::fs::create_dir_all(folder)?;
            let mut paths = Vec::new();
            for table in CsvTable::ALL {
                let path = folder.join(table.file_name());
                atomic::write_file(&path, &store.export_csv(table, clock::today())?, overwrite)?;
                paths.push(path);
            }
            paths
        }
    };
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    ctx.emit(&names, |out| {
        for name in &names {
            writeln!(out, "Wrote {name}")?;
        }
        Ok(())
    })
}

pub(super) fn import(ctx: &mut Context<'_>) -> Outcome {
    let (_, rest) = args::action(&ctx.args, &["json"])?;
    let parsed = args::parse(rest, &IMPORT_OPTIONS)?;
    let [file] = parsed.words(["FILE"])?;
    let mode =
        match (parsed.flag("merge"), parsed.flag("replace")) {
            (true, false) => ImportMode::Merge,
            (false, true) => ImportMode::Replace,
            _ => return Err(Failure::usage(
                "Say --merge (match rows by id, keep the rest) or --replace (replace everything).",
            )),
        };
    let bytes = std::fs::read(&file)?;
    let mut store = ctx.open_store()?;
    let changes = if parsed.flag("preview") {
        store.preview_import(&bytes)?
    } else {
        store.import_json(&bytes, mode)?
    };
    let removes = mode == ImportMode::Replace;
    ctx.emit(&changes, |out| print_changes(out, &changes, removes))
}

fn print_changes(
    out: &mut dyn std::io::Write,
    changes: &[TableChanges],
    removes: bool,
) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = changes
        .iter()
        .map(|c| {
            let here = if removes { "removed" } else { "kept" };
            vec![
                c.table.clone(),
                c.added.to_string(),
                c.changed.to_string(),
                c.unchanged.to_string(),
                format!("{} {here}", c.only_here),
            ]
        })
        .collect();
    table(
        out,
        &["TABLE", "ADDED", "CHANGED", "SAME", "ONLY IN THE LEDGER"],
        &rows,
    )
}
