// The window's language: Dutch or English, following the operating system
// unless the user chose one in the settings. Texts live in ui/lang/.

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

// The core explains refused input in English; these are its sentences in
// Dutch. A sentence not listed here is shown as the core wrote it.
const DUTCH_ERRORS = [
  [/^A name is required\.$/, () => "Een naam is verplicht."],
  [/^A name cannot contain control characters/, () => "Een naam kan geen regeleinden of andere stuurtekens bevatten."],
  [
    /^A name can be at most (\d+) characters; this one has (\d+)\.$/,
    (m) => `Een naam is hoogstens ${m[1]} tekens; deze heeft er ${m[2]}.`,
  ],
  [
    /^A note can be at most (\d+) characters; this one has (\d+)\.$/,
    (m) => `Een notitie is hoogstens ${m[1]} tekens; deze heeft er ${m[2]}.`,
  ],
  [/^"(.*)" is not a date; write it as YYYY-MM-DD\.$/, (m) => `"${m[1]}" is geen datum; schrijf hem als JJJJ-MM-DD.`],
  [/^The year (\d+) is outside 1900 to 2200\.$/, (m) => `Het jaar ${m[1]} ligt buiten 1900 tot 2200.`],
  [/^A value must be a number above zero\.$/, () => "Een waarde moet een getal boven nul zijn."],
  [/^A value can be at most (\d+) credits\.$/, (m) => `Een waarde is hoogstens ${m[1]} credits.`],
  [/^A value must be at least 0\.01 credits\.$/, () => "Een waarde is minstens 0,01 credits."],
  [/^A keep-in-touch cadence is between 1 and 3650 days\.$/, () => "Een contactritme ligt tussen 1 en 3650 dagen."],
  [/^"(.*)" is not a known kind\.$/, (m) => `"${m[1]}" is geen bekende soort.`],
  [/^A snooze must last until a day after today\.$/, () => "Uitstellen kan alleen tot een dag na vandaag."],
  [/^That date is out of range\.$/, () => "Die datum ligt buiten het bereik."],
  [
    /^The (start|end) of quiet hours must be a time such as 22:00\.$/,
    (m) => `${m[1] === "start" ? "Het begin" : "Het einde"} van de stille uren moet een tijd zijn, zoals 22:00.`,
  ],
  [
    /^Quiet hours must start and end at different times\.$/,
    () => "Stille uren moeten op verschillende tijden beginnen en eindigen.",
  ],
  [
    /^There is no room left on the disk to save (.*); nothing was changed\. Free some space and try again\.$/,
    (m) =>
      `Er is geen ruimte meer op de schijf om ${m[1] === "this change" ? "deze wijziging" : m[1]} op te slaan; ` +
      "er is niets veranderd. Maak wat ruimte vrij en probeer het opnieuw.",
  ],
  [
    /^The data file cannot be read safely: (.*)\.$/,
    (m) => `Het gegevensbestand kan niet veilig gelezen worden: ${m[1]}.`,
  ],
  [/^There is no good backup called (.*)\.$/, (m) => `Er is geen goede reservekopie met de naam ${m[1]}.`],
  [
    /^Balans is already open with this data in another window\./,
    () =>
      "Balans is al open met deze gegevens in een ander venster. Sluit dit venster en gebruik het andere; twee " +
      "vensters op dezelfde gegevens kunnen elkaars werk overschrijven.",
  ],
];

/** A core error's message in the current language. */
export function errorText(message) {
  if (current !== "nl") return message;
  for (const [pattern, dutch] of DUTCH_ERRORS) {
    const match = pattern.exec(message);
    if (match) return dutch(match);
  }
  return message;
}
