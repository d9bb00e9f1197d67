//! `balans export FORMAT TARGET` and `balans import FORMAT FILE`: the ledger
//! out as a JSON backup, CSV, vCard, iCalendar, an hledger journal or an HTML
//! report, and back in from a backup or from contacts (vCard, LinkedIn, CSV).
//! Files are written whole or not at all, and never over an existing file
//! unless `--replace` says so.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::clock;
use crate::transfer::atomic::{self, Overwrite};
use crate::transfer::contacts::{parse_contacts_csv, parse_linkedin};
use crate::transfer::csv_export::CsvTable;
use crate::transfer::json_backup::{ImportMode, TableChanges};
use crate::transfer::vcard::parse_vcards;

use super::args::{self, Spec};
use super::failure::{Failure, Outcome};
use super::format::table;
use super::resolve;
use super::Context;

const EXPORT_OPTIONS: Spec = Spec {
    values: &["person"],
    flags: &["replace"],
};
const IMPORT_OPTIONS: Spec = Spec {
    values: &[],
    flags: &["merge", "replace", "preview"],
};

/// The file name that means standard input (for an import) or output (for
/// an export of one file).
const STANDARD_STREAM: &str = "-";

/// The bytes of the file an import names, or of standard input for `-`; a
/// file that cannot be read is a read error naming it.
fn read_input(file: &str) -> Result<Vec<u8>, Failure> {
    let read = if file == STANDARD_STREAM {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes).map(|_| bytes)
    } else {
        std::fs::read(file)
    };
    read.map_err(|error| {
        let message = match error.kind() {
            std::io::ErrorKind::NotFound => format!("{file} does not exist."),
            _ => format!("{file} could not be read: {error}"),
        };
        Failure::refused("read", message, "file")
    })
}

pub(super) fn export(ctx: &mut Context<'_>) -> Outcome {
    let (format, rest) = args::action(
        &ctx.args,
        &["json", "csv", "vcard", "ics", "journal", "html"],
    )?;
    let parsed = args::parse(rest, &EXPORT_OPTIONS)?;
    let [target] = parsed.words(["FILE"])?;
    let overwrite = if parsed.flag("replace") {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    };
    let store = ctx.open_store()?;
    let to_output = target == STANDARD_STREAM;
    if to_output && format == "csv" {
        return Err(Failure::usage(
            "CSV is a folder of files; give a folder, not -.",
        ));
    }
    let mut piped = None;
    let mut one_file = |bytes: Vec<u8>| -> Result<Vec<PathBuf>, Failure> {
        if to_output {
            piped = Some(bytes);
            return Ok(Vec::new());
        }
        let path = PathBuf::from(&target);
        atomic::write_file(&path, &bytes, overwrite)?;
        Ok(vec![path])
    };
    let written: Vec<PathBuf> = match format {
        "json" => one_file(store.export_json()?)?,
        "vcard" => one_file(store.export_vcards()?)?,
        "ics" => {
            one_file(store.export_icalendar(&clock::now().format("%Y%m%dT%H%M%SZ").to_string())?)?
        }
        "journal" => one_file(store.export_journal()?)?,
        "html" => match parsed.value("person")? {
            Some(person) => {
                let id = resolve::person(&store, person, "person")?;
                one_file(store.report_person(&id, clock::today())?)?
            }
            None => one_file(store.report_network(clock::today())?)?,
        },
        _ => {
            let folder = Path::new(&target);
            crate::private::create_dir_all(folder)?;
            let mut paths = Vec::new();
            for table in CsvTable::ALL {
                let path = folder.join(table.file_name());
                atomic::write_file(&path, &store.export_csv(table, clock::today())?, overwrite)?;
                paths.push(path);
            }
            paths
        }
    };
    if let Some(bytes) = piped {
        ctx.out.write_all(&bytes)?;
        return Ok(());
    }
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    ctx.emit(&names, |out| {
        for name in &names {
            writeln!(out, "Wrote {name}")?;
        }
        Ok(())
    })
}

pub(super) fn import(ctx: &mut Context<'_>) -> Outcome {
    let words = ctx.args.clone();
    let (format, rest) = args::action(&words, &["json", "vcard", "linkedin", "csv"])?;
    if format != "json" {
        return import_contacts(ctx, format, rest);
    }
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
    let bytes = read_input(&file)?;
    let mut store = ctx.open_store()?;
    let changes = if parsed.flag("preview") {
        store.preview_import(&bytes)?
    } else {
        store.import_json(&bytes, mode)?
    };
    let removes = mode == ImportMode::Replace;
    ctx.emit(&changes, |out| print_changes(out, &changes, removes))
}

fn import_contacts(ctx: &mut Context<'_>, format: &str, rest: &[String]) -> Outcome {
    let [file] = args::parse(rest, &Spec::NONE)?.words(["FILE"])?;
    let text = String::from_utf8(read_input(&file)?).map_err(|_| {
        Failure::refused(
            "read",
            format!("{file} is not UTF-8 text; save it as UTF-8 and try again."),
            "file",
        )
    })?;
    let contacts = match format {
        "vcard" => parse_vcards(&text)?,
        "linkedin" => parse_linkedin(&text)?,
        _ => parse_contacts_csv(&text)?,
    };
    let done = ctx.open_store()?.import_contacts(&contacts)?;
    ctx.emit(&done, |out| {
        writeln!(
            out,
            "Added {} people and {} organisations; {} were already there.",
            done.added, done.organisations_added, done.skipped
        )
    })
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
