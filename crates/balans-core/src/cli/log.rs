//! `balans log PERSON gave|received KIND ...`: records one exchange, the
//! quickest way to keep the books right after a call or a lunch.

use crate::clock;
use crate::exchanges::{Asked, Direction, ExchangeInput};

use super::args::{self, Spec};
use super::failure::Outcome;
use super::format::{amount, credits};
use super::{resolve, Context};

const LOG: Spec = Spec {
    values: &["value", "date", "asked", "third", "follow-up", "note"],
    flags: &["acknowledged"],
};

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let parsed = args::parse(&ctx.args, &LOG)?;
    let [person, direction, kind] = parsed.words(["PERSON", "gave|received", "KIND"])?;
    let direction = args::one_of(&direction, Direction::parse, "gave, received")?;
    let asked = parsed.choice("asked", Asked::parse, "yes, no, unknown")?;
    let value = parsed.number("value")?;
    let mut store = ctx.open_store()?;
    let person_id = resolve::person(&store, &person, "person_id")?;
    let third_person_id = parsed
        .value("third")?
        .map(|third| resolve::person(&store, third, "third_person_id"))
        .transpose()?;
    let input = ExchangeInput {
        value,
        asked: asked.unwrap_or_default(),
        acknowledged: parsed.flag("acknowledged"),
        third_person_id,
        follow_up: parsed.value("follow-up")?.map(str::to_owned),
        note: parsed.value("note")?.unwrap_or_default().to_owned(),
        ..ExchangeInput::new(
            &person_id,
            parsed
                .value("date")?
                .map_or_else(|| clock::iso(clock::today()), str::to_owned)
                .as_str(),
            direction,
            kind.trim(),
        )
    };
    let exchange = store.record_exchange(&input)?;
    let name = store.person(&person_id)?.name;
    let balance = store.balance_of(&person_id, clock::today())?;
    ctx.emit(&exchange, |out| {
        let (verb, preposition) = match exchange.direction {
            Direction::Gave => ("gave", "to"),
            Direction::Received => ("received", "from"),
        };
        writeln!(
            out,
            "Recorded: you {verb} {} ({} credits) {preposition} {name} on {}.\nBalance with {name}: {}.",
            exchange.kind,
            amount(exchange.value),
            exchange.date,
            credits(balance.balance)
        )
    })
}
