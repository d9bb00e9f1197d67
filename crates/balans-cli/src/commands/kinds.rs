//! `balans kinds`: the kinds of help `log` accepts, with their default values.

use balans_core::phrase;

use crate::failure::Outcome;
use crate::format::{amount, table};
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let kinds = ctx.open_store()?.kinds()?;
    ctx.emit(&kinds, |out, lang| {
        let rows: Vec<Vec<String>> = kinds
            .iter()
            .map(|k| vec![k.name.clone(), amount(lang, k.value)])
            .collect();
        let header = [phrase!("cli-column-kind"), phrase!("cli-column-value")];
        table(out, lang, &header, &rows)
    })
}
