//! The Balans desktop shell: opens the ledger in the user's data folder,
//! serves the window, and keeps running in the tray to deliver reminders. All
//! domain logic lives in `balans-core`; this crate only wires it to Tauri.

mod background_commands;
mod commands;
mod data_dir;
mod first_screen;
mod instance_lock;
mod ledger_state;
mod maintenance;
mod memory;
mod notification_body;
mod reminder_service;
mod rendering;
mod scheduler;
mod startup_probe;
mod transfer;
mod tray;
mod window;

use tauri::{Builder, Manager, Runtime, WindowEvent};

use crate::ledger_state::LedgerState;

/// Starts the desktop app. The command line is another program, `balans`
/// (crates/balans-cli), which opens this one when given no command.
pub fn run() {
    rendering::choose();
    memory::share_one_arena();
    build_app(Builder::default())
        .run(tauri::generate_context!())
        .expect("Balans could not start its window");
}

/// Everything the app adds to a Tauri builder, for any runtime, so tests can
/// build the same app on Tauri's mock runtime.
pub fn build_app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        // First, so a second launch hands over before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, _args, _cwd| {
            window::show(app)
        }))
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .arg(window::IN_TRAY_ARG)
                .build(),
        )
        .manage(window::CloseAsked::default())
        .manage(maintenance::Upkeep::default())
        .manage(first_screen::FirstScreen::default())
        .manage(transfer::ChosenBackup::default())
        .on_window_event(|window, event| {
            if let WindowEvent::CloseRequested { api, .. } = event {
                window::on_close_requested(window, api);
            }
        })
        .setup(|app| {
            let args: Vec<_> = std::env::args_os().collect();
            let dir = data_dir::for_args(&args).ok_or(
                "This system has no folder for app data; start Balans with --data-dir DIR.",
            )?;
            app.manage(LedgerState::open(dir));
            let hidden = args.iter().any(|a| a == window::IN_TRAY_ARG);
            if hidden {
                if let Some(main) = app.get_webview_window(window::MAIN) {
                    main.hide()?;
                }
            }
            if hidden {
                // No screen to wait for.
                maintenance::start(app.handle());
            } else {
                first_screen::read_ahead(app.handle());
                maintenance::schedule(app.handle());
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::recover_ledger,
            commands::startup_drawn,
            commands::list_kinds,
            commands::add_kind,
            commands::set_kind_value,
            commands::get_settings,
            commands::update_settings,
            commands::overview,
            commands::people_list,
            commands::person_names,
            commands::add_person,
            commands::update_person,
            commands::set_person_archived,
            commands::trash_person,
            commands::restore_person,
            commands::person_page,
            commands::record_exchange,
            commands::update_exchange,
            commands::trash_exchange,
            commands::restore_exchange,
            commands::trash_contents,
            commands::empty_trash,
            commands::list_organisations,
            commands::organisation_rows,
            commands::add_organisation,
            commands::update_organisation,
            commands::organisation_page,
            commands::affiliate,
            commands::end_affiliation,
            commands::delete_affiliation,
            commands::search,
            commands::person_signals,
            commands::style_of,
            commands::snooze_signal,
            commands::list_tags,
            commands::has_example,
            commands::load_example,
            commands::remove_example,
            transfer::export_file,
            transfer::import_contacts_file,
            transfer::export_csv_folder,
            transfer::preview_import_file,
            transfer::import_file,
            transfer::list_backups,
            transfer::backup_now,
            transfer::restore_backup,
            background_commands::list_reminders,
            background_commands::due_reminder_count,
            background_commands::person_reminders,
            background_commands::decide_reminder,
            background_commands::pause_notifications,
            background_commands::resume_notifications,
            background_commands::get_autostart,
            background_commands::set_autostart,
            background_commands::answer_close,
        ])
}
