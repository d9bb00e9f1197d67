//! What every importer target checks: the parser reads any bytes without
//! panicking, and what it accepts imports into a real (in-memory) ledger
//! with, at worst, a typed refusal that leaves the ledger as it was.

use balans_core::import_export::contacts::Contact;
use balans_core::{Result, Store};

pub fn check(data: &[u8], parse: fn(&str) -> Result<Vec<Contact>>) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(contacts) = parse(text) else {
        return;
    };
    let mut store = Store::open_in_memory().expect("an in-memory ledger");
    let before = store.export_json().expect("an export");
    if let Err(error) = store.import_contacts(&contacts) {
        assert!(
            matches!(error.code(), "invalid_input" | "not_found"),
            "an untyped refusal: {error}"
        );
        assert_eq!(store.export_json().expect("an export"), before, "a refused import changed the ledger");
    }
}
