//! `balans search QUERY`: finds people, organisations and exchange notes by
//! the start of any word, ignoring case and accents.

use balans_core::phrase;

use crate::args::Search;
use crate::failure::Outcome;
use crate::format::{line, table};
use crate::{labels, Context};

pub(super) fn run(ctx: &mut Context<'_>, search: Search) -> Outcome {
    let query = search.query.join(" ");
    let hits = ctx
        .open_store()?
        .search(&query, usize::from(search.limit))?;
    ctx.emit(&hits, |out, lang| {
        if hits.is_empty() {
            return line(
                out,
                lang,
                phrase!("cli-nothing-found", query = query.as_str()),
            );
        }
        let rows: Vec<Vec<String>> = hits
            .iter()
            .map(|hit| {
                vec![
                    labels::search_entity(hit.entity).say(lang),
                    hit.title.clone(),
                    hit.snippet.clone(),
                    hit.id.clone(),
                ]
            })
            .collect();
        let header = [
            phrase!("cli-column-type"),
            phrase!("cli-column-title"),
            phrase!("cli-column-match"),
            phrase!("cli-column-id"),
        ];
        table(out, lang, &header, &rows)
    })
}
