// Importing contacts from the window: what the chosen file would do (who is
// new, who is already there, which organisations would be made) before
// anything changes, the import itself with Undo in its toast, and taking the
// last import back later, which keeps whoever was changed or used since.

import { formatMoment } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { busyWhile } from "../widgets/busy.js";
import { el } from "../widgets/dom.js";
import { offerUndo } from "../widgets/undo-toast.js";

/** How many names of a group the preview lists before "and N more". */
const NAMES_SHOWN = 30;

/** A group of names under its heading: the first few, then how many more. */
function nameGroup(id, heading, names) {
  const more = names.length - NAMES_SHOWN;
  return el(
    "section",
    { class: "name-group", id },
    el("h4", { text: heading }),
    names.length > 0
      ? el(
          "ul",
          { class: "name-list" },
          names.slice(0, NAMES_SHOWN).map((name) => el("li", { text: name })),
        )
      : null,
    more > 0 ? el("p", { class: "muted", text: t("data-andMore", { count: more }) }) : null,
  );
}

/**
 * What importing the chosen contacts file would do, with Import and Cancel.
 * `importing(command, args)` runs the import with its progress shown;
 * `close()` takes the preview away.
 */
export function contactsPreview(preview, source, { app, importing, close }) {
  const run = busyWhile(async () => {
    try {
      const done = await importing("import_contacts_file", { token: preview.token, source });
      close();
      const said = t("data-contactsImported", {
        added: done.added,
        organisations: done.organisations_added,
        skipped: done.skipped,
      });
      if (done.added > 0) offerUndo(said, () => app.undo(["undo_last_import", {}]));
      else app.announce(said);
      await app.refresh();
    } catch (error) {
      app.failed(error);
    }
  });
  return el(
    "div",
    { class: "confirm", id: "contacts-preview" },
    el("p", { text: t("data-contactsPreviewOf", { path: preview.path }) }),
    nameGroup("preview-new", t("data-wouldAdd", { count: preview.people.length }), preview.people),
    nameGroup("preview-there", t("data-alreadyThere", { count: preview.already_there.length }), preview.already_there),
    nameGroup(
      "preview-organisations",
      t("data-wouldMake", { count: preview.organisations.length }),
      preview.organisations,
    ),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "primary",
        id: "import-contacts",
        text: t("data-importContacts"),
        on: { click: run },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "cancel-import",
        text: t("person-cancel"),
        on: { click: close },
      }),
    ),
  );
}

/** The last contacts import and a button that takes it back, or nothing. */
export function lastImportOffer(last, app) {
  if (!last) return null;
  const undo = app.action("undo_last_import", {}, (undone) =>
    t("data-importUndone", {
      people: undone.people_removed,
      organisations: undone.organisations_removed,
      kept: undone.people_kept.length,
    }),
  );
  return el(
    "div",
    { class: "row", id: "last-import" },
    el("span", {
      class: "muted",
      text: t("data-lastImport", {
        people: last.people,
        organisations: last.organisations,
        when: formatMoment(last.made_at, language()),
      }),
    }),
    el("button", {
      type: "button",
      class: "secondary",
      id: "undo-import",
      text: t("data-undoImport"),
      on: { click: undo },
    }),
  );
}
