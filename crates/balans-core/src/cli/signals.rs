//! `balans signals [PERSON]`: the one-sided and at-risk relationships, most
//! severe first, each with its explanation and a suggested action.

use crate::clock;

use super::args::{self, Spec};
use super::failure::Outcome;
use super::resolve;
use super::Context;

pub(super) fn run(ctx: &mut Context<'_>) -> Outcome {
    let parsed = args::parse(&ctx.args, &Spec::NONE)?;
    let store = ctx.open_store()?;
    let signals = match parsed.rest("PERSON").ok().filter(|p| !p.is_empty()) {
        Some(person) => {
            let id = resolve::person(&store, &person, "person")?;
            store.signals_for(&id, clock::today())?
        }
        None => store.signals(clock::today())?,
    };
    ctx.emit(&signals, |out| {
        if signals.is_empty() {
            return writeln!(out, "No signals: your relationships look in balance.");
        }
        for signal in &signals {
            let severity = serde_json::to_value(signal.severity).unwrap_or_default();
            writeln!(
                out,
                "[{}] {}\n  {}\n  Suggestion: {}\n",
                severity.as_str().unwrap_or_default(),
                signal.kind.as_str().replace('_', " "),
                signal.explanation,
                signal.action
            )?;
        }
        Ok(())
    })
}
