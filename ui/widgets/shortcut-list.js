// The list of shortcuts, opened with `?`: each key as this platform writes
// it, with what it does. Escape (or the button) closes it.

import { ctx } from "../lib/context.js";
import { t } from "../lib/i18n.js";
import { commandLabel } from "../lib/shortcut.js";
import { el, replaceChildren } from "./dom.js";

/** Each shortcut as [keys, what it does]. */
function shortcuts() {
  const everywhere = ctx.settings.quick_log_shortcut;
  return [
    [commandLabel("n"), t("keys-log")],
    everywhere ? [everywhere, t("keys-logAnywhere")] : null,
    [`${commandLabel("k")} · /`, t("keys-find")],
    [commandLabel("z"), t("keys-undo")],
    ["?", t("keys-list")],
    ["Esc", t("keys-close")],
  ].filter(Boolean);
}

/** Opens the list over the current screen. */
export function openShortcutList() {
  const dialog = document.getElementById("shortcut-list");
  if (dialog.open) return;
  const close = el("button", {
    type: "button",
    class: "secondary",
    id: "close-shortcut-list",
    text: t("keys-done"),
    on: { click: () => dialog.close() },
  });
  replaceChildren(
    dialog,
    el("h2", { id: "shortcut-list-title", text: t("keys-title") }),
    el(
      "dl",
      { class: "details shortcut-list" },
      shortcuts().flatMap(([keys, what]) => [el("dt", {}, el("kbd", { text: keys })), el("dd", { text: what })]),
    ),
    el("div", { class: "row end" }, close),
  );
  dialog.showModal();
  close.focus();
}
