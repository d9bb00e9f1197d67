//! What the user does with a reminder's desktop notification, where the
//! platform offers it: a click opens the person it is about (or all
//! reminders, for a grouped one), and its Done and Snooze-a-week buttons
//! decide the reminder as the window's buttons do. On Linux the buttons are
//! the notification server's actions over D-Bus; servers that show no
//! actions still report the click.
//!
//! A notification carries what it is about in its payload: the reminders'
//! keys and the person's id. An action is read back from that payload
//! alone, so a notification from an earlier look still acts on the right
//! reminder, and one that no longer exists is refused by the core.

use balans_core::{clock, phrase, Announcement, Decision, Language};
use serde_json::Value;
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::{
    Action, ActionPerformed, ActionType, NotificationBuilder, NotificationExt,
};

use super::tray::TrayChoice;
use super::tray_choices;
use crate::ledger::change;

/// The action type of a notification about one reminder.
const ONE_REMINDER: &str = "one-reminder";
/// The actions of [`ONE_REMINDER`], besides the click.
const DONE: &str = "done";
const SNOOZE_WEEK: &str = "snooze-week";
/// A click on the notification itself.
const TAP: &str = "tap";
/// The payload's keys.
const REMINDERS: &str = "reminders";
const PERSON: &str = "person";

/// What an action on a notification asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Asked {
    /// Bring the window forward, at the person or at all reminders.
    Open(Option<String>),
    /// Decide the one reminder the notification is about.
    Decide { key: String, decision: Decision },
}

/// Hands every action on Balans's notifications to [`act`]; called once,
/// before any notification is shown.
pub fn listen<R: Runtime>(app: &AppHandle<R>) {
    let handle = app.clone();
    let listening = app
        .notification()
        .on_action(move |performed| act(&handle, performed));
    if let Err(e) = listening {
        eprintln!("balans: notifications will not answer clicks: {e}");
    }
}

/// Offers Done and Snooze a week, worded in `lang`, on notifications about
/// one reminder.
pub fn offer_buttons<R: Runtime>(app: &AppHandle<R>, lang: Language) {
    let buttons = ActionType::builder(ONE_REMINDER)
        .actions(vec![
            Action::builder(DONE, phrase!("notification-done").say(lang)).build(),
            Action::builder(SNOOZE_WEEK, phrase!("notification-snooze-week").say(lang)).build(),
        ])
        .build();
    if let Err(e) = app.notification().register_action_types(vec![buttons]) {
        eprintln!("balans: notifications will show no buttons: {e}");
    }
}

/// `builder` with what `announcement` is about, and the buttons when it is
/// about one reminder.
pub fn carrying<R: Runtime>(
    builder: NotificationBuilder<R>,
    announcement: &Announcement,
) -> NotificationBuilder<R> {
    let mut builder = builder.extra(REMINDERS, &announcement.keys);
    if let Some(person) = &announcement.person_id {
        builder = builder.extra(PERSON, person);
    }
    if announcement.keys.len() == 1 {
        builder = builder.action_type_id(ONE_REMINDER);
    }
    builder
}

/// Reads what `performed` asks; `None` for anything Balans did not offer.
fn asked(performed: &ActionPerformed) -> Option<Asked> {
    let payload = performed.notification()?.extra();
    let person = payload.get(PERSON).and_then(Value::as_str);
    let only_key = match payload.get(REMINDERS).and_then(Value::as_array) {
        Some(keys) if keys.len() == 1 => keys[0].as_str(),
        _ => None,
    };
    let decide = |decision| {
        only_key.map(|key| Asked::Decide {
            key: key.to_owned(),
            decision,
        })
    };
    match performed.action_id() {
        TAP => Some(Asked::Open(person.map(str::to_owned))),
        DONE => decide(Decision::Done),
        SNOOZE_WEEK => decide(Decision::SnoozeWeek),
        _ => None,
    }
}

/// Does what `performed` asks. Runs on the notifications' own thread, so a
/// decision, which waits for the ledger, goes to a thread of its own.
fn act<R: Runtime>(app: &AppHandle<R>, performed: &ActionPerformed) {
    match asked(performed) {
        Some(Asked::Open(Some(person))) => {
            tray_choices::on_choice(app, TrayChoice::Person(person));
        }
        Some(Asked::Open(None)) => tray_choices::on_choice(app, TrayChoice::AllReminders),
        Some(Asked::Decide { key, decision }) => {
            let app = app.clone();
            tauri::async_runtime::spawn_blocking(move || {
                let decided = change::write(&app, |store| {
                    store.decide_reminder(&key, &decision, clock::today())
                });
                if let Err(e) = decided {
                    eprintln!(
                        "balans: the notification's reminder was left as it was: {}",
                        e.message
                    );
                }
            });
        }
        None => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn performed(action: &str, extra: Value) -> ActionPerformed {
        serde_json::from_value(json!({
            "actionId": action,
            "notification": { "id": 0, "extra": extra },
        }))
        .unwrap()
    }

    #[test]
    fn a_click_opens_the_person_or_all_reminders() {
        let about_anna = json!({ "reminders": ["k1"], "person": "anna" });
        assert_eq!(
            asked(&performed(TAP, about_anna)),
            Some(Asked::Open(Some("anna".into())))
        );
        let grouped = json!({ "reminders": ["k1", "k2"] });
        assert_eq!(asked(&performed(TAP, grouped)), Some(Asked::Open(None)));
    }

    #[test]
    fn the_buttons_decide_the_one_reminder() {
        let one = json!({ "reminders": ["k1"], "person": "anna" });
        assert_eq!(
            asked(&performed(DONE, one.clone())),
            Some(Asked::Decide {
                key: "k1".into(),
                decision: Decision::Done
            })
        );
        assert_eq!(
            asked(&performed(SNOOZE_WEEK, one)),
            Some(Asked::Decide {
                key: "k1".into(),
                decision: Decision::SnoozeWeek
            })
        );
    }

    #[test]
    fn anything_not_offered_asks_nothing() {
        let grouped = json!({ "reminders": ["k1", "k2"] });
        assert_eq!(asked(&performed(DONE, grouped)), None);
        assert_eq!(asked(&performed(DONE, json!({}))), None);
        assert_eq!(
            asked(&performed("dismiss", json!({ "reminders": ["k1"] }))),
            None
        );
        assert_eq!(asked(&performed(DONE, json!({ "reminders": [7] }))), None);
        let without_payload: ActionPerformed =
            serde_json::from_value(json!({ "actionId": TAP })).unwrap();
        assert_eq!(asked(&without_payload), None);
    }
}
