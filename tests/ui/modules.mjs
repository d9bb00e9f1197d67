// What a module of the window imports, read from its source: for the tests of
// what index.html preloads and of which folder of ui/ may import which.

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The window's folder. */
export const ui = fileURLToPath(new URL("../../ui", import.meta.url));

const STATIC_IMPORT = /^\s*import\s[^"']*["']([^"']+)["']/gm;
const DYNAMIC_IMPORT = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The files `file` imports with `import … from`, and with `import()` too when `dynamic`. */
export function importsOf(file, { dynamic = false } = {}) {
  const source = readFileSync(file, "utf8");
  const matches = [...source.matchAll(STATIC_IMPORT), ...(dynamic ? source.matchAll(DYNAMIC_IMPORT) : [])];
  return matches.map((match) => join(dirname(file), match[1]));
}
