//! The tray icon: how many reminders are due (the tooltip, and a label beside
//! the icon where the desktop shows one, as Linux's app indicators do instead
//! of tooltips), and a menu to open Balans, log something, go to a due
//! reminder's person, pause notifications, or quit. The tray draws the
//! [`TrayPicture`] it is given, in the language it names, and hands each
//! click on to whoever installed it as a [`TrayChoice`]; it reads nothing
//! from the ledger itself.

use balans_core::words::Arg;
use balans_core::{clock, phrase, Language, PauseFor, Reminder};
use chrono::NaiveDateTime;
use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Runtime};

const TRAY_ID: &str = "balans";
/// Everything the tray shows.
pub struct TrayPicture<'a> {
    pub lang: Language,
    /// How many reminders are due.
    pub due_total: usize,
    /// The first of them, named in the menu; the rest are behind "All
    /// reminders".
    pub due: &'a [Reminder],
    /// Until when notifications are paused, if they are.
    pub paused_until: Option<NaiveDateTime>,
    /// The moment the picture is of, to say a pause's end from.
    pub now: NaiveDateTime,
}

impl TrayPicture<'static> {
    /// Before the first look at the reminders: nothing due yet, in the
    /// system's language. The first look, right after, draws the real one.
    pub fn before_first_look(now: NaiveDateTime) -> TrayPicture<'static> {
        TrayPicture {
            lang: Language::of_system(),
            due_total: 0,
            due: &[],
            paused_until: None,
            now,
        }
    }
}

/// What a click in the tray's menu asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrayChoice {
    Open,
    QuickLog,
    AllReminders,
    /// The page of the person a due reminder is about, by id.
    Person(String),
    Pause(PauseFor),
    Resume,
    Quit,
}

const PERSON_PREFIX: &str = "person:";

impl TrayChoice {
    /// The menu item's id for this choice.
    fn id(&self) -> String {
        match self {
            TrayChoice::Open => "open".into(),
            TrayChoice::QuickLog => "quick_log".into(),
            TrayChoice::AllReminders => "reminders".into(),
            TrayChoice::Person(id) => format!("{PERSON_PREFIX}{id}"),
            TrayChoice::Pause(PauseFor::Hour) => "pause_hour".into(),
            TrayChoice::Pause(PauseFor::UntilTomorrow) => "pause_tomorrow".into(),
            TrayChoice::Resume => "resume".into(),
            TrayChoice::Quit => "quit".into(),
        }
    }

    /// The choice a menu item's id stands for; none for the count, which
    /// cannot be clicked.
    fn from_id(id: &str) -> Option<TrayChoice> {
        Some(match id {
            "open" => TrayChoice::Open,
            "quick_log" => TrayChoice::QuickLog,
            "reminders" => TrayChoice::AllReminders,
            "pause_hour" => TrayChoice::Pause(PauseFor::Hour),
            "pause_tomorrow" => TrayChoice::Pause(PauseFor::UntilTomorrow),
            "resume" => TrayChoice::Resume,
            "quit" => TrayChoice::Quit,
            other => TrayChoice::Person(other.strip_prefix(PERSON_PREFIX)?.to_owned()),
        })
    }
}

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

fn menu<R: Runtime>(app: &AppHandle<R>, picture: &TrayPicture) -> tauri::Result<Menu<R>> {
    let lang = picture.lang;
    let item = |choice: TrayChoice, text: String| {
        MenuItem::with_id(app, choice.id(), text, true, None::<&str>)
    };
    let mut items: Vec<Box<dyn IsMenuItem<R>>> = vec![
        Box::new(MenuItem::with_id(
            app,
            "count",
            count_text(lang, picture.due_total),
            false,
            None::<&str>,
        )?),
        Box::new(item(TrayChoice::Open, phrase!("tray-open").say(lang))?),
        Box::new(item(
            TrayChoice::QuickLog,
            phrase!("tray-quick-log").say(lang),
        )?),
        Box::new(PredefinedMenuItem::separator(app)?),
    ];
    for reminder in picture.due {
        let choice = TrayChoice::Person(reminder.person_id.clone());
        items.push(Box::new(item(choice, reminder.title.clone())?));
    }
    items.push(Box::new(item(
        TrayChoice::AllReminders,
        phrase!("tray-all-reminders").say(lang),
    )?));
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    match picture.paused_until {
        Some(until) => {
            let until = pause_end(lang, until, picture.now);
            items.push(Box::new(item(
                TrayChoice::Resume,
                phrase!("tray-resume", until = until).say(lang),
            )?));
        }
        None => items.push(Box::new(Submenu::with_items(
            app,
            phrase!("tray-pause").say(lang),
            true,
            &[
                &item(
                    TrayChoice::Pause(PauseFor::Hour),
                    phrase!("tray-pause-hour").say(lang),
                )?,
                &item(
                    TrayChoice::Pause(PauseFor::UntilTomorrow),
                    phrase!("tray-pause-tomorrow").say(lang),
                )?,
            ],
        )?)),
    }
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    items.push(Box::new(item(
        TrayChoice::Quit,
        phrase!("tray-quit").say(lang),
    )?));
    let refs: Vec<&dyn IsMenuItem<R>> = items.iter().map(|b| b.as_ref()).collect();
    Menu::with_items(app, &refs)
}

/// Puts the icon in the tray, showing `picture`; each click in its menu
/// goes to `on_choice`.
pub fn install<R: Runtime>(
    app: &AppHandle<R>,
    picture: &TrayPicture,
    on_choice: impl Fn(&AppHandle<R>, TrayChoice) + Send + Sync + 'static,
) -> tauri::Result<()> {
    let mut builder = TrayIconBuilder::with_id(TRAY_ID)
        .tooltip("Balans")
        .menu(&menu(app, picture)?)
        .on_menu_event(move |app, event| {
            if let Some(choice) = TrayChoice::from_id(event.id.as_ref()) {
                on_choice(app, choice);
            }
        });
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)?;
    Ok(())
}

/// Shows `picture` in the tray: the menu, the tooltip and the count beside the icon.
pub fn draw<R: Runtime>(app: &AppHandle<R>, picture: &TrayPicture) {
    let Some(tray) = app.tray_by_id(TRAY_ID) else {
        return;
    };
    let due = picture.due_total;
    let count = count_text(picture.lang, due);
    let shown = menu(app, picture)
        .and_then(|menu| tray.set_menu(Some(menu)))
        .and_then(|()| tray.set_tooltip(Some(format!("Balans: {count}"))))
        .and_then(|()| tray.set_title((due > 0).then(|| due.to_string())));
    if let Err(e) = shown {
        eprintln!("balans: the tray could not be updated: {e}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_choice_is_read_back_from_its_menu_id() {
        let choices = [
            TrayChoice::Open,
            TrayChoice::QuickLog,
            TrayChoice::AllReminders,
            TrayChoice::Person("0190c0de-7e57-7000-8000-000000000001".into()),
            TrayChoice::Pause(PauseFor::Hour),
            TrayChoice::Pause(PauseFor::UntilTomorrow),
            TrayChoice::Resume,
            TrayChoice::Quit,
        ];
        for choice in choices {
            assert_eq!(TrayChoice::from_id(&choice.id()), Some(choice));
        }
        assert_eq!(
            TrayChoice::from_id("count"),
            None,
            "the count is not a choice"
        );
        assert_eq!(TrayChoice::from_id("unknown"), None);
    }

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
