// Unit tests of the window's logic that needs no window: routes, the people
// list's query, name completion, chart geometry and the shortcut.

import assert from "node:assert/strict";
import test from "node:test";

import {
  balancePath,
  circlePath,
  givenReceivedDots,
  nearestDot,
  scale,
  spreadSquares,
} from "../../ui/lib/chart-geometry.js";
import { fold, matchPeople } from "../../ui/lib/name-match.js";
import { defaultFilters, peopleQuery } from "../../ui/lib/people-filter.js";
import { parseRoute, routeHash } from "../../ui/lib/router.js";
import {
  commandAria,
  commandLabel,
  isQuickLogShortcut,
  isShortcutListKey,
  isUndoShortcut,
} from "../../ui/lib/shortcut.js";
import { busyWhile } from "../../ui/widgets/busy.js";

test("routes name a screen and an item, anything else is the dashboard", () => {
  assert.deepEqual(parseRoute("#/people/abc-1"), { view: "people", id: "abc-1" });
  assert.deepEqual(parseRoute("#/settings"), { view: "settings", id: null });
  assert.deepEqual(parseRoute("#/reminders"), { view: "reminders", id: null });
  assert.deepEqual(parseRoute(""), { view: "dashboard", id: null });
  assert.deepEqual(parseRoute("#/nowhere/1"), { view: "dashboard", id: null });
  assert.equal(routeHash("organisations", "a b"), "#/organisations/a%20b");
  assert.deepEqual(parseRoute(routeHash("people", "x/y")), { view: "people", id: "x/y" });
});

test("the people filters become the core's query, empty choices meaning any", () => {
  assert.deepEqual(peopleQuery(defaultFilters(), 0, 100), {
    query: "",
    status: "active",
    relationship: null,
    organisation: null,
    tag: null,
    with_signal: false,
    sort: "name",
    offset: 0,
    limit: 100,
  });
  const chosen = {
    ...defaultFilters(),
    query: "jan",
    withSignal: true,
    organisation: "o1",
    tag: "vip",
    relationship: "client",
    status: "all",
    sort: "balance",
  };
  assert.deepEqual(peopleQuery(chosen, 200, 100), {
    query: "jan",
    status: "all",
    relationship: "client",
    organisation: "o1",
    tag: "vip",
    with_signal: true,
    sort: "balance",
    offset: 200,
    limit: 100,
  });
});

test("names complete from any word, ignoring case and accents", () => {
  const list = [
    { id: 1, name: "José Álvarez", archived: false },
    { id: 2, name: "Jan de Vries", archived: false },
    { id: 3, name: "Joost", archived: true },
  ];
  assert.equal(fold("Géïnteresseerd"), "geinteresseerd");
  assert.deepEqual(
    matchPeople(list, "jo", 5).map((p) => p.id),
    [1],
    "archived people are not offered",
  );
  assert.deepEqual(
    matchPeople(list, "alv", 5).map((p) => p.id),
    [1],
  );
  assert.deepEqual(
    matchPeople(list, "vries", 5).map((p) => p.id),
    [2],
  );
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
  // One large relationship does not flatten the rest: 10 credits lie half
  // way to 120 on the log scale (log 11 / log 121 is a half).
  const { dots: spread, ticks } = givenReceivedDots(
    [
      { id: "big", given: 120, received: 0 },
      { id: "usual", given: 10, received: 10 },
    ],
    100,
    10,
  );
  assert.ok(Math.abs(spread[1].cx - 50) < 0.01, `${spread[1].cx}`);
  assert.ok(Math.abs(spread[1].cy - 50) < 0.01, "on the even line");
  assert.deepEqual(
    ticks.map((tick) => tick.value),
    [0, 1, 10, 100],
  );
  assert.equal(ticks[0].at, 10);
});

test("the shading beneath the dots counts everyone on the dots' own scale", () => {
  // The core counted 999 credits given (the top) in the last column, and
  // (9, 99) in column 6, row 13 of 20: log 1 and log 2 of log 3.
  const spread = {
    top: 999,
    cells: 20,
    counts: [
      { given: 19, received: 0, people: 1 },
      { given: 6, received: 13, people: 99 },
    ],
  };
  const squares = spreadSquares(spread, 220, 10);
  assert.deepEqual(
    squares.map(({ x, y, side }) => [x, y, side]),
    [
      [200, 200, 10],
      [70, 70, 10],
    ],
  );
  assert.equal(squares[1].depth, 1, "the most crowded cell is the deepest");
  assert.ok(squares[0].depth > 0.1 && squares[0].depth < 0.2, "one of 99 still shows");
  const { dots } = givenReceivedDots([{ id: "usual", given: 9, received: 99 }], 220, 10, spread.top);
  const [dot, cell] = [dots[0], squares[1]];
  assert.ok(dot.cx >= cell.x && dot.cx <= cell.x + cell.side, `${dot.cx} in its column`);
  assert.ok(dot.cy >= cell.y && dot.cy <= cell.y + cell.side, `${dot.cy} in its row`);
});

test("the picture's dots share paths and the pointer finds the nearest one", () => {
  assert.equal(circlePath(10, 20, 5), "M5.0,20.0a5,5 0 1,0 10,0a5,5 0 1,0 -10,0");
  const dots = [
    { id: "a", cx: 10, cy: 10 },
    { id: "b", cx: 16, cy: 10 },
  ];
  assert.equal(nearestDot(dots, 12, 10, 8).id, "a");
  assert.equal(nearestDot(dots, 14, 11, 8).id, "b");
  assert.equal(nearestDot(dots, 40, 40, 8), null, "nothing within reach");
  assert.equal(nearestDot([], 0, 0, 8), null);
});

test("Ctrl+N opens the quick log, Cmd+N on macOS", () => {
  const key = (extra) => ({ key: "n", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });
  assert.ok(isQuickLogShortcut(key({ ctrlKey: true }), "Linux x86_64"));
  assert.ok(!isQuickLogShortcut(key({ metaKey: true }), "Linux x86_64"));
  assert.ok(isQuickLogShortcut(key({ metaKey: true }), "MacIntel"));
  assert.ok(!isQuickLogShortcut(key({ ctrlKey: true, shiftKey: true }), "Linux x86_64"));
  assert.ok(isQuickLogShortcut(key({ ctrlKey: true, key: "N" }), "Win32"));
});

test("shortcuts are labelled as each platform writes them", () => {
  assert.equal(commandLabel("n", "Linux x86_64"), "Ctrl+N");
  assert.equal(commandLabel("n", "Win32"), "Ctrl+N");
  assert.equal(commandLabel("k", "MacIntel"), "⌘K");
  assert.equal(commandAria("n", "Linux x86_64"), "Control+N");
  assert.equal(commandAria("n", "MacIntel"), "Meta+N");
});

test("? lists the shortcuts, but not while typing or with a modifier", () => {
  const key = (extra) => ({
    key: "?",
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    target: { tagName: "BODY" },
    ...extra,
  });
  assert.ok(isShortcutListKey(key({})));
  assert.ok(!isShortcutListKey(key({ target: { tagName: "INPUT" } })));
  assert.ok(!isShortcutListKey(key({ ctrlKey: true })));
  assert.ok(!isShortcutListKey(key({ key: "/" })));
});

test("Ctrl+Z undoes, Cmd+Z on macOS, but not while typing in a field", () => {
  const key = (extra) => ({ key: "z", ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra });
  const on = (tagName) => ({ target: { tagName } });
  assert.ok(isUndoShortcut(key({ ctrlKey: true, ...on("BODY") }), "Linux x86_64"));
  assert.ok(isUndoShortcut(key({ metaKey: true, ...on("BUTTON") }), "MacIntel"));
  assert.ok(!isUndoShortcut(key({ ctrlKey: true, ...on("BODY") }), "MacIntel"));
  assert.ok(!isUndoShortcut(key({ ctrlKey: true, shiftKey: true, ...on("BODY") }), "Linux x86_64"));
  for (const field of ["INPUT", "TEXTAREA", "SELECT"]) {
    assert.ok(!isUndoShortcut(key({ ctrlKey: true, ...on(field) }), "Linux x86_64"), field);
  }
  const editable = { target: { tagName: "DIV", isContentEditable: true } };
  assert.ok(!isUndoShortcut(key({ ctrlKey: true, ...editable }), "Linux x86_64"));
});

test("a busy button is disabled until its work ends, and a second click does nothing", async () => {
  const button = {
    disabled: false,
    attributes: new Map(),
    setAttribute(name, value) {
      this.attributes.set(name, value);
    },
    removeAttribute(name) {
      this.attributes.delete(name);
    },
  };
  let runs = 0;
  let finish;
  const handler = busyWhile(() => {
    runs += 1;
    return new Promise((resolve) => {
      finish = resolve;
    });
  });
  const first = handler({ currentTarget: button });
  assert.ok(button.disabled);
  assert.equal(button.attributes.get("aria-busy"), "true");
  await handler({ currentTarget: button });
  assert.equal(runs, 1, "the second click started nothing");
  finish();
  await first;
  assert.ok(!button.disabled);
  assert.ok(!button.attributes.has("aria-busy"));

  const failing = busyWhile(() => Promise.reject(new Error("refused")));
  await assert.rejects(failing({ currentTarget: button }));
  assert.ok(!button.disabled, "a failed run frees the button too");
});
