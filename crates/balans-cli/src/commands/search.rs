//! `balans search QUERY`: finds people, organisations and exchange notes by
//! the start of any word, ignoring case and accents.

use std::io::Write;

use crate::args::Search;
use crate::failure::Outcome;
use crate::format::table;
use crate::Context;

pub(super) fn run(ctx: &mut Context<'_>, search: Search) -> Outcome {
    let query = search.query.join(" ");
    let hits = ctx
        .open_store()?
        .search(&query, usize::from(search.limit))?;
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
