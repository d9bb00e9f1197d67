// The window's language: Dutch or English, following the operating system
// (as the core reads it, so window, tray and command line agree) unless the
// user chose one in the settings. The window's own labels are in the core's
// catalogue (window.ftl), which the shell hands over as `balansWindowWords`
// before any script runs; every sentence the core says (refusals, signals,
// reminders) arrives already in this language.

import { formatNumber } from "./format.js";
import { parseMessages } from "./ftl.js";

const sources = globalThis.balansWindowWords ?? {};

export const MESSAGES = { en: parseMessages(sources.en ?? ""), nl: parseMessages(sources.nl ?? "") };

export const LANGUAGES = Object.keys(MESSAGES);

let current = "en";

/** "nl" for any Dutch locale (nl, nl-NL, nl-BE), otherwise "en". */
export function detectLanguage(localeTag) {
  return String(localeTag ?? "")
    .toLowerCase()
    .startsWith("nl")
    ? "nl"
    : "en";
}

export function setLanguage(lang) {
  current = MESSAGES[lang] ? lang : "en";
  return current;
}

export function language() {
  return current;
}

/** The template for `key`: the singular one of a choice when `count` is 1. */
function template(key, count) {
  const message = MESSAGES[current][key] ?? MESSAGES.en[key];
  if (typeof message !== "object") return message;
  return count === 1 ? message.one : message.other;
}

/** First strong isolate and pop directional isolate: text between them keeps its own direction. */
const ISOLATE = "\u2068";
const END_ISOLATE = "\u2069";

/** The placeholders that carry text a user or a contact wrote: names, titles, notes, kinds, paths. */
const USER_TEXT = new Set([
  "name",
  "other",
  "person",
  "third",
  "title",
  "snippet",
  "kind",
  "path",
  "dir",
  "folder",
  "address",
]);

/**
 * The text for `key` in the current language, with `{name}` filled from
 * `vars` and numbers written as the language writes them. With a `count` of
 * 1, the singular form is used where there is one. Each user-written
 * text filled in is isolated, so a name written right to left cannot reorder
 * the sentence around it.
 */
export function t(key, vars = {}) {
  return (template(key, vars.count) ?? key).replace(/\{(\w+)\}/g, (whole, name) => {
    if (!(name in vars)) return whole;
    const value = vars[name];
    if (typeof value === "number") return formatNumber(value, current, 3);
    return USER_TEXT.has(name) ? `${ISOLATE}${value}${END_ISOLATE}` : String(value);
  });
}

/** A kind's display name; kinds the user added are shown as they were named. */
export function kindLabel(kind) {
  const key = `kind-${kind}`;
  return key in MESSAGES[current] ? t(key) : kind;
}
