// Long lists a hundred rows at a time, with a button for the next hundred,
// so a screen with thousands of rows stays quick: the rows a page asks the
// core for, and the button's words.

import { t } from "../lib/i18n.js";

/** Rows drawn, or fetched, at a time. */
export const PAGE_ROWS = 100;

/** The "show more" button's words while `rest` rows are not shown yet. */
export function showMoreText(rest) {
  return t("list-showMore", { count: Math.min(rest, PAGE_ROWS) });
}
