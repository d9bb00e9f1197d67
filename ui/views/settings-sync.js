// Sync with the user's other computers (docs/sync.md): through which folder
// this ledger syncs, as which computer, whose changes have arrived, and the
// ways to start, sync now and leave. The folder is only ever chosen in the
// system's folder dialog.

import { call } from "../lib/api.js";
import { formatMoment } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { el } from "../widgets/dom.js";

export async function syncSection(app) {
  const status = await call("sync_status");
  return el(
    "section",
    { class: "panel", id: "sync", "aria-labelledby": "sync-title" },
    el("h2", { id: "sync-title", text: t("sync-title") }),
    status ? syncing(status, app) : notSyncing(app),
  );
}

/** What a round did, as the status line says it. */
function roundSaid(round) {
  return t("sync-round", { written: round.written, applied: round.applied });
}

function notSyncing(app) {
  const choose = async () => {
    try {
      const round = await call("choose_sync_folder");
      if (!round) return;
      app.announce(roundSaid(round));
      await app.refresh();
    } catch (error) {
      app.failed(error);
    }
  };
  return el(
    "div",
    {},
    el("p", { class: "hint", text: t("sync-hint") }),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "sync-choose",
        text: t("sync-choose"),
        on: { click: choose },
      }),
    ),
  );
}

function syncing(status, app) {
  const lang = language();
  return el(
    "div",
    {},
    el(
      "dl",
      { class: "details" },
      el("dt", { text: t("sync-folder") }),
      el("dd", {}, el("code", { id: "sync-folder", text: status.folder })),
      el("dt", { text: t("sync-thisComputer") }),
      el("dd", {}, el("code", { id: "sync-device", text: status.device })),
    ),
    status.unwritten > 0 ? el("p", { class: "hint", text: t("sync-unwritten", { count: status.unwritten }) }) : [],
    status.devices.length === 0
      ? el("p", { class: "hint", id: "sync-no-others", text: t("sync-noOthers") })
      : el(
          "table",
          { class: "members", id: "sync-devices" },
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              ["sync-computer", "sync-applied", "sync-lastApplied"].map((key) =>
                el("th", { scope: "col", text: t(key) }),
              ),
            ),
          ),
          el(
            "tbody",
            {},
            status.devices.map((device) =>
              el(
                "tr",
                {},
                el("th", { scope: "row" }, el("code", { text: device.device })),
                el("td", { class: "number", text: String(device.applied) }),
                el("td", { text: formatMoment(device.last_applied_at, lang) }),
              ),
            ),
          ),
        ),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "sync-now",
        text: t("sync-now"),
        on: { click: app.action("sync_now", {}, roundSaid) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "sync-leave",
        text: t("sync-leave"),
        on: { click: app.action("leave_sync", {}, t("sync-left")) },
      }),
    ),
  );
}
