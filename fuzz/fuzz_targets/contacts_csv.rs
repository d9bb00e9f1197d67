//! Fuzzes `balans_core::transfer::contacts::parse_contacts_csv` and the import after it.
#![no_main]

mod import;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    import::check(data, balans_core::transfer::contacts::parse_contacts_csv);
});
