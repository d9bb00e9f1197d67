//! Generates the bare window's Tauri context from its tauri.conf.json.

fn main() {
    let manifest = tauri_build::AppManifest::new().commands(&["drawn"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("the Tauri build step failed");
}
