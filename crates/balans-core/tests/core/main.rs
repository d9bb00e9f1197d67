//! Integration tests of the core through its public API, on real SQLite files.

mod backups;
mod birthdays;
mod channels;
mod contacts;
mod damage;
mod example;
mod first_slice;
mod hostile;
mod merging;
mod people_list;
mod properties;
mod reminders;
mod search;
mod stories;
mod sync;
mod timeline;
mod transfer;
