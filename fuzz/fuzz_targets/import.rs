//! What every importer target checks: the importer reads any bytes, in any
//! encoding, without panicking, and what it accepts imports into a real
//! (in-memory) ledger with, at worst, a typed refusal that leaves the ledger
//! as it was.

use balans_core::import_export::contacts::ContactFormat;
use balans_core::Store;

pub fn check(data: &[u8], format: ContactFormat) {
    let Ok(contacts) = format.read(data) else {
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
