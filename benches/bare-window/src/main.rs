//! A bare Tauri window, the floor Balans's start time and memory are compared
//! with (`make floor`, `scripts/measure-start.py --floor`): the same Tauri,
//! WebKitGTK and release profile, an empty page, no database. It prints the
//! same line Balans's start-up probe prints once its page is drawn. It makes
//! Balans's process-wide choices, how WebKit draws
//! (`src-tauri/process/rendering.rs`) and how memory is allocated
//! (`src-tauri/process/memory.rs`), so the floor differs from Balans only in
//! what Balans itself does.

#[path = "../../../src-tauri/process/memory.rs"]
#[allow(dead_code)] // An empty page has no bursts of work to give memory back after.
mod memory;
#[path = "../../../src-tauri/process/rendering.rs"]
mod rendering;

#[tauri::command]
fn drawn() {
    println!("balans: window ready");
}

fn main() {
    rendering::choose_compositing();
    memory::share_one_arena();
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![drawn])
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
