//! `balans person PERSON`: what the window's page about one person shows, in
//! a terminal: the balance, their style, the signals and reminders about
//! them, where they work, and the introductions they were part of with what
//! came of each (the chain of DOMAIN.md's story 6).

use std::io::{self, Write};

use balans_core::words::{Arg, Phrase};
use balans_core::Introduction;
use balans_core::{clock, phrase, Exchange, Language, PersonPage, Reminder, Signal, Style};
use serde::Serialize;

use crate::failure::Outcome;
use crate::format::{self, amount, credits, line};
use crate::labels;
use crate::output::{style, Out};
use crate::{resolve, Context};
use balans_core::words::amounts;

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
    ctx.emit(&profile, |out, lang| print(out, lang, &profile))
}

fn print(out: &mut Out<'_>, lang: Language, profile: &Profile) -> io::Result<()> {
    let page = &profile.page;
    let person = &page.person;
    out.styled(style::HEADER, &person.name)?;
    let relationship = person.relationship.as_str();
    let about = if person.archived {
        phrase!("cli-relationship-archived", relationship = relationship).say(lang)
    } else {
        relationship.to_owned()
    };
    writeln!(out, " ({about})")?;
    if !person.tags.is_empty() {
        line(
            out,
            lang,
            phrase!("cli-tags", tags = person.tags.join(", ")),
        )?;
    }
    if let Some(birthday) = &person.birthday {
        let said = phrase!("cli-birthday", date = Arg::date(birthday.as_str()));
        line(out, lang, said)?;
    }
    let channels = &person.channels;
    for (list, said) in [
        (
            &channels.emails,
            phrase!("cli-emails", addresses = channels.emails.join(", ")),
        ),
        (
            &channels.phones,
            phrase!("cli-phones", numbers = channels.phones.join(", ")),
        ),
        (
            &channels.urls,
            phrase!("cli-urls", addresses = channels.urls.join(", ")),
        ),
    ] {
        if !list.is_empty() {
            line(out, lang, said)?;
        }
    }
    let exchanges = u32::try_from(page.exchange_count).unwrap_or(u32::MAX);
    let balance = phrase!(
        "cli-person-balance",
        balance = credits(lang, page.balance.balance),
        given = amount(lang, page.balance.given),
        received = amount(lang, page.balance.received),
        exchanges = amounts::exchanges(exchanges)
    );
    line(out, lang, balance)?;
    let style = phrase!(
        "cli-person-style",
        style = labels::style_kind(profile.style.kind),
        reason = profile.style.reason.as_str()
    );
    line(out, lang, style)?;
    section(
        out,
        lang,
        phrase!("cli-section-organisations"),
        page.affiliations.is_empty(),
    )?;
    for view in &page.affiliations {
        let a = &view.affiliation;
        let role = if a.role.is_empty() {
            String::new()
        } else {
            format!(", {}", a.role)
        };
        let to = match &a.to_date {
            Some(to) => to.clone(),
            None => phrase!("cli-now").say(lang),
        };
        let at = phrase!(
            "cli-person-affiliation",
            organisation = view.organisation_name.as_str(),
            role = role,
            power = a.decision_power.as_str(),
            from = a.from_date.as_deref().unwrap_or("…"),
            to = to
        );
        writeln!(out, "  {}", at.say(lang))?;
    }
    section(
        out,
        lang,
        phrase!("cli-section-introductions"),
        page.introductions.is_empty(),
    )?;
    for introduction in &page.introductions {
        chain(out, lang, introduction)?;
    }
    section(
        out,
        lang,
        phrase!("cli-section-signals"),
        profile.signals.is_empty(),
    )?;
    for signal in &profile.signals {
        format::signal(out, lang, signal, "  ")?;
    }
    section(
        out,
        lang,
        phrase!("cli-section-reminders"),
        profile.reminders.is_empty(),
    )?;
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
fn section(out: &mut Out<'_>, lang: Language, title: Phrase, empty: bool) -> io::Result<()> {
    if empty {
        return Ok(());
    }
    writeln!(out)?;
    out.styled(style::HEADER, &title.say(lang))?;
    writeln!(out)
}

/// One introduction and what you received afterwards from either person.
fn chain(out: &mut Out<'_>, lang: Language, introduction: &Introduction) -> io::Result<()> {
    let e = &introduction.exchange;
    let said = phrase!(
        "cli-introduction",
        kind = e.kind.as_str(),
        direction = e.direction.as_str(),
        person = introduction.person_name.as_str(),
        third = introduction.third_person_name.as_str()
    );
    writeln!(out, "  {}  {}", e.date, said.say(lang))?;
    if introduction.came_of_it.is_empty() {
        return writeln!(out, "    {}", phrase!("cli-nothing-came-of-it").say(lang));
    }
    for later in &introduction.came_of_it {
        writeln!(out, "    {}", received(later, introduction).say(lang))?;
    }
    Ok(())
}

/// "then: 2026-02-03  business from Bram Visser (5 credits)".
fn received(later: &Exchange, introduction: &Introduction) -> Phrase {
    let from = if later.person_id == introduction.exchange.person_id {
        &introduction.person_name
    } else {
        &introduction.third_person_name
    };
    phrase!(
        "cli-came-of-it",
        date = later.date.as_str(),
        kind = later.kind.as_str(),
        person = from.as_str(),
        amount = amounts::credits(later.value)
    )
}
