//! What Balans shows outside its page: the tray icon and its menu, what the
//! menu's clicks do, the system-wide quick-log shortcut, the main window
//! (bringing it forward, what closing it means, keeping its size and place),
//! desktop notifications and what their clicks and buttons do, the
//! desktop's dark style, and the window's own words handed to its page. The tray and the notifications
//! show what a look at the reminders gives them; they read nothing
//! themselves.

pub mod global_shortcut;
pub mod notification_actions;
pub mod notifications;
pub mod system_style;
pub mod tray;
pub mod tray_choices;
pub mod window;
pub mod window_place;
pub mod window_words;
