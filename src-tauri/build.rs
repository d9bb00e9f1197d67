//! Generates the Tauri context and the permissions of the app's own commands.
//! The command list here is the app manifest: a command missing from it cannot
//! be called from the window, whatever the capability file says.

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    // The window's files are built into the binary; a change to any of them
    // must rebuild it, or `make run` would show the window as it was.
    println!("cargo:rerun-if-changed=ui");
    let manifest = tauri_build::AppManifest::new().commands(&[
        "app_info",
        "recover_ledger",
        "startup_drawn",
        "quick_log_drawn",
        "list_kinds",
        "add_kind",
        "set_kind_value",
        "get_settings",
        "update_settings",
        "system_color_scheme",
        "overview",
        "people_list",
        "person_names",
        "add_person",
        "update_person",
        "set_person_archived",
        "trash_person",
        "restore_person",
        "likely_duplicates",
        "merge_people",
        "undo_last_merge",
        "person_page",
        "older_exchanges",
        "record_exchange",
        "update_exchange",
        "trash_exchange",
        "restore_exchange",
        "trash_contents",
        "empty_trash",
        "list_organisations",
        "organisation_rows",
        "add_organisation",
        "update_organisation",
        "organisation_page",
        "affiliate",
        "end_affiliation",
        "delete_affiliation",
        "search",
        "snooze_signal",
        "list_tags",
        "has_example",
        "load_example",
        "remove_example",
        "export_file",
        "calendar_file",
        "keep_calendar_file",
        "stop_calendar_file",
        "preview_contacts_file",
        "import_contacts_file",
        "last_import",
        "undo_last_import",
        "export_csv_folder",
        "preview_import_file",
        "import_file",
        "list_backups",
        "backup_now",
        "restore_backup",
        "list_reminders",
        "due_reminder_count",
        "decide_reminder",
        "undo_last_decision",
        "pause_notifications",
        "resume_notifications",
        "get_autostart",
        "set_autostart",
        "answer_close",
        "sync_status",
        "shortcut_refusal",
        "choose_sync_folder",
        "sync_now",
        "leave_sync",
    ]);
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .capabilities_path_pattern("./src-tauri/capabilities/**/*")
            .app_manifest(manifest),
    )
    .expect("the Tauri build step failed");
}
