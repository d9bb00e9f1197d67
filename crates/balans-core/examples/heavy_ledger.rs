//! Writes the benchmarks' heavy ledger (5,000 people, 300 organisations,
//! 200,000 exchanges over ten years, fixed seed) to a file, for measuring the
//! app on it: `cargo run --release -p balans-core --example heavy_ledger -- FILE`.
//! An existing file keeps its data and is only brought up to this build's
//! schema, so a measurement never includes an upgrade.

use balans_core::samples::synthetic_ledger::{self, Spec};
use balans_core::Store;

fn main() {
    let Some(path) = std::env::args_os().nth(1) else {
        eprintln!("usage: heavy_ledger FILE");
        std::process::exit(2);
    };
    let path = std::path::PathBuf::from(path);
    if path.exists() {
        Store::open(&path).expect("the existing ledger, upgraded");
        return;
    }
    let building = path.with_extension("building");
    let _ = std::fs::remove_file(&building);
    let mut store = Store::open(&building).expect("a new ledger");
    synthetic_ledger::generate(&mut store, &Spec::HEAVY).expect("the data set");
    drop(store);
    std::fs::rename(&building, &path).expect("the finished ledger");
}
