// Likely the same person: pairs of records the core finds by name (without
// case, accents or extra spaces) or by a shared e-mail address. One click
// merges the second into the first, the one with the more history; the
// toast's Undo takes the merge back.

import { call } from "../lib/api.js";
import { t } from "../lib/i18n.js";
import { el } from "../widgets/dom.js";

/** The most pairs the panel lists; the command line lists them all. */
const PAIRS_SHOWN = 20;

/** The panel, or null when nobody looks like anybody else. */
export async function likelyDuplicates(app) {
  const pairs = await call("likely_duplicates");
  if (!pairs.length) return null;
  const rest = pairs.length - PAIRS_SHOWN;
  return el(
    "section",
    { class: "duplicates", id: "likely-duplicates", "aria-labelledby": "duplicates-title" },
    el("h2", { id: "duplicates-title", text: t("duplicates-title") }),
    el("p", { class: "hint", text: t("duplicates-hint") }),
    el("ul", { class: "duplicate-list" }, ...pairs.slice(0, PAIRS_SHOWN).map((pair) => pairRow(pair, app))),
    rest > 0 ? el("p", { class: "muted", text: t("duplicates-more", { count: rest }) }) : null,
  );
}

function pairRow(pair, app) {
  const { first, second } = pair;
  const why =
    pair.because === "email" ? t("duplicates-sameEmail", { address: pair.address }) : t("duplicates-sameName");
  const merge = app.undoable(
    "merge_people",
    { keep: first.id, other: second.id },
    (done) => t("duplicates-merged", { name: done.kept_name, other: done.other_name, count: done.exchanges_moved }),
    ["undo_last_merge", {}],
    (done) => app.go("people", done.kept_id),
    () => app.go("people"),
  );
  return el(
    "li",
    { class: "duplicate" },
    el(
      "div",
      { class: "duplicate-names" },
      el("span", { text: t("duplicates-person", { name: first.name, count: first.exchanges }) }),
      el("span", { text: t("duplicates-person", { name: second.name, count: second.exchanges }) }),
      el("span", { class: "muted", text: why }),
    ),
    el("button", {
      type: "button",
      class: "secondary",
      text: t("duplicates-merge"),
      title: t("duplicates-mergeTitle", { name: first.name, other: second.name }),
      on: { click: merge },
    }),
  );
}
