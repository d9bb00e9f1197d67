//! `balans reminders`: what the tray would remind you of, in a terminal. The
//! list shows what is due, what comes due in the next days, and what is
//! snoozed; `done`, `dismiss` and `snooze` decide about one by its key, as the
//! buttons in the window and on a notification do.

use std::collections::HashSet;
use std::io::Write;

use balans_core::words::Phrase;
use balans_core::{clock, phrase, Decision, Language, Reminder};
use chrono::Days;
use serde::Serialize;

use crate::args::{ListReminders, ReminderAction};
use crate::failure::{Failure, Outcome};
use crate::format::{line, table};
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
    ctx.emit(&listing, |out, lang| {
        if listing.due.is_empty() {
            line(out, lang, phrase!("cli-nothing-due"))?;
        } else {
            let why: Column = (phrase!("cli-column-why"), |r| r.detail.clone());
            let title = phrase!("cli-section-due");
            section(out, lang, title, Some(why), &listing.due)?;
        }
        if !listing.upcoming.is_empty() {
            writeln!(out)?;
            let title = phrase!("cli-section-coming-up", days = u32::from(ahead));
            section(out, lang, title, None, &listing.upcoming)?;
        }
        if !listing.snoozed.is_empty() {
            writeln!(out)?;
            let until: Column = (phrase!("cli-column-until"), |r| {
                r.snoozed_until.clone().unwrap_or_default()
            });
            let title = phrase!("cli-section-snoozed");
            section(out, lang, title, Some(until), &listing.snoozed)?;
        }
        Ok(())
    })
}

/// A column more than the day, the title and the key: its heading, and how
/// to fill it.
type Column = (Phrase, fn(&Reminder) -> String);

/// A titled table of reminders with the day each is due, its key, and
/// perhaps one more column.
fn section(
    out: &mut Out<'_>,
    lang: Language,
    title: Phrase,
    more: Option<Column>,
    reminders: &[Reminder],
) -> std::io::Result<()> {
    out.styled(style::HEADER, &title.say(lang))?;
    writeln!(out)?;
    let mut header = vec![
        phrase!("cli-column-due"),
        phrase!("cli-column-what"),
        phrase!("cli-column-key"),
    ];
    let mut fill = None;
    if let Some((heading, how)) = more {
        header.push(heading);
        fill = Some(how);
    }
    let rows: Vec<Vec<String>> = reminders
        .iter()
        .map(|r| {
            let mut row = vec![r.due.clone(), r.title.clone(), r.key.clone()];
            row.extend(fill.map(|how| how(r)));
            row
        })
        .collect();
    table(out, lang, &header, &rows)
}

fn decide(ctx: &mut Context<'_>, key: &str, decision: &Decision) -> Outcome {
    let mut store = ctx.open_store()?;
    // The decided reminder carries the day a snooze ends.
    let reminder = store.decide_reminder(key.trim(), decision, clock::today())?;
    ctx.emit(&reminder, |out, lang| {
        let title = reminder.title.as_str();
        let said = match (decision, &reminder.snoozed_until) {
            (Decision::Done, _) => phrase!("cli-reminder-done", title = title),
            (Decision::Dismiss, _) => phrase!("cli-reminder-dismissed", title = title),
            (_, Some(until)) => {
                phrase!(
                    "cli-reminder-snoozed-until",
                    until = until.as_str(),
                    title = title
                )
            }
            (_, None) => phrase!("cli-reminder-snoozed", title = title),
        };
        line(out, lang, said)
    })
}
