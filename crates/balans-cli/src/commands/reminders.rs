//! `balans reminders`: what the tray would remind you of, in a terminal. The
//! list shows what is due, what comes due in the next days, and what is
//! snoozed; `done`, `dismiss` and `snooze` decide about one by its key, as the
//! buttons in the window and on a notification do.

use balans_core::phrase;
use std::io::Write;

use std::collections::HashSet;

use balans_core::{clock, Decision, Reminder};
use chrono::Days;
use serde::Serialize;

use crate::args::{ListReminders, ReminderAction};
use crate::failure::{Failure, Outcome};
use crate::format::table;
use crate::output::{style, Out};
use crate::Context;

/// Every reminder worth knowing about today.
#[derive(Serialize)]
struct Listing {
    due: Vec<Reminder>,
    /// Not due yet, but due within the days asked for, worded as they will
    /// read on the day they come due.
    upcoming: Vec<Reminder>,
    snoozed: Vec<Reminder>,
}

pub(super) fn run(
    ctx: &mut Context<'_>,
    listing: ListReminders,
    action: Option<ReminderAction>,
) -> Outcome {
    let (key, decision) = match action.unwrap_or(ReminderAction::List(listing)) {
        ReminderAction::List(listing) => return list(ctx, listing.ahead),
        ReminderAction::Done { key } => (key, Decision::Done),
        ReminderAction::Dismiss { key } => (key, Decision::Dismiss),
        ReminderAction::Snooze { key, until: None } => (key, Decision::SnoozeWeek),
        ReminderAction::Snooze {
            key,
            until: Some(day),
        } => (key, Decision::SnoozeUntil(day)),
    };
    decide(ctx, &key, &decision)
}

fn list(ctx: &mut Context<'_>, ahead: u16) -> Outcome {
    let store = ctx.open_store()?;
    let today = clock::today();
    let now = store.reminders(today)?;
    let later = today
        .checked_add_days(Days::new(u64::from(ahead)))
        .ok_or_else(|| Failure::Usage(phrase!("cli-ahead-too-far")))?;
    let known: HashSet<&str> = now
        .due
        .iter()
        .chain(&now.snoozed)
        .map(|r| r.key.as_str())
        .collect();
    let upcoming: Vec<Reminder> = store
        .reminders(later)?
        .due
        .into_iter()
        .filter(|r| !known.contains(r.key.as_str()))
        .collect();
    let listing = Listing {
        due: now.due,
        upcoming,
        snoozed: now.snoozed,
    };
    ctx.emit(&listing, |out| {
        if listing.due.is_empty() {
            writeln!(out, "Nothing is due.")?;
        } else {
            section(out, "Due", ("WHY", |r| r.detail.clone()), &listing.due)?;
        }
        if !listing.upcoming.is_empty() {
            writeln!(out)?;
            let title = format!("Coming up in the next {ahead} days");
            section(out, &title, ("", |_| String::new()), &listing.upcoming)?;
        }
        if !listing.snoozed.is_empty() {
            writeln!(out)?;
            let until = |r: &Reminder| r.snoozed_until.clone().unwrap_or_default();
            section(out, "Snoozed", ("UNTIL", until), &listing.snoozed)?;
        }
        Ok(())
    })
}

/// A titled table of reminders with the day each is due, its key, and one
/// more column (its heading, and how to fill it).
fn section(
    out: &mut Out<'_>,
    title: &str,
    (more_heading, more): (&str, fn(&Reminder) -> String),
    reminders: &[Reminder],
) -> std::io::Result<()> {
    out.styled(style::HEADER, title)?;
    writeln!(out)?;
    let rows: Vec<Vec<String>> = reminders
        .iter()
        .map(|r| vec![r.due.clone(), r.title.clone(), r.key.clone(), more(r)])
        .collect();
    table(out, &["DUE", "WHAT", "KEY", more_heading], &rows)
}

fn decide(ctx: &mut Context<'_>, key: &str, decision: &Decision) -> Outcome {
    let mut store = ctx.open_store()?;
    // The decided reminder carries the day a snooze ends.
    let reminder = store.decide_reminder(key.trim(), decision, clock::today())?;
    ctx.emit(&reminder, |out| match (decision, &reminder.snoozed_until) {
        (Decision::Done, _) => writeln!(out, "Done: {}.", reminder.title),
        (Decision::Dismiss, _) => writeln!(out, "Dismissed: {}.", reminder.title),
        (_, Some(until)) => writeln!(out, "Snoozed until {until}: {}.", reminder.title),
        (_, None) => writeln!(out, "Snoozed: {}.", reminder.title),
    })
}
