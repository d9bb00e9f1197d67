// Undo where it happened: after moving something to the trash, a toast says
// so with an Undo button for a few seconds, and Ctrl+Z (Cmd+Z on macOS)
// does the same while it shows. One toast at a time: a newer one replaces it.

import { t } from "../lib/i18n.js";
import { el, replaceChildren } from "./dom.js";

const UNDO_MS = 8000;

let pending = null;
let timer = null;

function region() {
  let node = document.getElementById("toast");
  if (!node) {
    node = el("div", { id: "toast", class: "toast", role: "status", "aria-live": "polite", hidden: true });
    document.body.append(node);
  }
  return node;
}

function close() {
  clearTimeout(timer);
  pending = null;
  const node = region();
  node.hidden = true;
  replaceChildren(node);
}

/** Shows `text` with an Undo button that runs `undo` once. */
export function offerUndo(text, undo) {
  close();
  pending = undo;
  const node = region();
  replaceChildren(
    node,
    el("span", { class: "toast-text", text }),
    el("button", { type: "button", class: "secondary", id: "undo", text: t("toast-undo"), on: { click: undoLatest } }),
  );
  node.hidden = false;
  timer = setTimeout(close, UNDO_MS);
}

/** Runs the undo on offer, if any; whether there was one. */
export function undoLatest() {
  const undo = pending;
  close();
  if (!undo) return false;
  undo();
  return true;
}
