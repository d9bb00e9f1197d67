//! `balans balances`: everyone you exchanged with, largest credit first, so
//! one-sided relationships stand out at either end of the list.

use std::io::Write;

use balans_core::clock;

use crate::failure::Outcome;
use crate::format::{amount, credits, table};
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let people = ctx.open_store()?.balance_sheet(clock::today())?;
    ctx.emit(&people, |out| {
        if people.is_empty() {
            return writeln!(
                out,
                "No exchanges yet. Record one with: balans log PERSON gave KIND"
            );
        }
        let rows: Vec<Vec<String>> = people
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    amount(s.balance.given),
                    amount(s.balance.received),
                    credits(s.balance.balance),
                ]
            })
            .collect();
        table(out, &["NAME", "GIVEN", "RECEIVED", "BALANCE"], &rows)?;
        writeln!(
            out,
            "\nPositive: you built credit with them. Negative: you owe them."
        )
    })
}
