//! The tray icon: how many reminders are due (the tooltip, and a label beside
//! the icon where the desktop shows one, as Linux's app indicators do instead
//! of tooltips), and a menu to open Balans, log something, go to a due
//! reminder's person, pause notifications, or quit. The tray draws the
//! [`TrayPicture`] it is given, in the language it names, and hands each
//! click on to whoever installed it as a [`TrayChoice`]; it reads nothing
//! from the ledger itself.

use balans_core::{clock, Language, PauseFor, Reminder};
use chrono::NaiveDateTime;
use tauri::menu::{IsMenuItem, Menu, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::TrayIconBuilder;
use tauri::{AppHandle, Runtime};

const TRAY_ID: &str = "balans";
/// Due reminders named in the menu; the rest are behind "All reminders".
const MOST_REMINDERS_LISTED: usize = 8;

/// Everything the tray shows.
pub struct TrayPicture<'a> {
    pub lang: Language,
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

enum Words {
    Open,
    QuickLog,
    AllReminders,
    Pause,
    PauseHour,
    PauseTomorrow,
    Resume(String),
    Quit,
}

fn say(lang: Language, words: Words) -> String {
    let (en, nl) = match words {
        Words::Open => ("Open Balans", "Balans openen"),
        Words::QuickLog => ("Quick log…", "Snel vastleggen…"),
        Words::AllReminders => ("All reminders…", "Alle herinneringen…"),
        Words::Pause => ("Pause notifications", "Meldingen pauzeren"),
        Words::PauseHour => ("For an hour", "Een uur"),
        Words::PauseTomorrow => ("Until tomorrow", "Tot morgen"),
        Words::Resume(until) => {
            return match lang {
                Language::En => format!("Resume notifications (paused until {until})"),
                Language::Nl => format!("Meldingen hervatten (gepauzeerd tot {until})"),
            }
        }
        Words::Quit => ("Quit Balans", "Balans afsluiten"),
    };
    match lang {
        Language::En => en.to_owned(),
        Language::Nl => nl.to_owned(),
    }
}

fn count_text(lang: Language, due: usize) -> String {
    match (lang, due) {
        (Language::En, 0) => "No reminders due".into(),
        (Language::En, 1) => "1 reminder due".into(),
        (Language::En, n) => format!("{n} reminders due"),
        (Language::Nl, 0) => "Geen herinneringen".into(),
        (Language::Nl, 1) => "1 herinnering".into(),
        (Language::Nl, n) => format!("{n} herinneringen"),
    }
}

/// When a pause ends, as the menu says it: "09:30", "tomorrow 08:00", or a date.
fn pause_end(lang: Language, until: NaiveDateTime, now: NaiveDateTime) -> String {
    let time = until.format("%H:%M");
    match ((until.date() - now.date()).num_days(), lang) {
        (0, _) => time.to_string(),
        (1, Language::En) => format!("tomorrow {time}"),
        (1, Language::Nl) => format!("morgen {time}"),
        _ => format!("{} {time}", lang.date(&clock::iso(until.date()))),
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
            count_text(lang, picture.due.len()),
            false,
            None::<&str>,
        )?),
        Box::new(item(TrayChoice::Open, say(lang, Words::Open))?),
        Box::new(item(TrayChoice::QuickLog, say(lang, Words::QuickLog))?),
        Box::new(PredefinedMenuItem::separator(app)?),
    ];
    for reminder in picture.due.iter().take(MOST_REMINDERS_LISTED) {
        let choice = TrayChoice::Person(reminder.person_id.clone());
        items.push(Box::new(item(choice, reminder.title.clone())?));
    }
    items.push(Box::new(item(
        TrayChoice::AllReminders,
        say(lang, Words::AllReminders),
    )?));
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    match picture.paused_until {
        Some(until) => {
            let until = pause_end(lang, until, picture.now);
            items.push(Box::new(item(
                TrayChoice::Resume,
                say(lang, Words::Resume(until)),
            )?));
        }
        None => items.push(Box::new(Submenu::with_items(
            app,
            say(lang, Words::Pause),
            true,
            &[
                &item(
                    TrayChoice::Pause(PauseFor::Hour),
                    say(lang, Words::PauseHour),
                )?,
                &item(
                    TrayChoice::Pause(PauseFor::UntilTomorrow),
                    say(lang, Words::PauseTomorrow),
                )?,
            ],
        )?)),
    }
    items.push(Box::new(PredefinedMenuItem::separator(app)?));
    items.push(Box::new(item(TrayChoice::Quit, say(lang, Words::Quit))?));
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
    let due = picture.due.len();
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
