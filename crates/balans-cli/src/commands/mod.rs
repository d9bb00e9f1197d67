//! One module per command; [`run`] hands each parsed command to its module.

mod balances;
mod business;
mod kinds;
mod log;
mod organisations;
mod people;
mod person;
mod reminders;
mod search;
mod signals;
mod styles;
mod sync;
mod transfer;

use crate::args::{Command, OrgAction, PeopleAction};
use crate::failure::Outcome;
use crate::{generate, Context};

pub(crate) fn run(command: Command, ctx: &mut Context<'_>) -> Outcome {
    match command {
        Command::People { action } => match action {
            None | Some(PeopleAction::List) => people::list(ctx),
            Some(PeopleAction::Add(add)) => people::add(ctx, add),
            Some(PeopleAction::Edit(edit)) => people::edit(ctx, edit),
            Some(PeopleAction::Duplicates) => people::duplicates(ctx),
            Some(PeopleAction::Merge(merge)) => people::merge(ctx, merge),
        },
        Command::Person { person } => person::run(ctx, &person.join(" ")),
        Command::Orgs { action } => match action {
            None | Some(OrgAction::List) => organisations::list(ctx),
            Some(OrgAction::Add { name, notes }) => organisations::add(ctx, name, notes),
        },
        Command::Affiliate(affiliate) => organisations::affiliate(ctx, affiliate),
        Command::Log(log) => log::run(ctx, log),
        Command::Balances => balances::run(ctx),
        Command::Business => business::run(ctx),
        Command::Signals { person } => signals::run(ctx, named(&person)),
        Command::Styles { person } => styles::run(ctx, named(&person)),
        Command::Reminders { list, action } => reminders::run(ctx, list, action),
        Command::Search(search) => search::run(ctx, search),
        Command::Kinds => kinds::run(ctx),
        Command::Sync { action } => sync::run(ctx, action),
        Command::Export(export) => transfer::export(ctx, export),
        Command::Import(import) => transfer::import(ctx, import),
        Command::UndoImport => transfer::undo_import(ctx),
        Command::UndoMerge => people::undo_merge(ctx),
        Command::Completions { shell } => generate::completions(ctx, &shell),
        Command::Manual { folder } => generate::manual(ctx, &folder),
    }
}

/// The words of an optional PERSON, joined: `signals Sanne de Vries` works
/// without quotes.
fn named(words: &[String]) -> Option<String> {
    let joined = words.join(" ");
    (!joined.trim().is_empty()).then_some(joined)
}
