// What the reminder controls mean, without a window: the decision a snooze
// choice sends, the count on the navigation, and how the end of a pause is
// said. Pure functions, so they can be tested under Node.

import { formatDate, inDays, todayIso } from "./format.js";
import { t } from "./i18n.js";

/** The snooze choices, in the order the buttons show them. */
export const SNOOZE_CHOICES = ["day", "week", "month"];

const BADGE_MAX = 99;

/** The decision for a snooze: "day", "week" or "month", or "until" a YYYY-MM-DD date. */
export function snoozeDecision(choice, until = null) {
  return choice === "until" ? { snooze_until: until } : `snooze_${choice}`;
}

/** The count on the Reminders item: nothing at zero, "99+" beyond 99. */
export function badgeText(count) {
  if (count <= 0) return "";
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(count);
}

/** "1 reminder due", "3 reminders due". */
export function dueText(count) {
  return t("reminders-due", { count });
}

/** "Notifications are paused until 14:30" (today), "… until tomorrow at 08:00", or with the date. */
export function pausedText(until, lang, now = new Date()) {
  const [date, time] = until.split("T");
  if (date === todayIso(now)) return t("reminders-pausedToday", { time });
  if (date === inDays(1, now)) return t("reminders-pausedTomorrow", { time });
  return t("reminders-pausedUntil", { date: formatDate(date, lang), time });
}
