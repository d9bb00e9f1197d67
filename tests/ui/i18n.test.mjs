// Unit tests of the window's words, run with `node --test`. The catalogue
// itself (same keys and placeholders in both languages, Dutch that reads
// Dutch) is checked by the core's tests; these check that the window reads
// all of it and names only what is there.

import "./words.mjs";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import test from "node:test";

import { parseMessages } from "../../ui/lib/ftl.js";
import { detectLanguage, kindLabel, MESSAGES, setLanguage, t } from "../../ui/lib/i18n.js";
import { ui } from "./modules.mjs";
import { windowFtl } from "./words.mjs";

test("the window reads every message of its catalogue in both languages", () => {
  for (const lang of ["en", "nl"]) {
    const keys = [...windowFtl(lang).matchAll(/^[a-zA-Z][\w-]* =/gm)];
    assert.ok(keys.length > 300, `${lang} has the window's words`);
    assert.equal(Object.keys(MESSAGES[lang]).length, keys.length, `every message of ${lang} read`);
  }
  assert.deepEqual(Object.keys(MESSAGES.nl).sort(), Object.keys(MESSAGES.en).sort());
});

test("what the window cannot read is refused by name", () => {
  assert.deepEqual(parseMessages("# a comment\n\na = A { $name }.\n"), { a: "A {name}." });
  assert.deepEqual(parseMessages("b = { $count ->\n    [one] one\n   *[other] { $count } more\n}\n"), {
    b: { one: "one", other: "{count} more" },
  });
  assert.throws(() => parseMessages("c = { -term }\n"), /c: not in the part of Fluent/);
  assert.throws(() => parseMessages("d = { $n ->\n    [few] x\n   *[other] y\n}\n"), /d: not in the part/);
});

/** Every file of the window's code. */
function sources(folder = ui) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(js|html)$/.test(entry.name) ? [path] : [];
  });
}

test("every key the window names outright is in the catalogue", () => {
  const named = sources().flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [...text.matchAll(/\bt\("([^"]+)"|data-i18n="([^"]+)"/g)].map((match) => match[1] ?? match[2]);
  });
  assert.ok(named.length > 200, "the window names its words");
  assert.deepEqual(
    named.filter((key) => !(key in MESSAGES.en)),
    [],
  );
});

test("the language follows a Dutch locale, English otherwise", () => {
  assert.equal(detectLanguage("nl-NL"), "nl");
  assert.equal(detectLanguage("nl-BE"), "nl");
  assert.equal(detectLanguage("en-US"), "en");
  assert.equal(detectLanguage("de-DE"), "en");
  assert.equal(detectLanguage(undefined), "en");
});

test("values fill their placeholders, and text stays text", () => {
  setLanguage("en");
  assert.equal(t("person-explainNegative", { name: "<b>Piet</b>" }), "You owe \u2068<b>Piet</b>\u2069.");
  setLanguage("nl");
  assert.equal(t("person-explainEven", { name: "Anna" }), "Jij en \u2068Anna\u2069 staan quitte.");
  assert.equal(
    t("person-explainEven", { name: "Ali\u202Ecnalab" }),
    "Jij en \u2068Ali\u202Ecnalab\u2069 staan quitte.",
    "a right-to-left name is isolated, so it cannot turn the rest of the sentence around",
  );
  assert.equal(kindLabel("referral"), "Doorverwijzing");
  assert.equal(kindLabel("lunch"), "lunch", "a kind the user added keeps its own name");
  setLanguage("en");
});

test("a count of one takes the singular, and numbers are written as the language writes them", () => {
  setLanguage("en");
  assert.equal(t("orgs-people", { count: 1 }), "1 person");
  assert.equal(t("orgs-people", { count: 0 }), "0 people");
  assert.equal(t("reminders-due", { count: 6631 }), "6,631 reminders due");
  assert.equal(t("person-cadenceEvery", { count: 1 }), "Keep in touch every day.");
  assert.equal(
    t("dashboard-dot", { name: "Anna", given: "1.5", received: "2" }),
    "\u2068Anna\u2069: gave 1.5, received 2",
    "text stays as given",
  );
  setLanguage("nl");
  assert.equal(t("dashboard-moreSignals", { count: 1 }), "nog 1 signaal: toon iedereen met een signaal");
  assert.equal(t("reminders-due", { count: 6631 }), "6.631 herinneringen aan de beurt");
  setLanguage("en");
});
