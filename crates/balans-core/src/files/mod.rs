//! The data folder and the files the core writes in and beside it: where the
//! ledger lives, files only their owner reads, files that are whole or
//! absent, backups, and moving a damaged ledger aside.

pub mod atomic_write;
pub mod backups;
pub mod data_folder;
pub(crate) mod durable_rename;
pub mod owner_only;
pub mod recovery;
