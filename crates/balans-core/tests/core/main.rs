//! Integration tests of the core through its public API, on real SQLite files.

mod first_slice;
mod search;
