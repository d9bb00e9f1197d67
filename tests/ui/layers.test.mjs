// The window's modules in layers: ui/lib is logic without a DOM, so it can be
// tested under Node; ui/widgets builds the pieces of DOM the screens share;
// ui/views has the screens. A layer imports only from itself and the layers
// below it, import() included, so a lazily loaded module cannot cross either.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import test from "node:test";
import { importsOf, ui } from "./modules.mjs";

/** The folders of ui/ each layer may import from. */
const MAY_IMPORT = {
  lib: ["lib"],
  widgets: ["lib", "widgets"],
  views: ["lib", "widgets", "views"],
};

function modules(layer) {
  return readdirSync(join(ui, layer))
    .filter((name) => name.endsWith(".js"))
    .map((name) => join(ui, layer, name));
}

test("each layer imports only from itself and the layers below", () => {
  const crossings = [];
  for (const [layer, allowed] of Object.entries(MAY_IMPORT)) {
    for (const file of modules(layer)) {
      for (const target of importsOf(file, { dynamic: true })) {
        const folder = relative(ui, target).split(sep)[0];
        if (!allowed.includes(folder)) crossings.push(`${relative(ui, file)} imports ${relative(ui, target)}`);
      }
    }
  }
  assert.ok(modules("lib").length > 5 && modules("widgets").length > 5, "the layers are there");
  assert.deepEqual(crossings, []);
});

test("no module in ui/lib touches the document", () => {
  const touching = modules("lib").filter((file) => /\bdocument\b/.test(readFileSync(file, "utf8")));
  assert.deepEqual(
    touching.map((file) => relative(ui, file)),
    [],
  );
});
