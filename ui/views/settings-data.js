// The data part of the settings: where the data folder is, exporting a JSON
// backup or CSV files, the calendar file kept up to date, importing a backup (with a preview of what changes)
// or contacts, with the progress of a long import,
// the automatic and manual backups with restore, and the example network.

import { call, callWithProgress } from "../lib/api.js";
import { ctx } from "../lib/context.js";
import { exportTo } from "../lib/export.js";
import { formatMoment } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { busyWhile } from "../widgets/busy.js";
import { el, replaceChildren } from "../widgets/dom.js";
import { progressLine } from "../widgets/progress-line.js";
import { calendarFileOffer } from "./calendar-file.js";
import { contactsPreview, lastImportOffer } from "./contacts-import.js";

export async function dataSection(app) {
  const [backups, lastImport, calendarPath] = await Promise.all([
    call("list_backups"),
    call("last_import"),
    call("calendar_file"),
  ]);
  const importSlot = el("div", { id: "import-preview" });
  const progress = progressLine("import-progress");
  /**
   * Runs an import that reports its rows; its line goes the moment it ends,
   * and a report still on its way then is dropped.
   */
  const importing = async (command, args) => {
    let running = true;
    try {
      return await callWithProgress(command, args, (report) => running && progress.show(report));
    } finally {
      running = false;
      progress.clear();
    }
  };
  const close = () => replaceChildren(importSlot);
  /** Shows a preview where the user looks next: it opens below the buttons. */
  const showPreview = (preview) => {
    replaceChildren(importSlot, preview);
    importSlot.scrollIntoView({ block: "start" });
  };
  const importContacts = (source) =>
    busyWhile(async () => {
      try {
        const preview = await call("preview_contacts_file", { source });
        if (preview) showPreview(contactsPreview(preview, source, { app, importing, close }));
      } catch (error) {
        app.failed(error);
      }
    });
  const chooseImport = busyWhile(async () => {
    try {
      const preview = await call("preview_import_file");
      if (preview) showPreview(importPreview(preview, app, importing));
    } catch (error) {
      app.failed(error);
    }
  });
  return el(
    "section",
    { class: "panel", id: "data", "aria-labelledby": "data-title" },
    el("h2", { id: "data-title", text: t("settings-data") }),
    el(
      "dl",
      { class: "details" },
      el("dt", { text: t("settings-dataFolder") }),
      el("dd", {}, el("code", { id: "data-folder", text: ctx.info.data_dir })),
    ),
    el("h3", { text: t("data-export") }),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "export-json",
        text: t("data-exportJson"),
        on: { click: busyWhile(exportTo(app, { format: "json" })) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "export-csv",
        text: t("data-exportCsv"),
        on: { click: busyWhile(exportTo(app, null)) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "export-vcard",
        text: t("data-exportVcard"),
        on: { click: busyWhile(exportTo(app, { format: "vcard" })) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "export-ics",
        text: t("data-exportIcs"),
        on: { click: busyWhile(exportTo(app, { format: "ics" })) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "export-journal",
        text: t("data-exportJournal"),
        on: { click: busyWhile(exportTo(app, { format: "journal" })) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "export-html",
        text: t("data-exportHtml"),
        on: { click: busyWhile(exportTo(app, { format: "html" })) },
      }),
    ),
    calendarFileOffer(calendarPath, app),
    el("h3", { text: t("data-importTitle") }),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "import-json",
        text: t("data-import"),
        on: { click: chooseImport },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "import-vcard",
        text: t("data-importVcard"),
        on: { click: importContacts("vcard") },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "import-linkedin",
        text: t("data-importLinkedin"),
        on: { click: importContacts("linkedin") },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "import-csv",
        text: t("data-importCsv"),
        on: { click: importContacts("csv") },
      }),
    ),
    progress.line,
    importSlot,
    lastImportOffer(lastImport, app),
    el("h3", { text: t("data-backups") }),
    el("p", { class: "hint", text: t("data-backupsHint") }),
    backupList(backups, app),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "backup-now",
        text: t("data-backupNow"),
        on: { click: app.action("backup_now", {}, t("data-backedUp")) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "toggle-example",
        text: t(ctx.hasExample ? "settings-exampleRemove" : "settings-exampleLoad"),
        on: { click: app.action(ctx.hasExample ? "remove_example" : "load_example") },
      }),
    ),
  );
}

function importPreview(preview, app, importing) {
  const rows = preview.changes.map((c) =>
    el(
      "tr",
      {},
      el("th", { scope: "row", text: c.table }),
      [c.added, c.changed, c.unchanged, c.only_here].map((n) => el("td", { class: "number", text: String(n) })),
    ),
  );
  const run = (mode) =>
    busyWhile(async () => {
      try {
        await importing("import_file", { token: preview.token, mode });
        app.announce(t("data-imported"));
        await app.reloadAll();
      } catch (error) {
        app.failed(error);
      }
    });
  return el(
    "div",
    { class: "confirm" },
    el("p", { text: t("data-previewOf", { path: preview.path }) }),
    el(
      "table",
      { class: "members" },
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          ["data-table", "data-added", "data-changed", "data-same", "data-onlyHere"].map((key) =>
            el("th", { scope: "col", text: t(key) }),
          ),
        ),
      ),
      el("tbody", {}, rows),
    ),
    el("p", { class: "hint", text: t("data-importHint") }),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "import-merge",
        text: t("data-merge"),
        on: { click: run("merge") },
      }),
      el("button", {
        type: "button",
        class: "danger",
        id: "import-replace",
        text: t("data-replace"),
        on: { click: run("replace") },
      }),
    ),
  );
}

function backupList(backups, app) {
  if (backups.length === 0) return el("p", { class: "muted", id: "no-backups", text: t("data-noBackups") });
  return el(
    "ul",
    { class: "trash-list", id: "backup-list" },
    backups.map((backup) =>
      el(
        "li",
        {},
        el("span", {
          class: "trash-name",
          text: backupLabel(backup),
        }),
        el("button", {
          type: "button",
          class: "secondary restore-backup",
          text: t("data-restore"),
          on: { click: confirmRestore(backup, app) },
        }),
      ),
    ),
  );
}

/** When a backup was made, why, and its size. */
function backupLabel(backup) {
  const size = `${Math.ceil(backup.bytes / 1024)} KiB`;
  return [formatMoment(backup.made_at, language()), t(`reason-${backup.reason}`), size].join(" · ");
}

function confirmRestore(backup, app) {
  return (event) => {
    const item = event.currentTarget.closest("li");
    if (item.querySelector(".confirm")) return;
    item.append(
      el(
        "div",
        { class: "confirm", role: "alertdialog" },
        el("p", { text: t("data-restoreConfirm") }),
        el(
          "div",
          { class: "row" },
          el("button", {
            type: "button",
            class: "danger confirm-restore",
            text: t("data-restore"),
            on: { click: app.action("restore_backup", { name: backup.name }, t("data-restored")) },
          }),
        ),
      ),
    );
  };
}
