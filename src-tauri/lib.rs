//! The Balans desktop shell: opens the ledger in the user's data folder,
//! serves the window, and keeps running in the tray to deliver reminders. All
//! domain logic lives in `balans-core`; this crate only wires it to Tauri.
//!
//! `commands/` is what the window calls; `ledger/` the one database handle
//! and the one way a change goes (`ledger/change.rs`); `reminders/` when to
//! look at the reminders and where a look goes; `desktop/` the tray, the
//! window and notifications; `startup/` the data folder, the first screen
//! and what waits for it; `process/` choices for the whole process;
//! `settling.rs` work done once a burst of events has stopped.

mod commands;
mod desktop;
mod ledger;
mod process;
mod reminders;
mod settling;
mod startup;

use tauri::{Builder, Manager, Runtime, WindowEvent};

use crate::desktop::window;
use crate::ledger::LedgerState;
use crate::startup::{after_first_screen, data_dir, first_screen};

/// Starts the desktop app. The command line is another program, `balans`
/// (crates/balans-cli), which opens this one when given no command.
pub fn run() {
    process::rendering::choose_compositing();
    process::memory::share_one_arena();
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
        .plugin(desktop::window_words::plugin())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        // Opens a person's addresses; the capability allows only mailto:,
        // tel: and https: links.
        .plugin(tauri_plugin_opener::init())
        .plugin(desktop::global_shortcut::plugin())
        .plugin(desktop::window_place::plugin())
        .plugin(
            tauri_plugin_autostart::Builder::new()
                .arg(window::IN_TRAY_ARG)
                .build(),
        )
        .manage(window::CloseAsked::default())
        .manage(desktop::system_style::SystemStyle::default())
        .manage(desktop::window_place::Moves::default())
        .manage(desktop::global_shortcut::Refusal::default())
        .manage(commands::reminders::LastDecision::default())
        .manage(reminders::ChangesToLookAt::default())
        .manage(after_first_screen::Started::default())
        .manage(first_screen::FirstScreen::default())
        .manage(commands::transfer::ChosenFile::default())
        .on_window_event(|window, event| match event {
            WindowEvent::CloseRequested { api, .. } => window::on_close_requested(window, api),
            WindowEvent::Moved(_) | WindowEvent::Resized(_) => {
                desktop::window_place::remember_soon(window.app_handle());
            }
            _ => {}
        })
        .setup(|app| {
            let args: Vec<_> = std::env::args_os().collect();
            let dir = data_dir::for_args(&args).ok_or(
                "This system has no folder for app data; start Balans with --data-dir DIR.",
            )?;
            app.manage(LedgerState::open(dir));
            let calendar = app.path().app_config_dir().map_or_else(
                |_| ledger::calendar_file::CalendarFile::default(),
                |config| ledger::calendar_file::CalendarFile::kept_in(&config),
            );
            app.manage(calendar);
            desktop::notification_actions::listen(app.handle());
            desktop::system_style::watch(app.handle());
            let hidden = args.iter().any(|a| a == window::IN_TRAY_ARG);
            if hidden {
                if let Some(main) = app.get_webview_window(window::MAIN) {
                    main.hide()?;
                }
                // No screen to wait for.
                after_first_screen::start(app.handle());
            } else {
                first_screen::read_ahead(app.handle());
                after_first_screen::start_at_the_latest(app.handle());
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::startup::app_info,
            commands::startup::recover_ledger,
            commands::startup::startup_drawn,
            commands::startup::quick_log_drawn,
            commands::settings::list_kinds,
            commands::settings::add_kind,
            commands::settings::set_kind_value,
            commands::settings::get_settings,
            commands::settings::update_settings,
            commands::settings::system_color_scheme,
            commands::overview::overview,
            commands::people::people_list,
            commands::people::person_names,
            commands::people::add_person,
            commands::people::update_person,
            commands::people::set_person_archived,
            commands::people::trash_person,
            commands::people::restore_person,
            commands::merging::likely_duplicates,
            commands::merging::merge_people,
            commands::merging::undo_last_merge,
            commands::people::person_page,
            commands::people::older_exchanges,
            commands::exchanges::record_exchange,
            commands::exchanges::update_exchange,
            commands::exchanges::trash_exchange,
            commands::exchanges::restore_exchange,
            commands::exchanges::trash_contents,
            commands::exchanges::empty_trash,
            commands::organisations::list_organisations,
            commands::organisations::organisation_rows,
            commands::organisations::add_organisation,
            commands::organisations::update_organisation,
            commands::organisations::organisation_page,
            commands::organisations::affiliate,
            commands::organisations::end_affiliation,
            commands::organisations::delete_affiliation,
            commands::overview::search,
            commands::overview::snooze_signal,
            commands::people::list_tags,
            commands::example::has_example,
            commands::example::load_example,
            commands::example::remove_example,
            commands::transfer::export_file,
            commands::calendar::calendar_file,
            commands::calendar::keep_calendar_file,
            commands::calendar::stop_calendar_file,
            commands::transfer::preview_contacts_file,
            commands::transfer::import_contacts_file,
            commands::transfer::last_import,
            commands::transfer::undo_last_import,
            commands::transfer::export_csv_folder,
            commands::transfer::preview_import_file,
            commands::transfer::import_file,
            commands::transfer::list_backups,
            commands::transfer::backup_now,
            commands::transfer::restore_backup,
            commands::reminders::list_reminders,
            commands::reminders::due_reminder_count,
            commands::reminders::decide_reminder,
            commands::reminders::undo_last_decision,
            commands::reminders::pause_notifications,
            commands::reminders::resume_notifications,
            commands::keep_running::get_autostart,
            commands::keep_running::set_autostart,
            commands::keep_running::answer_close,
            commands::sync::sync_status,
            commands::settings::shortcut_refusal,
            commands::sync::choose_sync_folder,
            commands::sync::sync_now,
            commands::sync::leave_sync,
        ])
}
