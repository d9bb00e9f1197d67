// Unit tests of the translations, run with `node --test`.

import assert from "node:assert/strict";
import test from "node:test";

import { detectLanguage, kindLabel, MESSAGES, setLanguage, t } from "../../ui/lib/i18n.js";

test("every text exists in English and Dutch", () => {
  const en = Object.keys(MESSAGES.en).sort();
  const nl = Object.keys(MESSAGES.nl).sort();
  assert.deepEqual(nl, en, "the Dutch and English keys should be the same");
  for (const [lang, messages] of Object.entries(MESSAGES)) {
    for (const [key, text] of Object.entries(messages)) {
      assert.ok(text.trim().length > 0, `${lang}.${key} should not be empty`);
    }
  }
});

test("placeholders are the same in both languages", () => {
  const names = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const key of Object.keys(MESSAGES.en)) {
    assert.deepEqual(names(MESSAGES.nl[key]), names(MESSAGES.en[key]), `placeholders of ${key}`);
  }
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
  assert.equal(t("person.explainNegative", { name: "<b>Piet</b>" }), "You owe \u2068<b>Piet</b>\u2069.");
  setLanguage("nl");
  assert.equal(t("person.explainEven", { name: "Anna" }), "Jij en \u2068Anna\u2069 staan quitte.");
  assert.equal(
    t("person.explainEven", { name: "Ali\u202Ecnalab" }),
    "Jij en \u2068Ali\u202Ecnalab\u2069 staan quitte.",
    "a right-to-left name is isolated, so it cannot turn the rest of the sentence around",
  );
  assert.equal(kindLabel("referral"), "Doorverwijzing");
  assert.equal(kindLabel("lunch"), "lunch", "a kind the user added keeps its own name");
  setLanguage("en");
});

test("a count of one takes the singular, and numbers are written as the language writes them", () => {
  setLanguage("en");
  assert.equal(t("orgs.people", { count: 1 }), "1 person");
  assert.equal(t("orgs.people", { count: 0 }), "0 people");
  assert.equal(t("reminders.due", { count: 6631 }), "6,631 reminders due");
  assert.equal(t("person.cadenceEvery", { count: 1 }), "Keep in touch every day.");
  assert.equal(
    t("dashboard.dot", { name: "Anna", given: "1.5", received: "2" }),
    "\u2068Anna\u2069: gave 1.5, received 2",
    "text stays as given",
  );
  setLanguage("nl");
  assert.equal(t("dashboard.moreSignals", { count: 1 }), "nog 1 signaal: toon iedereen met een signaal");
  assert.equal(t("reminders.due", { count: 6631 }), "6.631 herinneringen aan de beurt");
  setLanguage("en");
});
