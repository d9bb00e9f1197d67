// index.html preloads every module app.js imports statically, so they load at
// once rather than one import level at a time, and nothing the first screen
// does not need (other screens and dialogs load through import() when first
// opened); a module added or dropped without updating that list fails here.
// It preloads the upright faces of the window's font too, which the first
// screen cannot be drawn without.

import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import test from "node:test";
import { importsOf, ui } from "./modules.mjs";

/** Every module reachable from `entry` through static imports, relative to ui/. */
function imported(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const target of importsOf(file)) visit(target);
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

/** The faces styles.css declares, as {style, file}. */
function declaredFaces() {
  const css = readFileSync(join(ui, "styles.css"), "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const file = /src:\s*url\("([^"]+)"\)/.exec(body)?.[1];
    assert.ok(file, `a face with one src url("…"): ${body}`);
    return { style: /font-style:\s*(\w+)/.exec(body)?.[1] ?? "normal", file };
  });
}

test("every declared font face is a TrueType file in ui/", () => {
  const faces = declaredFaces();
  assert.equal(faces.length, 3, "regular, bold and italic");
  for (const { file } of faces) {
    const bytes = readFileSync(join(ui, file));
    assert.equal(bytes.readUInt32BE(0), 0x00010000, `${file} is TrueType`);
  }
  assert.match(
    readFileSync(join(ui, "fonts/OFL.txt"), "utf8"),
    /SIL OPEN FONT LICENSE Version 1\.1/,
    "the licence travels with the fonts",
  );
});

test("index.html preloads exactly the upright faces", () => {
  const html = readFileSync(join(ui, "index.html"), "utf8");
  const links = [...html.matchAll(/<link rel="preload"[^>]*>/g)].map(([link]) => link);
  for (const link of links) {
    // Without crossorigin the preload is not the request the font makes, and the font is fetched twice.
    assert.match(link, / as="font" type="font\/ttf" crossorigin>$/, link);
  }
  const preloaded = links.map((link) => /href="([^"]+)"/.exec(link)[1]).sort();
  const upright = declaredFaces()
    .filter((face) => face.style === "normal")
    .map((face) => face.file)
    .sort();
  assert.deepEqual(preloaded, upright);
});
