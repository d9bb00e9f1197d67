//! Fuzzes reading a vCard file from its bytes (`ContactFormat::Vcard`) and the import after it.
#![no_main]

mod import;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    import::check(data, balans_core::import_export::contacts::ContactFormat::Vcard);
});
