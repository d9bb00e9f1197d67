//! Desktop notifications for what a look at the reminders announces (what
//! their clicks and buttons do is `notification_actions`'), and a body as
//! the notification server will read it. Servers that advertise
//! `body-markup` (GNOME, KDE, most of Linux) render a subset of HTML in the
//! body, `<a href>` and `<img>` among them, so a contact's name or a note
//! could become a link or an image there. Where the server renders markup,
//! `&`, `<` and `>` are escaped so the text stays text; elsewhere the body
//! goes as written. The title is plain text everywhere. The servers' markup
//! is XML-like, so the report's HTML escaping serves it too.

use balans_core::import_export::html_report::escape_html;
use balans_core::{Announcement, Language};
use tauri::{AppHandle, Runtime};
use tauri_plugin_notification::NotificationExt;

use super::notification_actions;

/// Shows one notification for each announcement, its buttons in `lang`.
pub fn show<R: Runtime>(app: &AppHandle<R>, lang: Language, announcements: &[Announcement]) {
    if announcements.is_empty() {
        return;
    }
    notification_actions::offer_buttons(app, lang);
    for announcement in announcements {
        let builder = app
            .notification()
            .builder()
            .title(&announcement.title)
            .body(body_for_server(&announcement.body));
        let shown = notification_actions::carrying(builder, announcement).show();
        if let Err(e) = shown {
            eprintln!("balans: a notification could not be shown: {e}");
        }
    }
}

/// Whether the session's notification server renders markup in bodies.
#[cfg(all(unix, not(target_os = "macos")))]
fn server_renders_markup() -> bool {
    use std::sync::OnceLock;
    static RENDERS: OnceLock<bool> = OnceLock::new();
    *RENDERS.get_or_init(|| {
        // A server that cannot be asked may still render markup: escaping
        // shows a rare `&amp;`, not escaping could show a link.
        notify_rust::get_capabilities()
            .map(|capabilities| capabilities.iter().any(|c| c == "body-markup"))
            .unwrap_or(true)
    })
}

/// macOS and Windows show notification bodies as plain text.
#[cfg(not(all(unix, not(target_os = "macos"))))]
fn server_renders_markup() -> bool {
    false
}

/// The body to send for `text`.
fn body_for_server(text: &str) -> String {
    if server_renders_markup() {
        escape_html(text)
    } else {
        text.to_owned()
    }
}
