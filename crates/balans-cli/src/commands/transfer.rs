//! `balans export FORMAT TARGET` and `balans import FORMAT FILE`: the ledger
//! out as a JSON backup, CSV, vCard, iCalendar, an hledger journal or an HTML
//! report, and back in from a backup or from contacts (vCard, LinkedIn, CSV).
//! Files are written whole or not at all, and never over an existing file
//! unless `--replace` says so.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use balans_core::files::atomic_write::{self, Overwrite};
use balans_core::import_export::contacts::{ContactFormat, ContactsPreview};
use balans_core::import_export::csv_export::{CsvStyle, CsvTable};
use balans_core::import_export::json_backup::{ImportMode, TableChanges};
use balans_core::{clock, phrase, Language};

use crate::args::{Export, Import};
use crate::failure::{Failure, Outcome};
use crate::format::{line, table};
use crate::output::Out;
use crate::{resolve, Context};

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
        let says = match error.kind() {
            std::io::ErrorKind::NotFound => phrase!("cli-file-missing", file = file),
            _ => phrase!(
                "cli-file-unreadable",
                file = file,
                detail = error.to_string()
            ),
        };
        Failure::refused("read", says, "file")
    })
}

pub(super) fn export(ctx: &mut Context<'_>, export: Export) -> Outcome {
    let Export {
        format,
        target,
        replace,
        person,
        csv_style,
    } = export;
    let overwrite = if replace {
        Overwrite::Allow
    } else {
        Overwrite::Refuse
    };
    let store = ctx.open_store()?;
    let to_output = target == STANDARD_STREAM;
    if to_output && format == "csv" {
        return Err(Failure::Usage(phrase!("cli-csv-needs-folder")));
    }
    let mut piped = None;
    let mut one_file = |bytes: Vec<u8>| -> Result<Vec<PathBuf>, Failure> {
        if to_output {
            piped = Some(bytes);
            return Ok(Vec::new());
        }
        let path = PathBuf::from(&target);
        atomic_write::write_file(&path, &bytes, overwrite)?;
        Ok(vec![path])
    };
    let written: Vec<PathBuf> = match format.as_str() {
        "json" => one_file(store.export_json()?)?,
        "vcard" => one_file(store.export_vcards()?)?,
        "ics" => {
            one_file(store.export_icalendar(&clock::now().format("%Y%m%dT%H%M%SZ").to_string())?)?
        }
        "journal" => one_file(store.export_journal()?)?,
        "html" => match person {
            Some(person) => {
                let id = resolve::person(&store, &person, "person")?;
                one_file(store.report_person(&id, clock::today())?)?
            }
            None => one_file(store.report_network(clock::today())?)?,
        },
        _ => {
            let folder = Path::new(&target);
            balans_core::files::owner_only::create_dir_all(folder)?;
            let style = match csv_style {
                Some(style) => style,
                None => CsvStyle::of(store.settings()?.language_or_system()),
            };
            let mut paths = Vec::new();
            for table in CsvTable::ALL {
                let path = folder.join(table.file_name());
                atomic_write::write_file(
                    &path,
                    &store.export_csv(table, clock::today(), style)?,
                    overwrite,
                )?;
                paths.push(path);
            }
            paths
        }
    };
    if let Some(bytes) = piped {
        ctx.out.raw(&bytes)?;
        return Ok(());
    }
    let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
    ctx.emit(&names, |out, lang| {
        for name in &names {
            line(out, lang, phrase!("cli-wrote", file = name))?;
        }
        Ok(())
    })
}

pub(super) fn import(ctx: &mut Context<'_>, import: Import) -> Outcome {
    if import.format != "json" {
        if import.merge || import.replace {
            return Err(Failure::Usage(phrase!("cli-contacts-are-added")));
        }
        return import_contacts(ctx, &import.format, &import.file, import.preview);
    }
    let mode = match (import.merge, import.replace) {
        (true, false) => ImportMode::Merge,
        (false, true) => ImportMode::Replace,
        _ => return Err(Failure::Usage(phrase!("cli-merge-or-replace"))),
    };
    let bytes = read_input(&import.file)?;
    let mut store = ctx.open_store()?;
    let changes = if import.preview {
        store.preview_import(&bytes)?
    } else {
        store.import_json(&bytes, mode)?
    };
    let removes = mode == ImportMode::Replace;
    ctx.emit(&changes, |out, lang| {
        print_changes(out, lang, &changes, removes)
    })
}

fn import_contacts(ctx: &mut Context<'_>, format: &str, file: &str, preview: bool) -> Outcome {
    let format = match format {
        "vcard" => ContactFormat::Vcard,
        "linkedin" => ContactFormat::Linkedin,
        _ => ContactFormat::Csv,
    };
    let contacts = format.read(&read_input(file)?)?;
    let mut store = ctx.open_store()?;
    if preview {
        let would = store.preview_contacts(&contacts)?;
        return ctx.emit(&would, |out, lang| print_preview(out, lang, &would));
    }
    let done = store.import_contacts(&contacts)?;
    ctx.emit(&done, |out, lang| {
        let said = phrase!(
            "cli-contacts-imported",
            people = done.added,
            organisations = done.organisations_added,
            skipped = done.skipped
        );
        line(out, lang, said)
    })
}

/// Takes back the last contacts import, naming the people it kept.
pub(super) fn undo_import(ctx: &mut Context<'_>) -> Outcome {
    let undone = ctx.open_store()?.undo_last_import()?;
    ctx.emit(&undone, |out, lang| {
        let said = phrase!(
            "cli-import-undone",
            people = undone.people_removed,
            organisations = undone.organisations_removed
        );
        line(out, lang, said)?;
        if !undone.people_kept.is_empty() {
            let kept = phrase!("cli-import-kept", count = undone.people_kept.len());
            line(out, lang, kept)?;
            for name in &undone.people_kept {
                writeln!(out, "  {name}")?;
            }
        }
        Ok(())
    })
}

/// Each group of a contacts preview: its heading with the count, then the
/// names, one per line.
fn print_preview(
    out: &mut Out<'_>,
    lang: Language,
    would: &ContactsPreview,
) -> std::io::Result<()> {
    let groups = [
        (
            phrase!("cli-preview-people", count = would.people.len()),
            &would.people,
        ),
        (
            phrase!(
                "cli-preview-already-there",
                count = would.already_there.len()
            ),
            &would.already_there,
        ),
        (
            phrase!(
                "cli-preview-organisations",
                count = would.organisations.len()
            ),
            &would.organisations,
        ),
    ];
    for (heading, names) in groups {
        line(out, lang, heading)?;
        for name in names {
            writeln!(out, "  {name}")?;
        }
    }
    line(out, lang, phrase!("cli-preview-nothing-changed"))
}

fn print_changes(
    out: &mut Out<'_>,
    lang: Language,
    changes: &[TableChanges],
    removes: bool,
) -> std::io::Result<()> {
    let rows: Vec<Vec<String>> = changes
        .iter()
        .map(|c| {
            let only_here = if removes {
                phrase!("cli-rows-removed", count = c.only_here)
            } else {
                phrase!("cli-rows-kept", count = c.only_here)
            };
            vec![
                c.table.clone(),
                c.added.to_string(),
                c.changed.to_string(),
                c.unchanged.to_string(),
                only_here.say(lang),
            ]
        })
        .collect();
    let header = [
        phrase!("cli-column-table"),
        phrase!("cli-column-added"),
        phrase!("cli-column-changed"),
        phrase!("cli-column-same"),
        phrase!("cli-column-only-here"),
    ];
    table(out, lang, &header, &rows)
}
