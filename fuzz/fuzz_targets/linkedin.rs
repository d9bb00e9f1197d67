//! Fuzzes reading a LinkedIn's Connections.csv file from its bytes (`ContactFormat::Linkedin`) and the import after it.
#![no_main]

mod import;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    import::check(data, balans_core::import_export::contacts::ContactFormat::Linkedin);
});
