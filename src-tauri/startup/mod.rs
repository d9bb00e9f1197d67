//! Starting the app: which data folder it opens, the first screen's data
//! read while the web view starts, what waits until that screen is drawn,
//! and the line start-time measurements wait for.

pub mod after_first_screen;
pub mod data_dir;
pub mod first_screen;
pub mod probe;
