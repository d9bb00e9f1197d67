// What Balans, running on in the tray, tells the window: that the reminders
// changed, the tray's requests (a person's page, the quick log, a screen),
// that the window was closed for the first time, that the data file was
// found damaged (the window then starts afresh and shows the way back), that
// changes from another computer arrived, and the desktop's dark style where
// the web view cannot see it (GNOME's, read from the settings portal).

import { call, listen } from "./api.js";
import { drawn } from "./frames.js";

/** Starts listening; `onRemindersChanged(dueCount)` runs whenever the app looked at the reminders. */
export function listenToBackground(app, onRemindersChanged) {
  return Promise.all([
    listen("reminders-changed", onRemindersChanged),
    listen("open-person", (id) => app.go("people", id)),
    listen("quick-log", async () => {
      if (!(await app.quickLog())) return;
      // Two frames later the dialog is on the glass; a measurement hears it.
      await drawn();
      await call("quick_log_drawn");
    }),
    listen("navigate", (view) => app.go(view)),
    listen("close-requested", () => app.askAboutClosing()),
    listen("ledger-damaged", () => location.reload()),
    listen("ledger-arrived", () => app.changesArrived()),
  ]);
}

/**
 * Calls `onScheme` with the desktop's preference ("dark", "light", or null
 * when it says nothing) now and on every change. Listens before asking, so
 * no change falls between the two.
 */
export async function followSystemStyle(onScheme) {
  await listen("system-style-changed", onScheme);
  onScheme(await call("system_color_scheme"));
}
