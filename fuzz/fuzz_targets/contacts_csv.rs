//! Fuzzes reading a contacts CSV file from its bytes (`ContactFormat::Csv`) and the import after it.
#![no_main]

mod import;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    import::check(data, balans_core::import_export::contacts::ContactFormat::Csv);
});
