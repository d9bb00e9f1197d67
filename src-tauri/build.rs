//! Generates the Tauri context and the permissions of the app's own commands.
//! The command list here is the app manifest: a command missing from it cannot
//! be called from the window, whatever the capability file says.

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let manifest = tauri_build::AppManifest::new().commands(&[
        "app_info",
        "list_kinds",
        "list_people",
        "add_person",
        "person_page",
        "record_exchange",
    ]);
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(manifest),
    )
    .expect("the Tauri build step failed");
}
