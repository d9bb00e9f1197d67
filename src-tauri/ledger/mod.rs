//! The one ledger the window works on: opened once under the data folder's
//! lock, read by any command, and written by the window and the tray only
//! through [`change`], which brings the reminders, the tray and the window
//! along after every write; kept in step with the user's other computers by
//! [`background_sync`]; and written out after changes to the calendar file a
//! calendar app subscribes to, when the user keeps one ([`calendar_file`]).

pub mod background_sync;
pub mod calendar_file;
pub mod change;
mod instance_lock;
mod state;

pub use state::{AppInfo, LedgerState};
