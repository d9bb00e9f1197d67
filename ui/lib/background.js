// What Balans, running on in the tray, tells the window: that the reminders
// changed, the tray's requests (a person's page, the quick log, a screen),
// that the window was closed for the first time, that the data file was
// found damaged (the window then starts afresh and shows the way back), and
// that changes from another computer arrived.

import { listen } from "./api.js";

/** Starts listening; `onRemindersChanged(dueCount)` runs whenever the app looked at the reminders. */
export function listenToBackground(app, onRemindersChanged) {
  return Promise.all([
    listen("reminders-changed", onRemindersChanged),
    listen("open-person", (id) => app.go("people", id)),
    listen("quick-log", () => app.quickLog()),
    listen("navigate", (view) => app.go(view)),
    listen("close-requested", () => app.askAboutClosing()),
    listen("ledger-damaged", () => location.reload()),
    listen("ledger-arrived", () => app.changesArrived()),
  ]);
}
