//! `balans balances`: everyone you exchanged with, largest credit first, so
//! one-sided relationships stand out at either end of the list.

use std::io::Write;

use balans_core::{clock, phrase};

use crate::failure::Outcome;
use crate::format::{amount, credits, example, line, table};
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let people = ctx.open_store()?.balance_sheet(clock::today())?;
    ctx.emit(&people, |out, lang| {
        if people.is_empty() {
            let command = example(lang, &["balans", "log", "PERSON", "gave", "KIND"]);
            return line(out, lang, phrase!("cli-no-exchanges", command = command));
        }
        let rows: Vec<Vec<String>> = people
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    amount(lang, s.balance.given),
                    amount(lang, s.balance.received),
                    credits(lang, s.balance.balance),
                ]
            })
            .collect();
        let header = [
            phrase!("cli-column-name"),
            phrase!("cli-column-given"),
            phrase!("cli-column-received"),
            phrase!("cli-column-balance"),
        ];
        table(out, lang, &header, &rows)?;
        writeln!(out)?;
        line(out, lang, phrase!("cli-balances-legend"))
    })
}
