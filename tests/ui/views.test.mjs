// Unit tests of the window's logic that needs no window: routes, the people
// filters and sorting, name completion, chart geometry and the shortcut.
import test from "node:test";
import assert from "node:assert/strict";

import { balancePath, givenReceivedDots, scale } from "../../ui/chart-geometry.js";
import { fold, matchPeople } from "../../ui/name-match.js";
import { allTags, currentMembers, defaultFilters, filterPeople, sortPeople } from "../../ui/people-filter.js";
import { isQuickLogShortcut } from "../../ui/quick-log.js";
import { parseRoute, routeHash } from "../../ui/router.js";

test("routes name a screen and an item, anything else is the dashboard", () => {
  assert.deepEqual(parseRoute("#/people/abc-1"), { view: "people", id: "abc-1" });
  assert.deepEqual(parseRoute("#/settings"), { view: "settings", id: null });
  assert.deepEqual(parseRoute("#/reminders"), { view: "reminders", id: null });
  assert.deepEqual(parseRoute(""), { view: "dashboard", id: null });
  assert.deepEqual(parseRoute("#/nowhere/1"), { view: "dashboard", id: null });
  assert.equal(routeHash("organisations", "a b"), "#/organisations/a%20b");
  assert.deepEqual(parseRoute(routeHash("people", "x/y")), { view: "people", id: "x/y" });
});

function summary(id, name, balance, extra = {}) {
  return {
    person: { id, name, archived: false, tags: [], relationship: "network", ...extra.person },
    balance: { balance, given: Math.max(balance, 0), received: Math.max(-balance, 0) },
    stats: { last_date: extra.last ?? null },
  };
}

const people = [
  summary("a", "Émile", 3, { last: "2026-01-05", person: { tags: ["vip"], relationship: "client" } }),
  summary("b", "anna", -2, { last: "2026-03-01" }),
  summary("c", "Bram", 0, { person: { archived: true } }),
];
const none = { matches: null, signalled: new Set(), members: new Map() };

test("the people list filters by status, search, signal, organisation, tag and relationship", () => {
  const ids = (filters, context = none) => filterPeople(people, { ...defaultFilters(), ...filters }, context).map((s) => s.person.id);
  assert.deepEqual(ids({}), ["b", "a"], "active people by name, accents and case ignored");
  assert.deepEqual(ids({ status: "archived" }), ["c"]);
  assert.deepEqual(ids({ status: "all" }), ["b", "c", "a"]);
  assert.deepEqual(ids({}, { ...none, matches: new Set(["a"]) }), ["a"]);
  assert.deepEqual(ids({ withSignal: true }, { ...none, signalled: new Set(["b"]) }), ["b"]);
  assert.deepEqual(ids({ organisation: "o1" }, { ...none, members: new Map([["o1", new Set(["a"])]]) }), ["a"]);
  assert.deepEqual(ids({ organisation: "o2" }), [], "nobody at an organisation without members");
  assert.deepEqual(ids({ tag: "vip" }), ["a"]);
  assert.deepEqual(ids({ relationship: "client" }), ["a"]);
});

test("sorting by balance and by last exchange puts the largest and latest first", () => {
  assert.deepEqual(sortPeople(people, "balance").map((s) => s.person.id), ["a", "c", "b"]);
  assert.deepEqual(sortPeople(people, "last").map((s) => s.person.id), ["b", "a", "c"]);
  assert.deepEqual(allTags(people), ["vip"]);
});

test("current members are those whose affiliation holds today", () => {
  const members = currentMembers(
    [
      { organisation_id: "o", person_id: "now", from_date: "2020-01-01", to_date: null },
      { organisation_id: "o", person_id: "left", from_date: "2010-01-01", to_date: "2025-12-31" },
      { organisation_id: "o", person_id: "later", from_date: "2027-01-01", to_date: null },
    ],
    "2026-11-23",
  );
  assert.deepEqual([...members.get("o")], ["now"]);
});

test("names complete from any word, ignoring case and accents", () => {
  const list = [
    { id: 1, name: "José Álvarez", archived: false },
    { id: 2, name: "Jan de Vries", archived: false },
    { id: 3, name: "Joost", archived: true },
  ];
  assert.equal(fold("Géïnteresseerd"), "geinteresseerd");
  assert.deepEqual(matchPeople(list, "jo", 5).map((p) => p.id), [1], "archived people are not offered");
  assert.deepEqual(matchPeople(list, "alv", 5).map((p) => p.id), [1]);
  assert.deepEqual(matchPeople(list, "vries", 5).map((p) => p.id), [2]);
  assert.deepEqual(matchPeople(list, "  ", 5), []);
});

test("chart geometry maps values into the box", () => {
  assert.equal(scale([0, 10], [0, 100])(5), 50);
  assert.equal(scale([3, 3], [0, 100])(3), 50, "a single value sits in the middle");
  const { d, zeroY } = balancePath(
    [
      { date: "2026-01-01", balance: 0 },
      { date: "2026-01-11", balance: 10 },
    ],
    120,
    60,
    10,
  );
  assert.equal(d, "M10.0,50.0H110.0V10.0", "a flat step, then the jump");
  assert.equal(zeroY, 50);
  const { dots } = givenReceivedDots([{ id: "x", given: 4, received: 0 }], 100, 10);
  assert.deepEqual([dots[0].cx, dots[0].cy], [90, 90]);
});

test("Ctrl+N opens the quick log, Cmd+N on macOS", () => {
  const key = (extra) => ({ key: "n", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });
  assert.ok(isQuickLogShortcut(key({ ctrlKey: true }), "Linux x86_64"));
  assert.ok(!isQuickLogShortcut(key({ metaKey: true }), "Linux x86_64"));
  assert.ok(isQuickLogShortcut(key({ metaKey: true }), "MacIntel"));
  assert.ok(!isQuickLogShortcut(key({ ctrlKey: true, shiftKey: true }), "Linux x86_64"));
  assert.ok(isQuickLogShortcut(key({ ctrlKey: true, key: "N" }), "Win32"));
});
