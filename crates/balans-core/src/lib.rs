//! The Balans core: the domain of give and take between a user and the people
//! they do business with, and the SQLite store that keeps it. Nothing here knows
//! about windows, so everything can be tested and scripted without one.

pub mod error;
pub mod exchanges;
pub mod kinds;
pub mod ledger;
pub mod people;
pub mod store;
pub mod validate;

pub use error::{Error, ErrorPayload, Result};
pub use exchanges::{Direction, Exchange, NewExchange};
pub use kinds::Kind;
pub use ledger::{Balance, PersonBalance, PersonPage};
pub use people::{NewPerson, Person};
pub use store::Store;
