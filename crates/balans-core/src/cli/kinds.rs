//! `balans kinds`: the kinds of help `log` accepts, with their default values.

use super::args::{self, Spec};
use super::failure::Outcome;
use super::format::{amount, table};
use super::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    args::parse(&ctx.args, &Spec::NONE)?.words([])?;
    let kinds = ctx.open_store()?.kinds()?;
    ctx.emit(&kinds, |out| {
        let rows: Vec<Vec<String>> = kinds
            .iter()
            .map(|k| vec![k.name.clone(), amount(k.value)])
            .collect();
        table(out, &["KIND", "VALUE"], &rows)
    })
}
