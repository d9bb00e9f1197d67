// The Balans window: navigation, the current screen, the quick log shortcut,
// language and theme, and what the app running in the tray asks of it.
// Screens live in ui/views/; each fetches what it shows when drawn and calls
// back into `app` to move, refresh and announce.

import { call } from "./lib/api.js";
import { followSystemStyle, listenToBackground } from "./lib/background.js";
import { changesSeen, ctx, refreshBasics, refreshShared } from "./lib/context.js";
import { drawn } from "./lib/frames.js";
import { detectLanguage, setLanguage, t } from "./lib/i18n.js";
import { badgeText } from "./lib/reminder-choices.js";
import { parseRoute, routeHash } from "./lib/router.js";
import {
  commandAria,
  commandLabel,
  isPaletteShortcut,
  isQuickLogShortcut,
  isShortcutListKey,
  isUndoShortcut,
} from "./lib/shortcut.js";
import * as dashboard from "./views/dashboard.js";
import { busyWhile } from "./widgets/busy.js";
import { el, replaceChildren } from "./widgets/dom.js";
import { openQuickLog } from "./widgets/quick-log.js";
import { offerUndo, undoLatest } from "./widgets/undo-toast.js";

// The dashboard comes with the window; every other screen, and the dialogs,
// load the first time they are opened, so the first screen parses only what
// it shows.
const VIEWS = {
  dashboard: async () => dashboard,
  reminders: () => import("./views/reminders.js"),
  people: () => import("./views/people.js"),
  organisations: () => import("./views/organisations.js"),
  trash: () => import("./views/trash.js"),
  settings: () => import("./views/settings.js"),
};
const NAV = [
  ["dashboard", "nav-dashboard"],
  ["reminders", "nav-reminders"],
  ["people", "nav-people"],
  ["organisations", "nav-organisations"],
  ["trash", "nav-trash"],
  ["settings", "nav-settings"],
];

const STATUS_MS = 6000;

const root = document.getElementById("app");
let lastView = null;
/** `changesSeen` when the screen was last drawn whole. */
let drawnAfter = -1;
let statusTimer = null;

/** What screens may ask of the window. */
export const app = {
  go(view, id = null) {
    const hash = routeHash(view, id);
    if (location.hash === hash) render();
    else location.hash = hash;
  },
  /**
   * Reloads what is shared and draws the current screen again (it fetches
   * its own data): both asked for at once, the badge and banner drawn
   * again when the shared answers are in.
   */
  async refresh() {
    await Promise.all([refreshShared(), render()]);
    showDueCount();
    renderBanner();
  },
  /** Reloads settings too (language and theme may have changed). */
  async reloadAll() {
    await refreshBasics();
    applyPreferences();
    await app.refresh();
  },
  /** Says `text` in the status line (and to screen readers) for a few seconds. */
  announce(text) {
    const status = document.getElementById("status");
    status.textContent = "";
    clearTimeout(statusTimer);
    requestAnimationFrame(() => (status.textContent = text));
    statusTimer = setTimeout(() => (status.textContent = ""), STATUS_MS);
  },
  /**
   * A handler that runs one command, then says `message` (a text, or a
   * function making one from the command's answer) and redraws (or runs
   * `after`, for instance to leave a page that is gone). A refusal is said too.
   */
  action(command, args = {}, message = null, after = null) {
    return busyWhile(async () => {
      let answer;
      try {
        answer = await call(command, args);
      } catch (error) {
        app.failed(error);
        return;
      }
      if (message) app.announce(said(message, answer));
      await refreshShared();
      if (after) after(answer);
      else await render();
    });
  },
  /**
   * Like `action`, for what can be taken back: instead of the status line,
   * a toast says `message` with Undo, which runs `undo` ([command, args])
   * and then `back` (or redraws).
   */
  undoable(command, args, message, undo, after = null, back = null) {
    return busyWhile(async () => {
      let answer;
      try {
        answer = await call(command, args);
      } catch (error) {
        app.failed(error);
        return;
      }
      offerUndo(said(message, answer), () => app.undo(undo, back));
      await refreshShared();
      if (after) after(answer);
      else await render();
    });
  },
  async undo([command, args], back = null) {
    try {
      await call(command, args);
    } catch (error) {
      app.failed(error);
      return;
    }
    app.announce(t("toast-undone"));
    await refreshShared();
    if (back) back();
    else await render();
  },
  /** The question the first close of the window asks, loaded when first asked. */
  async askAboutClosing() {
    const { askAboutClosing } = await import("./widgets/close-question.js");
    askAboutClosing(app);
  },
  /** Opens the quick log; settles with whether this call opened it. */
  quickLog(options = {}) {
    return openQuickLog({ ...options, onSaved: () => app.refresh() }).catch(app.failed);
  },
  failed(error) {
    app.announce(t("error-generic", { message: error.message }));
  },
  /**
   * Changes from another computer arrived: the screen is drawn again with
   * them, but never under the user's hands. While they type in a field or
   * answer a dialog, it waits until they leave it.
   */
  changesArrived() {
    if (!busy()) {
      app.refresh().catch(app.failed);
      return;
    }
    if (waitingToRedraw) return;
    waitingToRedraw = true;
    const later = () =>
      setTimeout(() => {
        if (busy()) return;
        document.removeEventListener("focusout", later);
        document.removeEventListener("close", later, true);
        waitingToRedraw = false;
        app.refresh().catch(app.failed);
      }, 0);
    document.addEventListener("focusout", later);
    document.addEventListener("close", later, true);
  },
};

let waitingToRedraw = false;

/** A message as given: a text, or a function making one from the command's answer. */
function said(message, answer) {
  return typeof message === "function" ? message(answer) : message;
}

/** Whether the user is typing in a field or answering a dialog. */
function busy() {
  const active = document.activeElement;
  return document.querySelector("dialog[open]") !== null || (active?.matches("input, textarea, select") ?? false);
}

function applyPreferences() {
  const lang = setLanguage(ctx.settings.language ?? ctx.info.system_language);
  document.documentElement.lang = lang;
  applyTheme();
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  const button = document.getElementById("open-quick-log");
  replaceChildren(button, t("nav-log"), el("kbd", { text: commandLabel("n") }));
  button.setAttribute("aria-keyshortcuts", commandAria("n"));
  replaceChildren(document.getElementById("footer"), t("footer-data", { dir: ctx.info.data_dir }));
}

const systemDark = window.matchMedia("(prefers-color-scheme: dark)");
/** The desktop's own "dark" or "light" where the web view cannot see it, else null. */
let desktopScheme = null;

/** Light or dark: the settings' choice, or the system's when it says "system". */
function applyTheme() {
  const chosen = ctx.settings?.theme;
  if (!chosen) return;
  const system = desktopScheme ?? (systemDark.matches ? "dark" : "light");
  document.documentElement.dataset.theme = chosen === "system" ? system : chosen;
}

function followDesktopScheme(scheme) {
  desktopScheme = scheme;
  applyTheme();
}

function renderNav(current) {
  replaceChildren(
    document.getElementById("nav"),
    el(
      "ul",
      { "aria-label": t("nav-main") },
      NAV.map(([view, key]) =>
        el(
          "li",
          {},
          el("a", {
            href: routeHash(view),
            id: `nav-${view}`,
            "aria-current": view === current ? "page" : null,
            text: t(key),
          }),
        ),
      ),
    ),
  );
  showDueCount();
}

/** The number of due reminders beside "Reminders" in the navigation. */
function showDueCount() {
  const link = document.getElementById("nav-reminders");
  const count = ctx.dueCount;
  replaceChildren(
    link,
    t("nav-reminders"),
    count > 0
      ? el("span", { class: "count-badge", id: "reminders-badge", "aria-hidden": "true", text: badgeText(count) })
      : null,
  );
  if (count > 0) link.setAttribute("aria-label", t("nav-remindersDue", { count }));
  else link.removeAttribute("aria-label");
}

/** The screens that show reminders, and so are drawn again when they change. */
function showsReminders(route) {
  return route.view === "dashboard" || route.view === "reminders" || (route.view === "people" && route.id !== null);
}

/** After the app looked at the reminders: when the count moved, a new badge, and a new screen if it shows them. */
async function remindersChanged(count) {
  if (count === ctx.dueCount) return;
  ctx.dueCount = count;
  showDueCount();
  // The reminders moved, not the list beside a person's page: only the page is drawn again.
  if (showsReminders(parseRoute(location.hash))) await render(null, { itemOnly: true });
}

function renderBanner() {
  const banner = document.getElementById("banner");
  banner.hidden = !ctx.hasExample;
  if (!ctx.hasExample) return;
  replaceChildren(
    banner,
    el("span", { text: t("example-loaded") }),
    el("button", {
      type: "button",
      id: "remove-example",
      class: "secondary",
      text: t("example-remove"),
      on: { click: app.action("remove_example", {}, t("example-removed")) },
    }),
  );
}

/**
 * Draws the screen the location names; `asked` is its data when already
 * asked for. With `itemOnly`, what changed is the item shown, not the rest
 * of the screen.
 */
async function render(asked = null, { itemOnly = false } = {}) {
  const route = parseRoute(location.hash);
  renderNav(route.view);
  renderBanner();
  const screen = await VIEWS[route.view]();
  const shown = `${route.view}/${route.id}`;
  // The same screen with another item, or the ledger changed under it: the
  // screen may draw only what differs, the item first (the people list
  // keeps its place and its search, and takes the change after the page).
  const changed = drawnAfter !== changesSeen;
  const otherItem = lastView !== shown || itemOnly;
  const sameScreen = lastView?.startsWith(`${route.view}/`) && (otherItem || changed);
  if (sameScreen && screen.update && (await screen.update(route, app, { changed }))) {
    lastView = shown;
    drawnAfter = changesSeen;
    return;
  }
  const view = await screen.render(route, app, asked);
  replaceChildren(root, view);
  drawnAfter = changesSeen;
  if (lastView !== null && lastView !== shown) {
    root.scrollTo(0, 0);
    window.scrollTo(0, 0);
    root.focus({ preventScroll: true });
  }
  lastView = shown;
  document.title = route.view === "dashboard" ? "Balans" : `${t(`nav-${route.view}`)} · Balans`;
}

async function renderProblem(info) {
  const { recoveryOffer } = await import("./widgets/recovery.js");
  // Nothing can be logged without a ledger.
  document.getElementById("open-quick-log").hidden = true;
  replaceChildren(
    root,
    el(
      "section",
      { class: "problem", role: "alert", id: "startup-problem" },
      el("h1", { text: t("problem-title") }),
      el("p", { text: info.problem.message }),
      info.recovery ? recoveryOffer(info.recovery) : null,
      el("p", { class: "muted", text: t("problem-folder", { dir: info.data_dir }) }),
    ),
  );
}

async function start() {
  setLanguage(detectLanguage(navigator.language));
  // Asked for together, with the dashboard's overview when it is the first
  // screen: each answer waits for the web view's first frame anyway.
  const firstOverview = parseRoute(location.hash).view === "dashboard" ? call("overview") : null;
  const [info, basics, shared, overview] = await Promise.allSettled([
    call("app_info"),
    refreshBasics(),
    refreshShared(),
    firstOverview,
    // Its failure fails nothing: the web view's own answer stands.
    followSystemStyle(followDesktopScheme),
  ]);
  if (info.status === "rejected") throw info.reason;
  ctx.info = info.value;
  setLanguage(ctx.info.system_language);
  if (ctx.info.problem) {
    await renderProblem(ctx.info);
    return;
  }
  for (const answer of [basics, shared]) {
    if (answer.status === "rejected") throw answer.reason;
  }
  applyPreferences();
  document.getElementById("open-quick-log").addEventListener("click", () => app.quickLog());
  document.addEventListener("keydown", (event) => {
    if (isQuickLogShortcut(event)) {
      event.preventDefault();
      app.quickLog();
    } else if (isPaletteShortcut(event)) {
      event.preventDefault();
      import("./widgets/palette.js").then(({ openPalette }) => openPalette(app)).catch(app.failed);
    } else if (isShortcutListKey(event) && !document.querySelector("dialog[open]")) {
      event.preventDefault();
      import("./widgets/shortcut-list.js").then(({ openShortcutList }) => openShortcutList()).catch(app.failed);
    } else if (isUndoShortcut(event) && undoLatest()) {
      event.preventDefault();
    }
  });
  window.addEventListener("hashchange", () => render().catch(app.failed));
  systemDark.addEventListener("change", applyTheme);
  await render(overview.value);
  // Once its fonts are in and two frames later, the first screen is on the
  // glass; start-time measurements wait for this. (`document.fonts.ready`
  // settles once and early in WebKit, before the dashboard asks for a face.)
  const upright = [...document.fonts].filter((face) => face.style === "normal");
  await Promise.all(upright.map((face) => face.load())).catch(() => {});
  drawn().then(() => call("startup_drawn").catch(app.failed));
  await listenToBackground(app, (count) => remindersChanged(count).catch(app.failed));
}

start().catch((error) => {
  replaceChildren(
    root,
    el("p", { class: "problem", role: "alert", text: t("error-generic", { message: error.message }) }),
  );
});
