//! Getting the user's data out and back in: a lossless JSON backup, CSV for
//! spreadsheets, and files written so that they are whole or absent.

pub mod atomic;
mod backup_rules;
pub mod contacts;
mod content_line;
pub mod csv_export;
pub mod icalendar;
pub mod journal;
pub mod json_backup;
pub mod report;
pub mod vcard;
