// Unit tests of which palette commands fit what was typed, run with `node --test`.

import assert from "node:assert/strict";
import test from "node:test";

import { matchCommands } from "../../ui/lib/palette-match.js";
import { isPaletteShortcut } from "../../ui/lib/shortcut.js";

const COMMANDS = [
  { label: "Log an exchange" },
  { label: "Export a backup" },
  { label: "Naar Instellingen" },
  { label: "Go to Reminders" },
];

test("every typed word must start a word of the label, ignoring case and accents", () => {
  const labels = (typed) => matchCommands(COMMANDS, typed).map((c) => c.label);
  assert.deepEqual(labels("exp b"), ["Export a backup"]);
  assert.deepEqual(labels("LOG"), ["Log an exchange"]);
  assert.deepEqual(labels("instéllingen"), ["Naar Instellingen"]);
  assert.deepEqual(labels("xport"), [], "a word must start, not merely contain");
  assert.deepEqual(
    labels("   "),
    COMMANDS.map((c) => c.label),
    "nothing typed lists everything",
  );
});

test("Ctrl+K opens the palette anywhere, Cmd+K on macOS, and / outside fields", () => {
  const key = (extra) => ({
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    target: { tagName: "BODY" },
    ...extra,
  });
  assert.ok(isPaletteShortcut(key({ key: "k", ctrlKey: true }), "Linux x86_64"));
  assert.ok(isPaletteShortcut(key({ key: "k", ctrlKey: true, target: { tagName: "INPUT" } }), "Linux x86_64"));
  assert.ok(isPaletteShortcut(key({ key: "k", metaKey: true }), "MacIntel"));
  assert.ok(isPaletteShortcut(key({ key: "/" }), "Linux x86_64"));
  assert.ok(!isPaletteShortcut(key({ key: "/", target: { tagName: "TEXTAREA" } }), "Linux x86_64"));
  assert.ok(!isPaletteShortcut(key({ key: "k" }), "Linux x86_64"));
});
