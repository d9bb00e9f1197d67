// One reminder as a list item: what to do and why, since or until when, and
// its actions: done, snooze (a day, a week, a month, or until a chosen date)
// and dismiss; done and dismiss offer Undo. The Reminders screen and a person's page both list these.

import { call } from "../lib/api.js";
import { formatDate, inDays } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { SNOOZE_CHOICES, snoozeDecision } from "../lib/reminder-choices.js";
import { routeHash } from "../lib/router.js";
import { el, openedLazily } from "./dom.js";
import { fieldError, submitting } from "./forms.js";

let rows = 0;

/** What the status line says after a decision, from the reminder as decided. */
function said(decided) {
  if (decided.snoozed_until)
    return t("reminders-snoozed", { title: decided.title, date: formatDate(decided.snoozed_until, language()) });
  return t("reminders-dismissed", { title: decided.title });
}

/**
 * A reminder row; `app` gives actions and navigation. `linkPerson` adds a link
 * to the person's page (not needed on that page itself).
 */
export function reminderRow(reminder, app, { linkPerson = true } = {}) {
  const lang = language();
  const decide = (decision, message) => app.action("decide_reminder", { key: reminder.key, decision }, message);
  // Done and dismiss can be taken back from the toast they show (or Ctrl+Z).
  const undoably = (decision, message) =>
    app.undoable("decide_reminder", { key: reminder.key, decision }, message, ["undo_last_decision", {}]);
  const when = reminder.snoozed_until
    ? t("reminders-backOn", { date: formatDate(reminder.snoozed_until, lang) })
    : t("reminders-dueSince", { date: formatDate(reminder.due, lang) });
  const done = t(reminder.kind === "thanks" ? "reminders-thanked" : "reminders-done", {
    title: reminder.title,
    name: reminder.person_name,
  });
  return el(
    "li",
    {
      class: reminder.snoozed_until ? "reminder snoozed" : "reminder",
      dataset: { reminderKey: reminder.key, kind: reminder.kind, person: reminder.person_id },
    },
    el(
      "div",
      { class: "reminder-head" },
      el("span", { class: "reminder-kind", text: t(`reminderKind-${reminder.kind}`) }),
      el("h3", { class: "reminder-title", text: reminder.title }),
    ),
    el("p", { class: "reminder-detail", text: reminder.detail }),
    el(
      "p",
      { class: "reminder-when muted" },
      when,
      linkPerson
        ? [
            " · ",
            el("a", {
              class: "reminder-person",
              href: routeHash("people", reminder.person_id),
              text: t("reminders-openPerson", { name: reminder.person_name }),
            }),
          ]
        : null,
    ),
    el(
      "div",
      { class: "row reminder-buttons" },
      el("button", {
        type: "button",
        class: "secondary reminder-done",
        text: t("reminders-markDone"),
        on: { click: undoably("done", done) },
      }),
      snoozeMenu(reminder, app, decide),
      el("button", {
        type: "button",
        class: "link reminder-dismiss",
        text: t("reminders-dismiss"),
        on: { click: undoably("dismiss", t("reminders-dismissed", { title: reminder.title })) },
      }),
    ),
  );
}

/**
 * "Snooze", opening to a day, a week, a month, or a chosen date. The
 * choices are made when first opened: a screen of a hundred reminders
 * would otherwise build a hundred date fields nobody opens.
 */
function snoozeMenu(reminder, app, decide) {
  return openedLazily({ class: "snooze" }, el("summary", { class: "snooze-open", text: t("reminders-snooze") }), () =>
    snoozeChoices(reminder, app, decide),
  );
}

function snoozeChoices(reminder, app, decide) {
  const id = `snooze-date-${++rows}`;
  const tomorrow = inDays(1);
  const untilForm = el(
    "form",
    { class: "snooze-until", novalidate: true },
    el(
      "div",
      { class: "row" },
      el("label", { for: id, text: t("reminders-snoozeUntil") }),
      el("input", {
        type: "date",
        id,
        name: "until",
        min: tomorrow,
        value: tomorrow,
        required: true,
        "aria-describedby": `${id}-error`,
      }),
      el("button", { type: "submit", class: "secondary snooze-until-save", text: t("reminders-snooze") }),
    ),
    fieldError(id, "until"),
  );
  untilForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const decision = snoozeDecision("until", untilForm.elements.until.value);
    const decided = await submitting(untilForm, () => call("decide_reminder", { key: reminder.key, decision }));
    if (!decided) return;
    app.announce(said(decided));
    await app.refresh();
  });
  return el(
    "div",
    { class: "snooze-choices" },
    el(
      "div",
      { class: "row" },
      SNOOZE_CHOICES.map((choice) =>
        el("button", {
          type: "button",
          class: `secondary snooze-${choice}`,
          text: t(`reminders-snooze-${choice}`),
          on: { click: decide(snoozeDecision(choice), said) },
        }),
      ),
    ),
    untilForm,
  );
}
