// Unit tests of what the reminder controls mean, run with `node --test`.

import assert from "node:assert/strict";
import test from "node:test";

import "./words.mjs";
import { setLanguage } from "../../ui/lib/i18n.js";
import { badgeText, dueText, pausedText, SNOOZE_CHOICES, snoozeDecision } from "../../ui/lib/reminder-choices.js";

test("a snooze choice becomes the decision the core expects", () => {
  assert.deepEqual(
    SNOOZE_CHOICES.map((choice) => snoozeDecision(choice)),
    ["snooze_day", "snooze_week", "snooze_month"],
  );
  assert.deepEqual(snoozeDecision("until", "2026-12-01"), { snooze_until: "2026-12-01" });
});

test("the badge shows the count, nothing at zero, and stays short", () => {
  assert.equal(badgeText(0), "");
  assert.equal(badgeText(1), "1");
  assert.equal(badgeText(99), "99");
  assert.equal(badgeText(250), "99+");
});

test("the due count reads as one or many, in both languages", () => {
  setLanguage("en");
  assert.equal(dueText(1), "1 reminder due");
  assert.equal(dueText(3), "3 reminders due");
  setLanguage("nl");
  assert.equal(dueText(1), "1 herinnering aan de beurt");
  assert.equal(dueText(2), "2 herinneringen aan de beurt");
  setLanguage("en");
});

test("a pause's end is said as today, tomorrow, or a date", () => {
  const now = new Date(2026, 10, 23, 14, 5);
  setLanguage("en");
  assert.equal(pausedText("2026-11-23T15:05", "en", now), "Notifications are paused until 15:05.");
  assert.equal(pausedText("2026-11-24T08:00", "en", now), "Notifications are paused until tomorrow at 08:00.");
  assert.equal(pausedText("2026-11-30T08:00", "en", now), "Notifications are paused until 30 Nov 2026 at 08:00.");
  setLanguage("nl");
  assert.equal(pausedText("2026-11-24T08:00", "nl", now), "Meldingen zijn gepauzeerd tot morgen 08:00.");
  setLanguage("en");
});
