// What every screen shares: the app's facts, the settings and kinds, whether
// the example network is loaded and how many reminders are due. Each screen
// fetches its own data when it is drawn, so the window never holds the whole
// ledger; names for the fields that complete them are fetched on first use.

import { call } from "./api.js";

/** The kinds of relationship a person can have, in the order lists show them. */
export const RELATIONSHIPS = ["client", "prospect", "supplier", "partner", "network", "colleague", "other"];

export const ctx = {
  info: null,
  settings: null,
  kinds: [],
  hasExample: false,
  /** How many reminders are due, for the badge in the navigation. */
  dueCount: 0,
};

let names = null;
/** How many times what is shared was reloaded: once after every change the window made or heard of. */
export let changesSeen = 0;

/** Reloads the settings and kinds (after the settings screen saves). */
export async function refreshBasics() {
  [ctx.settings, ctx.kinds] = await Promise.all([call("get_settings"), call("list_kinds")]);
}

/** Reloads what a recorded change can move outside the screen itself. */
export async function refreshShared() {
  names = null;
  changesSeen += 1;
  [ctx.hasExample, ctx.dueCount] = await Promise.all([call("has_example"), call("due_reminder_count")]);
}

/** Every person not in the trash as {id, name, archived}, fetched once per change. */
export function personNames() {
  names ??= call("person_names").catch((error) => {
    names = null;
    throw error;
  });
  return names;
}

/** A kind's default value. */
export function kindValue(name) {
  return ctx.kinds.find((kind) => kind.name === name)?.value ?? 1;
}
