// Unit tests of the window's number and date formatting, run with `node --test`.
import test from "node:test";
import assert from "node:assert/strict";

import { balanceTone, formatBalance, formatCredits, formatDate, inDays, todayIso } from "../../ui/format.js";

test("credits use the language's decimal mark", () => {
  assert.equal(formatCredits(4.5, "en"), "4.5");
  assert.equal(formatCredits(4.5, "nl"), "4,5");
  assert.equal(formatCredits(1234.5, "nl"), "1.234,5");
  assert.equal(formatCredits(1234.5, "en"), "1,234.5");
});

test("a balance shows its sign with a real minus", () => {
  assert.equal(formatBalance(2, "en"), "+2");
  assert.equal(formatBalance(-3, "en"), "\u22123");
  assert.equal(formatBalance(0, "en"), "0");
  assert.equal(formatBalance(-0.001, "en"), "0", "rounding to hundredths gives an even balance");
  assert.equal(formatBalance(-2.5, "nl"), "\u22122,5");
});

test("the tone of a balance follows its sign", () => {
  assert.equal(balanceTone(1), "positive");
  assert.equal(balanceTone(-1), "negative");
  assert.equal(balanceTone(0.004), "even");
});

test("dates read as the language writes them", () => {
  assert.equal(formatDate("2026-11-02", "en"), "2 Nov 2026");
  assert.equal(formatDate("2026-11-02", "nl"), "2 nov 2026");
});

test("today is a local YYYY-MM-DD date", () => {
  assert.equal(todayIso(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
});

test("days ahead count across months and years", () => {
  assert.equal(inDays(1, new Date(2026, 0, 31, 12)), "2026-02-01");
  assert.equal(inDays(7, new Date(2026, 11, 28, 12)), "2027-01-04");
});
