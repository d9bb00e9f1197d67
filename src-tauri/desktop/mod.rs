//! What Balans shows outside its page: the tray icon and its menu, the main
//! window (bringing it forward, what closing it means), and desktop
//! notifications. These draw what they are given; what the ledger says comes
//! from the reminders' looks.

pub mod notifications;
pub mod tray;
pub mod tray_choices;
pub mod window;
