//! `balans signals [PERSON]`: the one-sided and at-risk relationships, most
//! severe first, each with its explanation and a suggested action.

use std::io::Write;

use balans_core::{clock, phrase};

use crate::failure::Outcome;
use crate::format::{self, line};
use crate::{resolve, Context};

pub(super) fn run(ctx: &mut Context<'_>, person: Option<String>) -> Outcome {
    let store = ctx.open_store()?;
    let signals = match person {
        Some(person) => {
            let id = resolve::person(&store, &person, "person")?;
            store.signals_for(&id, clock::today())?
        }
        None => store.signals(clock::today())?,
    };
    ctx.emit(&signals, |out, lang| {
        if signals.is_empty() {
            return line(out, lang, phrase!("cli-no-signals"));
        }
        for (index, signal) in signals.iter().enumerate() {
            if index > 0 {
                writeln!(out)?;
            }
            format::signal(out, lang, signal, "")?;
        }
        Ok(())
    })
}
