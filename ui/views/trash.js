// The trash: deleted exchanges and people, each restorable, and a button to
// empty it for good after a confirmation.

import { call } from "../lib/api.js";
import { formatDate } from "../lib/format.js";
import { kindLabel, language, t } from "../lib/i18n.js";
import { el } from "../widgets/dom.js";

export async function render(_route, app) {
  const trash = await call("trash_contents");
  const lang = language();
  const empty = trash.people.length === 0 && trash.exchanges.length === 0;
  const restoreButton = (command, id) =>
    el("button", {
      type: "button",
      class: "secondary restore",
      text: t("trash-restore"),
      on: { click: app.action(command, { id }, t("trash-restored")) },
    });
  return el(
    "section",
    { class: "page", id: "trash", "aria-labelledby": "trash-title" },
    el("h1", { id: "trash-title", text: t("trash-title") }),
    empty ? el("p", { class: "muted", id: "trash-empty", text: t("trash-empty") }) : null,
    trash.people.length
      ? [
          el("h2", { text: t("trash-people") }),
          el(
            "ul",
            { class: "trash-list", id: "trash-people" },
            trash.people.map((p) =>
              el("li", {}, el("span", { class: "trash-name", text: p.name }), restoreButton("restore_person", p.id)),
            ),
          ),
        ]
      : null,
    trash.exchanges.length
      ? [
          el("h2", { text: t("trash-exchanges") }),
          el(
            "ul",
            { class: "trash-list", id: "trash-exchanges" },
            trash.exchanges.map((e) =>
              el(
                "li",
                {},
                el("span", {
                  class: "trash-name",
                  text: t("trash-exchangeOf", {
                    kind: kindLabel(e.kind),
                    name: trash.names[e.person_id] ?? "",
                    date: formatDate(e.date, lang),
                  }),
                }),
                e.note ? el("span", { class: "muted", text: e.note }) : null,
                restoreButton("restore_exchange", e.id),
              ),
            ),
          ),
        ]
      : null,
    empty ? null : emptyTrashControl(app.action("empty_trash", {}, t("trash-emptied"))),
  );
}

/** "Empty the trash", which asks once more in the page before it deletes. */
function emptyTrashControl(emptyTrash) {
  const confirmRow = el(
    "div",
    {
      class: "confirm",
      id: "confirm-empty",
      role: "alertdialog",
      "aria-labelledby": "confirm-empty-text",
      hidden: true,
    },
    el("p", { id: "confirm-empty-text", text: t("trash-confirm") }),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "danger",
        id: "confirm-empty-trash",
        text: t("trash-emptyAll"),
        on: { click: emptyTrash },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "cancel-empty-trash",
        text: t("person-cancel"),
        on: { click: () => (confirmRow.hidden = true) },
      }),
    ),
  );
  const open = () => {
    confirmRow.hidden = false;
    document.getElementById("cancel-empty-trash").focus();
  };
  return el(
    "div",
    {},
    el("button", {
      type: "button",
      class: "danger",
      id: "empty-trash",
      text: t("trash-emptyAll"),
      on: { click: open },
    }),
    confirmRow,
  );
}
