//! Ledgers made rather than recorded: the example network a new user can
//! load, and large synthetic ledgers for benchmarks and load tests.

pub mod example_network;
pub mod synthetic_ledger;
