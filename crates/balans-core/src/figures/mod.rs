//! What the exchanges add up to: the per-person figures kept beside them and
//! the read model made from them, balances now and over time, giving styles
//! and where business comes from, and the sentences that explain them.

pub mod balance_over_time;
pub mod balances;
pub mod business_sources;
pub mod giving_styles;
pub(crate) mod person_figures;
pub mod person_stats;
mod wording;
