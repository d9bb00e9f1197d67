// Reminders: what is due now, each with done, snooze and dismiss; what is
// snoozed and until when (long lists a hundred at a time); and whether
// notifications are paused, with a way to pause or resume them.

import { call } from "../lib/api.js";
import { ctx } from "../lib/context.js";
import { language, t } from "../lib/i18n.js";
import { pausedText } from "../lib/reminder-choices.js";
import { el } from "../widgets/dom.js";
import { pagedList } from "../widgets/paged-list.js";
import { reminderRow } from "../widgets/reminder-row.js";

export async function render(_route, app) {
  const { due, snoozed, paused_until: pausedUntil } = await call("list_reminders");
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
        ? pagedList({ class: "reminders", id: "due-reminders" }, due, (r) => reminderRow(r, app))
        : el("p", { class: "muted", id: "no-reminders", text: t("reminders-none") }),
    ),
    snoozed.length
      ? el(
          "section",
          { "aria-labelledby": "snoozed-title" },
          el("h2", { id: "snoozed-title", text: t("reminders-snoozedTitle") }),
          pagedList({ class: "reminders", id: "snoozed-reminders" }, snoozed, (r) => reminderRow(r, app)),
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
