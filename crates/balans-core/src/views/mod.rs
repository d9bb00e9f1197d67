//! What the window and the command line show, each read in one go next to
//! the data: the overview, the people list, a person's page with the
//! introductions they were part of, an organisation's page, and search.

pub mod introductions;
pub mod organisation_page;
pub mod overview;
pub mod people_list;
pub mod person_page;
pub mod search;
pub mod spread;
