//! `balans business`: where your business comes from, largest source first,
//! with a warning when one source brings more than half (DOMAIN.md, story 7).

use std::io::Write;

use balans_core::figures::business_sources::DEPENDENCE_SHARE;

use crate::failure::Outcome;
use crate::format::{amount, table};
use crate::output::style;
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let found = ctx.open_store()?.business_sources()?;
    ctx.emit(&found, |out| {
        if found.sources.is_empty() {
            return writeln!(
                out,
                "No business received yet. Record some with: balans log PERSON received business"
            );
        }
        let rows: Vec<Vec<String>> = found
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    amount(s.credits),
                    format!("{:.0}%", s.share * 100.0),
                ]
            })
            .collect();
        table(out, &["FROM", "CREDITS", "SHARE"], &rows)?;
        writeln!(
            out,
            "\nIn all: {} credits of business.",
            amount(found.total)
        )?;
        match &found.dependence {
            Some(warning) => {
                out.styled(style::MEDIUM, "Warning:")?;
                writeln!(out, " {warning}")
            }
            None => writeln!(
                out,
                "No source brings more than {:.0}%.",
                DEPENDENCE_SHARE * 100.0
            ),
        }
    })
}
