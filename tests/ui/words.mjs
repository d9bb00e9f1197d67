// The window's words as the desktop shell hands them to the page: both
// languages' window.ftl from the core's catalogue, as `balansWindowWords`.
// Imported first by every test of code that says something.

import { readFileSync } from "node:fs";

const catalogue = new URL("../../crates/balans-core/catalogue/", import.meta.url);

/** One language's window.ftl, as text. */
export function windowFtl(lang) {
  return readFileSync(new URL(`${lang}/window.ftl`, catalogue), "utf8");
}

globalThis.balansWindowWords = { en: windowFtl("en"), nl: windowFtl("nl") };
