// One signal as a card: what kind, how urgent, why (with the numbers), what
// to do, and buttons to act on it. The dashboard and a person's page both
// list these.

import { formatDate, inDays } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { el } from "./dom.js";

const SNOOZE_DAYS = 7;

/** A signal card; `app` gives navigation and refresh. */
export function signalCard(signal, app) {
  const personId = signal.person_ids[0];
  const name = signal.person_name;
  const until = inDays(SNOOZE_DAYS);
  // The confirmation is worded when it is shown, not for every card drawn.
  const snoozed = () => t("signal-snoozed", { date: formatDate(until, language()) });
  const snooze = app.action("snooze_signal", { key: signal.key, until }, snoozed);
  return el(
    "li",
    { class: `signal severity-${signal.severity}`, dataset: { kind: signal.kind, person: personId } },
    el(
      "div",
      { class: "signal-head" },
      el("span", { class: `severity-badge ${signal.severity}`, text: t(`severity-${signal.severity}`) }),
      el("h3", { class: "signal-kind", text: t(`signalKind-${signal.kind}`) }),
    ),
    el("p", { class: "signal-explanation", text: signal.explanation }),
    el("p", { class: "signal-action", text: signal.action }),
    el(
      "div",
      { class: "row signal-buttons" },
      el("button", {
        type: "button",
        class: "secondary open-person",
        text: t("signal-open", { name }),
        on: { click: () => app.go("people", personId) },
      }),
      el("button", {
        type: "button",
        class: "secondary log-for-person",
        text: t("signal-log"),
        on: { click: () => app.quickLog({ personId }) },
      }),
      el("button", { type: "button", class: "link snooze", text: t("signal-snooze"), on: { click: snooze } }),
    ),
  );
}
