//! `balans kinds`: the kinds of help `log` accepts, with their default values.

use crate::failure::Outcome;
use crate::format::{amount, table};
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let kinds = ctx.open_store()?.kinds()?;
    ctx.emit(&kinds, |out| {
        let rows: Vec<Vec<String>> = kinds
            .iter()
            .map(|k| vec![k.name.clone(), amount(k.value)])
            .collect();
        table(out, &["KIND", "VALUE"], &rows)
    })
}
