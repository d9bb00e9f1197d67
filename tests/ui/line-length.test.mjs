// Biome formats the JavaScript to 120 columns (biome.json), but it cannot
// break a long string or template literal: this holds every line of the
// project's own JavaScript to 120 characters, so the rest is split by hand.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import test from "node:test";
import { fileURLToPath } from "node:url";

const MAX = 120;
const root = fileURLToPath(new URL("../..", import.meta.url));
/** Folders that hold no JavaScript of ours: installed tools, build output, generated files. */
const SKIP = new Set([".git", "node_modules", "target", "gen"]);

function* scripts(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory() && !SKIP.has(entry.name)) yield* scripts(path);
    else if (entry.isFile() && /\.m?js$/.test(entry.name)) yield path;
  }
}

test(`no line of JavaScript is over ${MAX} characters`, () => {
  const long = [];
  for (const file of scripts(root)) {
    for (const [index, line] of readFileSync(file, "utf8").split("\n").entries()) {
      if ([...line].length > MAX) long.push(`${relative(root, file)}:${index + 1}`);
    }
  }
  assert.deepEqual(long, [], "lines over the limit");
});
