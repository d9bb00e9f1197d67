# The desktop shell's words: the tray's menu and count, and what the window
# says about the data folder, files chosen in dialogs and the login item.

## The tray

tray-open = Open Balans
tray-quick-log = Log exchange…
tray-all-reminders = All reminders…
tray-pause = Pause notifications
tray-pause-hour = For an hour
tray-pause-tomorrow = Until tomorrow
tray-resume = Resume notifications (paused until { $until })
tray-quit = Quit Balans
tray-due = { $count ->
    [0] No reminders due
    [one] 1 reminder due
   *[other] { $count } reminders due
}
tray-tomorrow-at = tomorrow { $time }
tray-date-at = { $date } { $time }

## The data folder and the files around it

desktop-folder-not-created = The data folder could not be created: { $detail }
desktop-folder-not-locked = The data folder could not be locked: { $detail }
desktop-already-open = Balans is already open with this data in another window. Close this window and use the other one; two windows on the same data could overwrite each other's work.
desktop-restart = An earlier error left the data in use; please restart Balans.
desktop-nothing-to-recover = There is no damaged ledger to recover.
desktop-not-moved-aside = { $problem } It could not be moved aside ({ $detail }); it was left as it is.
desktop-folder-not-empty = { $folder } already holds { $file }; choose an empty folder.
desktop-choose-again = Choose the backup file again; nothing was imported.
desktop-login-item-unreadable = Could not read the login item: { $detail }
desktop-login-item-unchanged = Could not change the login item: { $detail }

## A reminder's notification: its buttons, where the platform shows them

notification-done = Done
notification-snooze-week = Snooze a week
