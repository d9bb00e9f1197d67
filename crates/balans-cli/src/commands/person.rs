//! `balans person PERSON`: what the window's page about one person shows, in
//! a terminal: the balance, their style, the signals and reminders about
//! them, where they work, and the introductions they were part of with what
//! came of each (the chain of DOMAIN.md's story 6).

use std::io::{self, Write};

use balans_core::Introduction;
use balans_core::{clock, Direction, Exchange, Language, PersonPage, Reminder, Signal, Style};
use serde::Serialize;

use crate::failure::Outcome;
use crate::format::{self, amount, credits, credits_amount};
use crate::output::{style, Out};
use crate::{resolve, Context};

/// The person's page, with their style, signals and due reminders.
#[derive(Serialize)]
struct Profile {
    #[serde(flatten)]
    page: PersonPage,
    style: Style,
    signals: Vec<Signal>,
    reminders: Vec<Reminder>,
}

pub(super) fn run(ctx: &mut Context<'_>, person: &str) -> Outcome {
    let store = ctx.open_store()?;
    let id = resolve::person(&store, person, "person")?;
    let today = clock::today();
    let profile = Profile {
        page: store.person_page(&id, today)?,
        style: store.style_of(&id)?,
        signals: store.signals_for(&id, today)?,
        reminders: store.reminders_for(&id, today)?,
    };
    ctx.emit(&profile, |out| print(out, &profile))
}

fn print(out: &mut Out<'_>, profile: &Profile) -> io::Result<()> {
    let page = &profile.page;
    let person = &page.person;
    out.styled(style::HEADER, &person.name)?;
    write!(out, " ({}", person.relationship.as_str())?;
    if person.archived {
        write!(out, ", archived")?;
    }
    writeln!(out, ")")?;
    if !person.tags.is_empty() {
        writeln!(out, "Tags: {}", person.tags.join(", "))?;
    }
    writeln!(
        out,
        "Balance: {} (given {}, received {}, in {})",
        credits(page.balance.balance),
        amount(page.balance.given),
        amount(page.balance.received),
        Language::En.exchanges(u32::try_from(page.exchange_count).unwrap_or(u32::MAX))
    )?;
    let kind = serde_json::to_value(profile.style.kind).unwrap_or_default();
    writeln!(
        out,
        "Style: {}. {}",
        kind.as_str().unwrap_or_default().replace('_', " "),
        profile.style.reason
    )?;
    section(out, "Organisations", page.affiliations.is_empty())?;
    for view in &page.affiliations {
        let a = &view.affiliation;
        let role = if a.role.is_empty() {
            String::new()
        } else {
            format!(", {}", a.role)
        };
        writeln!(
            out,
            "  {}{role} ({}), {} to {}",
            view.organisation_name,
            a.decision_power.as_str(),
            a.from_date.as_deref().unwrap_or("…"),
            a.to_date.as_deref().unwrap_or("now")
        )?;
    }
    section(out, "Introductions", page.introductions.is_empty())?;
    for introduction in &page.introductions {
        chain(out, introduction)?;
    }
    section(out, "Signals", profile.signals.is_empty())?;
    for signal in &profile.signals {
        format::signal(out, signal, "  ")?;
    }
    section(out, "Reminders", profile.reminders.is_empty())?;
    for reminder in &profile.reminders {
        writeln!(
            out,
            "  {}  {}  ({})",
            reminder.due, reminder.title, reminder.key
        )?;
    }
    Ok(())
}

/// A heading, or nothing when the section would be empty.
fn section(out: &mut Out<'_>, title: &str, empty: bool) -> io::Result<()> {
    if empty {
        return Ok(());
    }
    writeln!(out)?;
    out.styled(style::HEADER, title)?;
    writeln!(out)
}

/// One introduction and what you received afterwards from either person.
fn chain(out: &mut Out<'_>, introduction: &Introduction) -> io::Result<()> {
    let e = &introduction.exchange;
    let (who, third) = (&introduction.person_name, &introduction.third_person_name);
    let given = match e.direction {
        Direction::Gave => "given to",
        Direction::Received => "received from",
    };
    writeln!(out, "  {}  {} {given} {who}, with {third}", e.date, e.kind)?;
    if introduction.came_of_it.is_empty() {
        return writeln!(out, "    nothing came of it yet");
    }
    for later in &introduction.came_of_it {
        writeln!(out, "    then: {}", received(later, introduction))?;
    }
    Ok(())
}

/// "2026-02-03  business from Bram Visser (5 credits)".
fn received(later: &Exchange, introduction: &Introduction) -> String {
    let from = if later.person_id == introduction.exchange.person_id {
        &introduction.person_name
    } else {
        &introduction.third_person_name
    };
    format!(
        "{}  {} from {from} ({})",
        later.date,
        later.kind,
        credits_amount(later.value)
    )
}
