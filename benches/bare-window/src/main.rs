//! A bare Tauri window, the floor Balans's start time and memory are compared
//! with (`make floor`, `scripts/measure-start.py --floor`): the same Tauri,
//! WebKitGTK and release profile, an empty page, no database. It prints the
//! same line Balans's start-up probe prints once its page is drawn. It makes
//! Balans's choice of how WebKit draws (`src-tauri/rendering.rs`), so the two
//! are drawn alike.

#[path = "../../../src-tauri/rendering.rs"]
mod rendering;

#[tauri::command]
fn drawn() {
    println!("balans: window ready");
}

fn main() {
    rendering::choose();
    tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![drawn])
        .run(tauri::generate_context!())
        .expect("the bare window could not start");
}
