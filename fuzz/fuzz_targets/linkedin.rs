//! Fuzzes `balans_core::transfer::contacts::parse_linkedin` and the import after it.
#![no_main]

mod import;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    import::check(data, balans_core::transfer::contacts::parse_linkedin);
});
