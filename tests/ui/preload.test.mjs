// index.html preloads every module app.js imports statically, so they load at
// once rather than one import level at a time, and nothing the first screen
// does not need (other screens and dialogs load through import() when first
// opened); a module added or dropped without updating that list fails here.
import test from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ui = join(dirname(fileURLToPath(import.meta.url)), "../../ui");

/** Every module reachable from `entry` through static imports, relative to ui/. */
function imported(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(/^\s*import\s[^"']*["']([^"']+)["']/gm)) visit(join(dirname(file), match[1]));
  };
  visit(join(ui, entry));
  seen.delete(join(ui, entry));
  return [...seen].map((file) => relative(ui, file)).sort();
}

test("index.html preloads exactly the modules app.js imports", () => {
  const html = readFileSync(join(ui, "index.html"), "utf8");
  const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((match) => match[1]).sort();
  assert.ok(preloaded.length > 10, "the list is there");
  assert.deepEqual(preloaded, imported("app.js"));
});
