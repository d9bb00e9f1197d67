// Reminders: what is due now, each with done, snooze and dismiss; what is
// snoozed and until when (long lists a hundred at a time, each hundred
// asked of the core when wanted); and whether notifications are paused,
// with a way to pause or resume them.

import { call } from "../lib/api.js";
import { ctx } from "../lib/context.js";
import { language, t } from "../lib/i18n.js";
import { pausedText } from "../lib/reminder-choices.js";
import { el } from "../widgets/dom.js";
import { PAGE_ROWS, showMoreText } from "../widgets/paged-list.js";
import { reminderRow } from "../widgets/reminder-row.js";

/** How many of each list the screen shows, kept while the window is open. */
let shown = PAGE_ROWS;

export async function render(_route, app) {
  const overview = await call("list_reminders", { shown });
  const { due, snoozed, due_total: dueTotal, snoozed_total: snoozedTotal, paused_until: pausedUntil } = overview;
  const more = () => {
    shown += PAGE_ROWS;
    app.refresh().catch(app.failed);
  };
  const list = (id, reminders, total) => [
    el(
      "ol",
      { class: "reminders", id },
      reminders.map((r) => reminderRow(r, app)),
    ),
    total > reminders.length
      ? el("button", {
          type: "button",
          class: "link show-more",
          text: showMoreText(total - reminders.length),
          on: { click: more },
        })
      : null,
  ];
  return el(
    "section",
    { class: "page", id: "reminders", "aria-labelledby": "reminders-title" },
    el("h1", { id: "reminders-title", text: t("reminders-title") }),
    notificationLine(pausedUntil, app),
    el(
      "section",
      { "aria-labelledby": "due-title" },
      el("h2", { id: "due-title", text: t("reminders-dueTitle") }),
      due.length
        ? list("due-reminders", due, dueTotal)
        : el("p", { class: "muted", id: "no-reminders", text: t("reminders-none") }),
    ),
    snoozed.length
      ? el(
          "section",
          { "aria-labelledby": "snoozed-title" },
          el("h2", { id: "snoozed-title", text: t("reminders-snoozedTitle") }),
          list("snoozed-reminders", snoozed, snoozedTotal),
        )
      : null,
  );
}

/** Paused until when, with Resume; or, while notifications are on, ways to pause them. */
function notificationLine(until, app) {
  if (until) {
    return el(
      "div",
      { class: "row notification-line", id: "notifications-paused" },
      el("span", { text: pausedText(until, language()) }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "resume-notifications",
        text: t("reminders-resume"),
        on: { click: app.action("resume_notifications", {}, t("reminders-resumed")) },
      }),
    );
  }
  if (!ctx.settings.notifications)
    return el("p", {
      class: "muted notification-line",
      id: "notifications-off",
      text: t("reminders-notificationsOff"),
    });
  const pause = (length) => app.action("pause_notifications", { pause: length }, (end) => pausedText(end, language()));
  return el(
    "div",
    { class: "row notification-line", id: "notifications-on" },
    el("span", { class: "muted", text: t("reminders-pause") }),
    el("button", {
      type: "button",
      class: "link",
      id: "pause-hour",
      text: t("reminders-pauseHour"),
      on: { click: pause("hour") },
    }),
    el("button", {
      type: "button",
      class: "link",
      id: "pause-tomorrow",
      text: t("reminders-pauseTomorrow"),
      on: { click: pause("until_tomorrow") },
    }),
  );
}
