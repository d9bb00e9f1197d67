//! `balans search QUERY`: finds people, organisations and exchange notes by
//! the start of any word, ignoring case and accents.

use super::args::{self, Spec};
use super::failure::{Failure, Outcome};
use super::format::table;
use super::Context;
use crate::search::MAX_HITS;

const SEARCH: Spec = Spec {
    values: &["limit"],
    flags: &[],
};

/// How many hits are shown without `--limit`.
const DEFAULT_LIMIT: usize = 20;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let parsed = args::parse(&ctx.args, &SEARCH)?;
    let query = parsed.rest("QUERY")?;
    let limit = parsed.number("limit")?.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_HITS).contains(&limit) {
        return Err(Failure::usage(format!(
            "--limit is a number from 1 to {MAX_HITS}, not {limit}."
        )));
    }
    let hits = ctx.open_store()?.search(&query, limit)?;
    ctx.emit(&hits, |out| {
        if hits.is_empty() {
            return writeln!(out, "Nothing found for \"{query}\".");
        }
        let rows: Vec<Vec<String>> = hits
            .iter()
            .map(|hit| {
                vec![
                    hit.entity.as_str().to_owned(),
                    hit.title.clone(),
                    hit.snippet.clone(),
                    hit.id.clone(),
                ]
            })
            .collect();
        table(out, &["TYPE", "TITLE", "MATCH", "ID"], &rows)
    })
}
