//! What the user records: people, organisations and who works where,
//! exchanges and their kinds, and the settings that tune everything read
//! from them. Each module holds its types and the store's writes and reads
//! of its own tables.

pub mod birthdays;
pub mod channels;
pub mod exchanges;
pub mod kinds;
pub mod merging;
pub mod organisations;
pub mod people;
pub mod settings;
