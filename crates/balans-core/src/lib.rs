//! The Balans core: the domain of give and take between a user and the people
//! they do business with, and the SQLite store that keeps it. Nothing here knows
//! about windows, so everything can be tested and scripted without one.
//!
//! The folders hold one kind of thing each: what the user records (`domain`),
//! what it adds up to (`figures`), the warnings read from it (`signals`,
//! `reminders`), what screens and commands show (`views`), the SQLite file
//! (`store`), the same ledger on other computers (`sync`), the files around it (`files`), ways in and out
//! (`import_export`) and ledgers made for trying Balans out (`samples`). What
//! every part uses sits beside this file.

pub mod clock;
pub mod domain;
pub mod error;
pub mod figures;
pub mod files;
pub mod import_export;
pub mod language;
pub mod reminders;
pub mod samples;
pub mod signals;
pub mod store;
pub mod sync;
pub mod text;
pub mod validate;
pub mod views;
pub mod words;

pub use domain::channels::{ChannelKind, Channels};
pub use domain::exchanges::{Asked, Direction, Exchange, ExchangeInput, Trash};
pub use domain::kinds::Kind;
pub use domain::merging::{LikelyDuplicate, Likeness, Merged, Namesake};
pub use domain::organisations::{
    Affiliation, AffiliationInput, DecisionPower, Organisation, OrganisationInput, OrganisationRow,
};
pub use domain::people::{Person, PersonInput, PersonName, Relationship};
pub use domain::settings::{QuietHours, Settings, Theme};
pub use error::{Error, ErrorPayload, Result};
pub use figures::balance_over_time::SeriesPoint;
pub use figures::balances::{Balance, BalanceLine};
pub use figures::business_sources::BusinessShare;
pub use figures::giving_styles::{Style, StyleKind};
pub use figures::person_stats::PersonStats;
pub use language::Language;
pub use reminders::{
    Announcement, Decision, DecisionUndo, DueLook, PauseFor, Reminder, ReminderKind, Reminders,
    RemindersShown,
};
pub use samples::example_network::ExampleCounts;
pub use signals::{KindCount, Severity, Signal, SignalKind};
pub use store::Store;
pub use views::introductions::Introduction;
pub use views::organisation_page::OrganisationPage;
pub use views::overview::{Dot, Overview};
pub use views::people_list::{PeopleListPage, PeopleQuery, PeopleSort, PersonRow, PersonSummary};
pub use views::person_page::{OlderExchanges, PersonPage};
pub use views::search::{SearchEntity, SearchHit};
