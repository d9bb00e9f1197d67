//! Reminders on the desktop: when to look (`scheduler`), what a look finds
//! (`look`), where it goes (`delivery`: the tray and notifications), and the
//! scheduler running in the app (`on_schedule`). A change the user makes
//! asks for a look of its own (`ledger::change`), so the tray follows
//! within a moment.

mod delivery;
mod look;
mod on_schedule;
pub mod scheduler;

pub use delivery::{look_now, look_soon, ChangesToLookAt};
pub use on_schedule::start;
pub use scheduler::{Clock, SystemClock};
