// The window's language: Dutch or English, following the operating system
// (as the core reads it, so window, tray and command line agree) unless the
// user chose one in the settings. The window's own labels live in ui/lang/;
// every sentence the core says (refusals, signals, reminders) arrives already
// in this language from the core's catalogue.

import en from "../lang/en.js";
import nl from "../lang/nl.js";
import { formatNumber } from "./format.js";

export const MESSAGES = { en, nl };

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

function template(key) {
  return MESSAGES[current][key] ?? MESSAGES.en[key];
}

/** First strong isolate and pop directional isolate: text between them keeps its own direction. */
const ISOLATE = "\u2068";
const END_ISOLATE = "\u2069";

/** The placeholders that carry text a user or a contact wrote: names, titles, notes, kinds, paths. */
const USER_TEXT = new Set(["name", "person", "third", "title", "snippet", "kind", "path", "dir", "folder"]);

/**
 * The text for `key` in the current language, with `{name}` filled from
 * `vars` and numbers written as the language writes them. With a `count` of
 * 1, the singular `key.one` is used where there is one. Each user-written
 * text filled in is isolated, so a name written right to left cannot reorder
 * the sentence around it.
 */
export function t(key, vars = {}) {
  const singular = vars.count === 1 ? template(`${key}.one`) : undefined;
  return (singular ?? template(key) ?? key).replace(/\{(\w+)\}/g, (whole, name) => {
    if (!(name in vars)) return whole;
    const value = vars[name];
    if (typeof value === "number") return formatNumber(value, current, 3);
    return USER_TEXT.has(name) ? `${ISOLATE}${value}${END_ISOLATE}` : String(value);
  });
}

/** A kind's display name; kinds the user added are shown as they were named. */
export function kindLabel(kind) {
  const key = `kind.${kind}`;
  return key in MESSAGES[current] ? t(key) : kind;
}
