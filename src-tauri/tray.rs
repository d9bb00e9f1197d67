//! The tray icon: how many reminders are due (the tooltip, and a label beside
//! the icon where the desktop shows one, as Linux's app indicators do instead
//! of tooltips), and a menu to open Balans, log something, go to a due
//! reminder's person, pause notifications, or quit. The menu is rebuilt after
//! every look at the reminders, in the language of the settings.

use balans_core::words::Arg;
use balans_core::{clock, phrase, Language, PauseFor, Reminder};
use chrono::NaiveDateTime;
use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::ledger_state::LedgerState;
use crate::reminder_service;
use crate::scheduler::{Clock, SystemClock};
use crate::window;

const TRAY_ID: &str = "balans";
/// Due reminders named in the menu; the rest are behind "All reminders".
const LISTED: usize = 8;
const PERSON_PREFIX: &str = "person:";

/// The count of due reminders, as the tooltip and the label say it.
fn count_text(lang: Language, due: usize) -> String {
    phrase!("tray-due", count = due).say(lang)
}

/// When a pause ends, as the menu says it: "09:30", "tomorrow 08:00", or a date.
fn pause_end(lang: Language, until: NaiveDateTime, now: NaiveDateTime) -> String {
    let time = until.format("%H:%M").to_string();
    match (until.date() - now.date()).num_days() {
        0 => time,
        1 => phrase!("tray-tomorrow-at", time = time).say(lang),
        _ => {
            let date = Arg::date(clock::iso(until.date()));
            phrase!("tray-date-at", date = date, time = time).say(lang)
        }
    }
}

/// What the menu depends on besides the reminders.
struct Situation {
    lang: Language,
    /// Until when notifications are paused, as the menu says it.
    paused: Option<String>,
}

/// The language of the settings, and until when notifications are paused.
fn situation<R: Runtime>(app: &AppHandle<R>) -> Situation {
    let now = SystemClock.now();
    app.state::<LedgerState>()
        .with(|store| {
            let lang = store.settings()?.language_or_system();
            let paused = store.notifications_paused_until(now)?;
            Ok(Situation {
                lang,
                paused: paused.map(|until| pause_end(lang, until, now)),
            })
        })
        .unwrap_or(Situation {
            lang: Language::of_system(),
            paused: None,
        })
}

fn menu<R: Runtime>(
    app: &AppHandle<R>,
    due: &[Reminder],
    situation: Situation,
) -> tauri::Result<Menu<R>> {
    let Situation { lang, paused } = situation;
    let item = |id: &str, text: String| MenuItem::with_id(app, id, text, true, None::<&str>);
    let mut items: Vec<Box<dyn IsMenuItem<R>>> = vec![
        Box::new(MenuItem::with_id(
            app,
            "count",
            count_text(lang, due.len()),
            false,
            None::<&str>,
        )?),
        Box::new(item("open", phrase!("tray-open").say(lang))?),
        Box::new(item("quick_log", phrase!("tray-quick-log").say(lang))?),
        Box::new(PredefinedMenuItem::separator(app)?),
    ];
    for reminder in due.iter().take(LISTED) {
        let id = format!("{PERSON_PREFIX}{}", reminder.person_id);
        items.push(Box::new(item(&id, reminder.title.clone())?));
    }
    items.push(Box::new(item(
        "reminders",
        phrase!("tray-all-reminders").say(lang),
    )?));
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    match paused {
        Some(until) => items.push(Box::new(item(
            "resume",
            phrase!("tray-resume", until = until).say(lang),
        )?)),
        None => items.push(Box::new(Submenu::with_items(
            app,
            phrase!("tray-pause").say(lang),
            true,
            &[
                &item("pause_hour", phrase!("tray-pause-hour").say(lang))?,
                &item("pause_tomorrow", phrase!("tray-pause-tomorrow").say(lang))?,
            ],
        )?)),
    }
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    items.push(Box::new(item("quit", phrase!("tray-quit").say(lang))?));
    let refs: Vec<&dyn IsMenuItem<R>> = items.iter().map(|b| b.as_ref()).collect();
    Menu::with_items(app, &refs)
}

fn pause<R: Runtime>(app: &AppHandle<R>, pause: Option<PauseFor>) {
    let now = SystemClock.now();
    let changed = app.state::<LedgerState>().with(|store| match pause {
        Some(pause) => store.pause_notifications(pause, now).map(drop),
        None => store.resume_notifications(),
    });
    if let Err(e) = changed {
        eprintln!("balans: notifications could not be paused: {}", e.message);
    }
    reminder_service::refresh(app);
}

fn on_menu<R: Runtime>(app: &AppHandle<R>, id: &str) {
    let show_and_tell = |event: &str, payload: &str| {
        window::show(app);
        if let Err(e) = app.emit(event, payload) {
            eprintln!("balans: the window could not be told to {event}: {e}");
        }
    };
    match id {
        "open" => window::show(app),
        "quick_log" => show_and_tell("quick-log", ""),
        "reminders" => show_and_tell("navigate", "reminders"),
        "pause_hour" => pause(app, Some(PauseFor::Hour)),
        "pause_tomorrow" => pause(app, Some(PauseFor::UntilTomorrow)),
        "resume" => pause(app, None),
        "quit" => app.exit(0),
        other => {
            if let Some(person) = other.strip_prefix(PERSON_PREFIX) {
                show_and_tell("open-person", person);
            }
        }
    }
}

/// Puts the icon in the tray, with nothing due yet; the first look fills it.
pub fn install<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<()> {
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Balans")
        .menu(&menu(app, &[], situation(app))?)
        .on_menu_event(|app, event| on_menu(app, event.id.as_ref()));
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    Ok(())
}

/// Shows the count and the due reminders in the tray.
pub fn show_due<R: Runtime>(app: &AppHandle<R>, due: &[Reminder]) {
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    let situation = situation(app);
    let count = count_text(situation.lang, due.len());
    let shown = menu(app, due, situation)
        .and_then(|menu| tray.set_menu(Some(menu)))
        .and_then(|()| tray.set_tooltip(Some(format!("Balans: {count}"))))
        .and_then(|()| tray.set_title((!due.is_empty()).then(|| due.len().to_string())));
    if let Err(e) = shown {
        eprintln!("balans: the tray could not be updated: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pause_says_when_it_ends() {
        let at = |s: &str| NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap();
        let now = at("2026-11-23 15:00");
        assert_eq!(
            pause_end(Language::En, at("2026-11-23 16:00"), now),
            "16:00"
        );
        assert_eq!(
            pause_end(Language::En, at("2026-11-24 08:00"), now),
            "tomorrow 08:00"
        );
        assert_eq!(
            pause_end(Language::Nl, at("2026-11-24 08:00"), now),
            "morgen 08:00"
        );
        assert_eq!(
            pause_end(Language::En, at("2026-11-30 08:00"), now),
            "30 Nov 2026 08:00"
        );
    }
}
