//! Getting the user's data out and back in: a lossless JSON backup, CSV for
//! spreadsheets, contacts from address books and LinkedIn (and the last of
//! those imports taken back), a calendar of follow-ups, a journal for
//! hledger and a printable report.

mod backup_rules;
pub mod contacts;
mod content_line;
pub mod csv_export;
pub mod hledger_journal;
pub mod html_report;
pub mod icalendar;
pub mod import_undo;
pub mod json_backup;
pub mod spreadsheet_text;
pub mod vcard;
