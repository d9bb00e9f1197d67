// A long list the window already holds, drawn a hundred rows at a time with a
// button for the next hundred, so a screen with thousands of rows stays quick.

import { t } from "../lib/i18n.js";
import { el } from "./dom.js";

/** Rows drawn, or fetched, at a time. */
export const PAGE_ROWS = 100;

/** The "show more" button's words while `rest` rows are not shown yet. */
export function showMoreText(rest) {
  return t("list-showMore", { count: Math.min(rest, PAGE_ROWS) });
}

/** An <ol> with `attrs` showing `items` through `row(item)`, a page at a time. */
export function pagedList(attrs, items, row) {
  let shown = 0;
  const list = el("ol", attrs);
  const more = el("button", { type: "button", class: "link show-more", on: { click: () => draw() } });
  const draw = () => {
    const next = items.slice(shown, shown + PAGE_ROWS);
    list.append(...next.map(row));
    shown += next.length;
    const rest = items.length - shown;
    // The button stays where it is (and keeps the focus) while rows remain.
    if (rest > 0) more.textContent = showMoreText(rest);
    else more.remove();
  };
  const slot = el("div", { class: "paged-list" }, list, more);
  draw();
  return slot;
}
