// The calendar file Balans keeps up to date for a calendar app to subscribe
// to: where it is and a way to stop, or a button to choose where to keep
// one. The place is chosen in the system's save dialog, never typed here.

import { call } from "../lib/api.js";
import { t } from "../lib/i18n.js";
import { busyWhile } from "../widgets/busy.js";
import { el } from "../widgets/dom.js";

/** The calendar file's line in the data settings, for the kept `path` (or null). */
export function calendarFileOffer(path, app) {
  const choose = busyWhile(async () => {
    try {
      const kept = await call("keep_calendar_file");
      if (!kept) return;
      app.announce(t("data-calendarKept", { path: kept }));
      await app.refresh();
    } catch (error) {
      app.failed(error);
    }
  });
  const stop = app.action("stop_calendar_file", {}, t("data-calendarStopped"));
  if (!path) {
    return el(
      "div",
      { class: "row", id: "calendar-file" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "keep-calendar",
        text: t("data-calendarKeep"),
        on: { click: choose },
      }),
      el("span", { class: "hint", text: t("data-calendarHint") }),
    );
  }
  return el(
    "div",
    { class: "row", id: "calendar-file" },
    el("span", { id: "calendar-path", text: t("data-calendarAt", { path }) }),
    el("button", {
      type: "button",
      class: "secondary",
      id: "stop-calendar",
      text: t("data-calendarStop"),
      on: { click: stop },
    }),
  );
}
