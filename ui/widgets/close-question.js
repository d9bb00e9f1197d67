// The question the first close of the window asks: Balans keeps running in
// the tray so reminders can reach the user, or quits. The answer is stored as
// a setting; Escape, or closing the question, keeps Balans running.

import { call } from "../lib/api.js";
import { t } from "../lib/i18n.js";
import { el, replaceChildren } from "./dom.js";

const QUIT = "quit";

/** Shows the question; `app` reloads the settings after the answer. */
export function askAboutClosing(app) {
  const dialog = document.getElementById("close-question");
  if (dialog.open) return;
  const keep = el("button", {
    type: "button",
    class: "primary",
    id: "close-keep-running",
    text: t("close-keepRunning"),
    on: { click: () => dialog.close() },
  });
  replaceChildren(
    dialog,
    el("h2", { id: "close-question-title", text: t("close-title") }),
    el("p", { id: "close-question-text", text: t("close-body") }),
    el("p", { class: "hint", text: t("close-later") }),
    el(
      "div",
      { class: "dialog-choices" },
      keep,
      el("button", {
        type: "button",
        class: "secondary",
        id: "close-quit",
        text: t("close-quit"),
        on: { click: () => dialog.close(QUIT) },
      }),
    ),
  );
  dialog.returnValue = "";
  dialog.addEventListener(
    "close",
    () => {
      call("answer_close", { keepRunning: dialog.returnValue !== QUIT })
        .then(() => app.reloadAll())
        .catch(app.failed);
    },
    { once: true },
  );
  dialog.showModal();
  keep.focus();
}
