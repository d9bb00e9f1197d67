// The progress of an import of thousands of rows: a bar and "1,234 of 5,000
// rows", in a status line screen readers announce. It stays hidden until the
// first count arrives, so a quick import never flashes it.

import { t } from "../lib/i18n.js";
import { el, replaceChildren } from "./dom.js";

/** A hidden status line with `id`; `show({done, of})` fills it, `clear()` hides it. */
export function progressLine(id) {
  const line = el("p", { id, class: "progress-line", role: "status", hidden: true });
  return {
    line,
    show({ done, of }) {
      replaceChildren(
        line,
        el("progress", { max: String(of), value: String(done) }),
        el("span", { text: t("data-importProgress", { done, of }) }),
      );
      if (line.hidden) {
        line.hidden = false;
        // Just below the import buttons, it may start out of sight.
        line.scrollIntoView({ block: "nearest" });
      }
    },
    clear() {
      replaceChildren(line);
      line.hidden = true;
    },
  };
}
