// The command palette (Ctrl+K, Cmd+K on macOS, or `/`): one field that finds
// people, organisations and exchange notes through the core's search, and
// the window's commands, all from the keyboard. Arrow keys move, Enter
// opens, Escape closes; what was found is shown as text, never as markup.

import { call } from "../lib/api.js";
import { exportTo } from "../lib/export.js";
import { t } from "../lib/i18n.js";
import { matchCommands } from "../lib/palette-match.js";
import { el, replaceChildren } from "./dom.js";

/** How long typing pauses before the search is asked. */
const SEARCH_PAUSE_MS = 60;
const MAX_COMMANDS = 6;

function commands(app) {
  const go = (view, key) => ({ label: t("palette-goTo", { screen: t(key) }), run: () => app.go(view) });
  return [
    { label: t("palette-log"), run: () => app.quickLog() },
    {
      label: t("palette-addPerson"),
      run: () => {
        app.go("people");
        focusWhenShown("new-person-name");
      },
    },
    go("dashboard", "nav-dashboard"),
    go("reminders", "nav-reminders"),
    go("people", "nav-people"),
    go("organisations", "nav-organisations"),
    go("trash", "nav-trash"),
    go("settings", "nav-settings"),
    { label: t("palette-exportBackup"), run: exportTo(app, { format: "json" }) },
    { label: t("palette-exportCsv"), run: exportTo(app, null) },
    { label: t("palette-backupNow"), run: app.action("backup_now", {}, t("data-backedUp")) },
  ];
}

/** Focuses the element with `id` once the screen that has it is drawn (within a second). */
function focusWhenShown(id, framesLeft = 60) {
  const node = document.getElementById(id);
  if (node) node.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(id, framesLeft - 1));
}

/** What opening a search hit does. */
function hitEntry(hit, app) {
  const kind = `palette-${hit.entity}`;
  const open =
    hit.entity === "organisation" ? () => app.go("organisations", hit.id) : () => app.go("people", hit.person_id);
  return { kind, label: hit.title, detail: hit.snippet === hit.title ? "" : hit.snippet, run: open };
}

/** Opens the palette over the current screen. */
export function openPalette(app) {
  const dialog = document.getElementById("palette");
  if (dialog.open) return;
  const returnFocus = document.activeElement;
  const input = el("input", {
    id: "palette-input",
    type: "text",
    role: "combobox",
    "aria-expanded": "true",
    "aria-controls": "palette-results",
    "aria-label": t("palette-title"),
    placeholder: t("palette-placeholder"),
    autocomplete: "off",
  });
  const list = el("ul", { id: "palette-results", role: "listbox", "aria-label": t("palette-title") });
  const all = commands(app);
  let entries = [];
  let active = 0;
  let asked = 0;
  let pause = null;

  const show = () => {
    replaceChildren(
      list,
      entries.map((entry, index) =>
        el(
          "li",
          {
            id: `palette-option-${index}`,
            role: "option",
            class: index === active ? "palette-option active" : "palette-option",
            "aria-selected": index === active ? "true" : "false",
            on: { mousedown: (event) => event.preventDefault(), click: () => runAt(index) },
          },
          el("span", { class: "palette-kind", text: t(entry.kind) }),
          el("span", { class: "palette-label", text: entry.label }),
          entry.detail ? el("span", { class: "palette-detail", text: entry.detail }) : null,
        ),
      ),
    );
    if (entries.length === 0 && input.value.trim()) {
      list.append(el("li", { class: "palette-empty", text: t("palette-nothing") }));
    }
    input.setAttribute("aria-activedescendant", entries.length ? `palette-option-${active}` : "");
    document.getElementById(`palette-option-${active}`)?.scrollIntoView({ block: "nearest" });
  };
  const update = async () => {
    const typed = input.value;
    const ask = ++asked;
    const found = matchCommands(all, typed)
      .slice(0, typed.trim() ? MAX_COMMANDS : all.length)
      .map((command) => ({ kind: "palette-command", ...command }));
    let hits = [];
    if (typed.trim()) {
      try {
        hits = await call("search", { query: typed });
      } catch (error) {
        app.failed(error);
      }
    }
    if (ask !== asked) return;
    entries = [...hits.map((hit) => hitEntry(hit, app)), ...found];
    active = 0;
    show();
  };
  const runAt = (index) => {
    const entry = entries[index];
    if (!entry) return;
    dialog.close();
    Promise.resolve(entry.run()).catch(app.failed);
  };
  input.addEventListener("input", () => {
    clearTimeout(pause);
    pause = setTimeout(() => update().catch(app.failed), SEARCH_PAUSE_MS);
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (entries.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      active = (active + step + entries.length) % entries.length;
      show();
    } else if (event.key === "Enter") {
      event.preventDefault();
      runAt(active);
    }
  });
  replaceChildren(dialog, input, list);
  dialog.addEventListener(
    "close",
    () => {
      clearTimeout(pause);
      if (document.activeElement === document.body || !document.activeElement) returnFocus?.focus?.();
    },
    { once: true },
  );
  dialog.showModal();
  input.focus();
  update().catch(app.failed);
}
