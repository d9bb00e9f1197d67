//! What the window and the command line show, each read in one go next to
//! the data: the overview, the people list and search.

pub mod overview;
pub mod people_list;
pub mod search;
