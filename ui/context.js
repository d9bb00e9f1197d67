// What every screen reads: the app's facts, the settings, the kinds, the
// people with their balances, and the reminders, fetched once and refreshed
// after each change.

import { call } from "./api.js";

/** The kinds of relationship a person can have, in the order lists show them. */
export const RELATIONSHIPS = ["client", "prospect", "supplier", "partner", "network", "colleague", "other"];

export const ctx = {
  info: null,
  settings: null,
  kinds: [],
  people: [],
  signals: [],
  organisations: [],
  affiliations: [],
  hasExample: false,
  /** {due, snoozed, paused_until}, as list_reminders gives them. */
  reminders: { due: [], snoozed: [], paused_until: null },
};

/** Reloads the settings and kinds (after the settings screen saves). */
export async function refreshBasics() {
  [ctx.settings, ctx.kinds] = await Promise.all([call("get_settings"), call("list_kinds")]);
}

/** Reloads everything that a recorded change can move. */
export async function refreshData() {
  [ctx.people, ctx.signals, ctx.organisations, ctx.affiliations, ctx.hasExample, ctx.reminders] = await Promise.all([
    call("list_people"),
    call("list_signals"),
    call("list_organisations"),
    call("list_affiliations"),
    call("has_example"),
    call("list_reminders"),
  ]);
}

/** Reloads the reminders alone (when the app says they changed). */
export async function refreshReminders() {
  ctx.reminders = await call("list_reminders");
}

/** The person summary with this id, if it is live. */
export function summaryOf(id) {
  return ctx.people.find((summary) => summary.person.id === id) ?? null;
}

/** A person's name by id, for links and labels. */
export function nameOf(id) {
  return summaryOf(id)?.person.name ?? "";
}

/** A kind's default value. */
export function kindValue(name) {
  return ctx.kinds.find((kind) => kind.name === name)?.value ?? 1;
}
