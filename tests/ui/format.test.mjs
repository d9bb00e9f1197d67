// Unit tests of the window's number and date formatting, run with `node --test`.

import assert from "node:assert/strict";
import test from "node:test";

import {
  balanceTone,
  formatBalance,
  formatBirthday,
  formatCredits,
  formatDate,
  formatForField,
  formatNumber,
  formatPercent,
  formatShare,
  inDays,
  parseTime,
  parseTyped,
  todayIso,
} from "../../ui/lib/format.js";

test("a field holds a number as its reader writes it and reads it back either way", () => {
  assert.equal(formatForField(0.5, "nl"), "0,5");
  assert.equal(formatForField(0.5, "en"), "0.5");
  assert.equal(formatForField(1000, "nl"), "1000", "no thousands mark to type around");
  for (const lang of ["en", "nl"]) {
    for (const value of [0.5, 2.25, 1000, 3]) assert.equal(parseTyped(formatForField(value, lang)), value);
  }
  assert.equal(parseTyped(" 2,5 "), 2.5);
  assert.equal(parseTyped("2.5"), 2.5);
  assert.equal(parseTyped(",5"), 0.5);
  assert.equal(parseTyped(""), null);
  assert.equal(parseTyped("   "), null);
  for (const typed of ["1.000,5", "2,5,0", "twee", "1e3", "0x10", "Infinity", "2 5"]) {
    assert.ok(Number.isNaN(parseTyped(typed)), `${typed} is not a number here`);
  }
});

test("a typed time of day is stored as hours and minutes", () => {
  assert.equal(parseTime("7:30"), "07:30");
  assert.equal(parseTime("07.30"), "07:30");
  assert.equal(parseTime("0730"), "07:30");
  assert.equal(parseTime(" 22:00 "), "22:00");
  for (const typed of ["24:00", "7:60", "7 pm", "", "7"]) assert.equal(parseTime(typed), typed.trim());
});

test("credits use the language's decimal mark", () => {
  assert.equal(formatCredits(4.5, "en"), "4.5");
  assert.equal(formatCredits(4.5, "nl"), "4,5");
  assert.equal(formatCredits(1234.5, "nl"), "1.234,5");
  assert.equal(formatCredits(1234.5, "en"), "1,234.5");
});

test("numbers are written as Intl writes them in both languages", () => {
  const locales = { en: "en-GB", nl: "nl-NL" };
  const values = [
    0, 1, -1, 7, 12, 999, 1000, -1000, 6631, 110250, 1234567, 0.5, 0.125, 2.675, 4.999, 999.995, 1234.5, -0.004, 1e-7,
    -1e-7, 123456789.125,
  ];
  let seed = 20261201;
  for (let i = 0; i < 500; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    values.push((seed / 2147483648 - 0.3) * 10 ** (i % 8));
  }
  for (const [lang, locale] of Object.entries(locales)) {
    for (const decimals of [0, 2, 3]) {
      const intl = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
      for (const value of values) {
        // Intl writes "-0" for a negative number that rounds to zero; "0" is meant.
        const expected = intl.format(value).replace(/^-0$/, "0");
        assert.equal(formatNumber(value, lang, decimals), expected, `${value} with ${decimals} decimals in ${lang}`);
      }
    }
  }
});

test("a number that rounds to zero has no sign, and a share reads as a percentage", () => {
  assert.equal(formatCredits(-0.004, "en"), "0");
  assert.equal(formatPercent(0.456, "en"), "46%");
  assert.equal(formatPercent(1, "nl"), "100%");
  for (const [lang, locale] of [
    ["en", "en-GB"],
    ["nl", "nl-NL"],
  ]) {
    const intl = new Intl.NumberFormat(locale, { style: "percent" });
    for (const share of [0, 0.005, 0.145, 0.2, 0.333333, 0.565, 0.999, 1, 1e-9]) {
      assert.equal(formatPercent(share, lang), intl.format(share), `${share} in ${lang}`);
    }
  }
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

test("a small share keeps a decimal, so a top source never reads 0%", () => {
  assert.equal(formatShare(0.456, "en"), "46%");
  assert.equal(formatShare(0.0042, "en"), "0.4%");
  assert.equal(formatShare(0.0042, "nl"), "0,4%");
  assert.equal(formatShare(0.0001, "en"), "<0.1%");
  assert.equal(formatShare(0, "en"), "0%");
});

test("a birthday reads with its year, or as day and month without one", () => {
  assert.equal(formatBirthday("1984-05-17", "en"), "17 May 1984");
  assert.equal(formatBirthday("1984-05-17", "nl"), "17 mei 1984");
  assert.equal(formatBirthday("--05-17", "en"), "17 May");
  assert.equal(formatBirthday("--02-29", "nl"), "29 februari");
});

test("today is a local YYYY-MM-DD date", () => {
  assert.equal(todayIso(new Date(2026, 0, 5, 23, 59)), "2026-01-05");
});

test("days ahead count across months and years", () => {
  assert.equal(inDays(1, new Date(2026, 0, 31, 12)), "2026-02-01");
  assert.equal(inDays(7, new Date(2026, 11, 28, 12)), "2027-01-04");
});
