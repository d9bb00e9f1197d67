// After a damaged data file was moved aside: where it went, and the way back,
// the newest good backup or an empty ledger. Shown under the startup problem;
// either choice opens the ledger and starts the window afresh.

import { call } from "../lib/api.js";
import { formatMoment } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { el } from "./dom.js";

/** The recovery offer for `recovery` ({moved_to, backup}). */
export function recoveryOffer(recovery) {
  const status = el("p", { class: "field-error", id: "recovery-error", role: "alert" });
  const recover = (backup) => async () => {
    status.textContent = "";
    try {
      await call("recover_ledger", { backup });
    } catch (error) {
      status.textContent = error.message;
      return;
    }
    location.reload();
  };
  const backup = recovery.backup;
  return el(
    "div",
    { class: "recovery", id: "recovery" },
    el("p", { text: t("recovery-movedAside", { folder: recovery.moved_to }) }),
    el("p", {
      id: "recovery-backup",
      text: backup
        ? t("recovery-backupOffered", { date: formatMoment(backup.made_at, language()) })
        : t("recovery-noBackup"),
    }),
    el(
      "div",
      { class: "row" },
      backup
        ? el("button", {
            type: "button",
            id: "recovery-restore",
            text: t("recovery-restore"),
            on: { click: recover(backup.name) },
          })
        : null,
      el("button", {
        type: "button",
        class: backup ? "secondary" : null,
        id: "recovery-empty",
        text: t("recovery-startEmpty"),
        on: { click: recover(null) },
      }),
    ),
    status,
  );
}
