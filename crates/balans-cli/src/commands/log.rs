//! `balans log PERSON gave|received KIND ...`: records one exchange, the
//! quickest way to keep the books right after a call or a lunch.

use balans_core::{clock, phrase, ExchangeInput};

use crate::args::Log;
use crate::failure::Outcome;
use crate::format::{credits, line};
use crate::{resolve, Context};
use balans_core::words::amounts;

pub(super) fn run(ctx: &mut Context<'_>, log: Log) -> Outcome {
    let mut store = ctx.open_store()?;
    let person_id = resolve::person(&store, &log.person, "person_id")?;
    let third_person_id = log
        .third
        .map(|third| resolve::person(&store, &third, "third_person_id"))
        .transpose()?;
    let date = log.date.unwrap_or_else(|| clock::iso(clock::today()));
    let input = ExchangeInput {
        value: log.value,
        asked: log.asked.unwrap_or_default(),
        acknowledged: log.acknowledged,
        third_person_id,
        follow_up: log.follow_up,
        note: log.note.unwrap_or_default(),
        ..ExchangeInput::new(&person_id, &date, log.direction, log.kind.trim())
    };
    let exchange = store.record_exchange(&input)?;
    let name = store.person(&person_id)?.name;
    let balance = store.balance_of(&person_id, clock::today())?;
    ctx.emit(&exchange, |out, lang| {
        let recorded = phrase!(
            "cli-recorded",
            kind = exchange.kind.as_str(),
            direction = exchange.direction.as_str(),
            name = name.as_str(),
            date = exchange.date.as_str(),
            amount = amounts::credits(exchange.value)
        );
        line(out, lang, recorded)?;
        let balance = credits(lang, balance.balance);
        line(
            out,
            lang,
            phrase!("cli-balance-with", name = name.as_str(), balance = balance),
        )
    })
}
