//! `balans business`: where your business comes from, largest source first,
//! with a warning when one source brings more than half (DOMAIN.md, story 7).

use std::io::Write;

use balans_core::figures::business_sources::DEPENDENCE_SHARE;
use balans_core::phrase;

use crate::failure::Outcome;
use crate::format::{amount, example, line, table};
use crate::output::style;
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let found = ctx.open_store()?.business_sources()?;
    ctx.emit(&found, |out, lang| {
        if found.sources.is_empty() {
            let command = example(lang, &["balans", "log", "PERSON", "received", "business"]);
            return line(out, lang, phrase!("cli-no-business", command = command));
        }
        let rows: Vec<Vec<String>> = found
            .sources
            .iter()
            .map(|s| {
                vec![
                    s.name.clone(),
                    amount(lang, s.credits),
                    format!("{:.0}%", s.share * 100.0),
                ]
            })
            .collect();
        let header = [
            phrase!("cli-column-from"),
            phrase!("cli-column-credits"),
            phrase!("cli-column-share"),
        ];
        table(out, lang, &header, &rows)?;
        writeln!(out)?;
        line(
            out,
            lang,
            phrase!("cli-business-total", credits = found.total),
        )?;
        match &found.dependence {
            Some(warning) => {
                out.styled(style::MEDIUM, &phrase!("cli-warning").say(lang))?;
                writeln!(out, " {warning}")
            }
            None => {
                let percent = (DEPENDENCE_SHARE * 100.0).round();
                line(
                    out,
                    lang,
                    phrase!("cli-no-dominant-source", percent = percent),
                )
            }
        }
    })
}
