//! The Balans core: the domain of give and take between a user and the people
//! they do business with, and the SQLite store that keeps it. Nothing here knows
//! about windows, so everything can be tested and scripted without one.

pub mod backups;
pub mod business;
pub mod clock;
pub mod data_folder;
pub mod dataset;
pub mod error;
pub mod example;
pub mod exchanges;
pub mod kinds;
pub mod language;
pub mod ledger;
pub mod organisations;
pub mod overview;
pub mod people;
pub mod people_list;
mod placing;
pub mod private;
pub mod recovery;
pub mod reminders;
pub mod search;
pub mod settings;
pub mod signals;
pub mod snooze;
pub mod stats;
pub mod store;
pub mod styles;
pub mod text;
pub mod transfer;
mod unworded;
pub mod validate;
pub mod words;

pub use error::{Error, ErrorPayload, Result};
pub use exchanges::{Asked, Direction, Exchange, ExchangeInput, Trash};
pub use kinds::Kind;
pub use language::Language;
pub use ledger::{
    Balance, BalanceLine, BusinessShare, OrganisationPage, PersonPage, PersonSummary, SeriesPoint,
};
pub use organisations::{
    Affiliation, AffiliationInput, DecisionPower, Organisation, OrganisationInput, OrganisationRow,
};
pub use overview::{Dot, Overview};
pub use people::{Person, PersonInput, PersonName, Relationship};
pub use people_list::{PeopleListPage, PeopleQuery, PeopleSort, PersonRow};
pub use reminders::{Announcement, Decision, PauseFor, Reminder, ReminderKind, Reminders};
pub use search::{SearchEntity, SearchHit};
pub use settings::{QuietHours, Settings, Theme};
pub use signals::{Severity, Signal, SignalKind};
pub use stats::PersonStats;
pub use store::Store;
pub use styles::{Style, StyleKind};
