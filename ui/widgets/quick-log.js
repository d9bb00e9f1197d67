// The quick log: a dialog over any screen (Ctrl+N, or Cmd+N on macOS) to
// record an exchange in a few keystrokes. Enter saves, Escape cancels; focus
// returns to where it was.

import { t } from "../lib/i18n.js";
import { el, replaceChildren } from "./dom.js";

/**
 * Opens the dialog; settles with whether this call opened it (false when it
 * was open already). options: { personId, exchange (to edit), names (by id), preset, onSaved(exchange) }.
 */
export async function openQuickLog(options = {}) {
  // The form and its pickers load with the first quick log, not with the window.
  const { exchangeForm } = await import("./exchange-form.js");
  const dialog = document.getElementById("quick-log");
  if (dialog.open) return false;
  const returnFocus = document.activeElement;
  const close = () => dialog.close();
  const form = exchangeForm({
    prefix: "ql",
    personId: options.personId ?? null,
    exchange: options.exchange ?? null,
    names: options.names ?? {},
    preset: options.preset ?? {},
    onCancel: close,
    onSaved: (saved) => {
      close();
      options.onSaved?.(saved);
    },
  });
  replaceChildren(
    dialog,
    el(
      "div",
      { class: "dialog-head" },
      el("h2", { id: "quick-log-title", text: t(options.exchange ? "exchange-editTitle" : "exchange-title") }),
      el("p", { class: "hint", text: t("exchange-keys") }),
    ),
    form,
  );
  dialog.addEventListener("close", () => returnFocus?.focus?.(), { once: true });
  dialog.showModal();
  (form.querySelector("#ql-person") ?? form.querySelector("input[name=direction]:checked"))?.focus();
  return true;
}
