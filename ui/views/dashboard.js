// The first screen: what needs attention, most severe first; how many
// reminders are due; a picture of all relationships; your own style; where
// your business comes from. A new user sees a welcome with the example
// network instead.

import { call } from "../lib/api.js";
import { ctx } from "../lib/context.js";
import { formatCredits, formatShare } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { dueText } from "../lib/reminder-choices.js";
import { routeHash } from "../lib/router.js";
import { relationshipPicture } from "../widgets/charts.js";
import { el } from "../widgets/dom.js";
import { signalCard } from "../widgets/signal-card.js";

export async function render(_route, app, asked = null) {
  const overview = asked ?? (await call("overview"));
  if (overview.people === 0 && overview.organisations === 0) return welcome(app);
  const { style } = overview;
  return el(
    "div",
    { class: "dashboard", id: "dashboard" },
    el("h1", { class: "visually-hidden", text: t("dashboard-title") }),
    el(
      "section",
      { class: "panel signals-panel", "aria-labelledby": "signals-title" },
      el("h2", { id: "signals-title", text: t("dashboard-signals") }),
      signalList(overview, app),
    ),
    el(
      "div",
      { class: "side-column" },
      remindersPanel(),
      el(
        "section",
        { class: "panel", id: "your-style", "aria-labelledby": "style-title" },
        el("h2", { id: "style-title", text: t("dashboard-yourStyle") }),
        el("p", { class: `style-badge ${style.kind}`, text: t(`style-${style.kind}`) }),
        el("p", { class: "muted", text: style.reason }),
      ),
      el(
        "section",
        { class: "panel", "aria-labelledby": "picture-title" },
        el("h2", { id: "picture-title", text: t("dashboard-picture") }),
        picture(overview, app),
      ),
      el(
        "section",
        { class: "panel", id: "business", "aria-labelledby": "business-title" },
        el("h2", { id: "business-title", text: t("dashboard-business") }),
        businessBars(overview.business),
      ),
    ),
  );
}

/** "3 reminders due", leading to them; nothing when none are. */
function remindersPanel() {
  const count = ctx.dueCount;
  if (count === 0) return null;
  return el(
    "section",
    { class: "panel", id: "dashboard-reminders", "aria-labelledby": "dashboard-reminders-title" },
    el("h2", { id: "dashboard-reminders-title", text: t("reminders-title") }),
    el(
      "p",
      { class: "reminders-due" },
      el("a", { href: routeHash("reminders"), id: "dashboard-reminders-link", text: dueText(count) }),
    ),
  );
}

function signalList({ signals, signal_count, signal_kinds: kinds }, app) {
  if (signals.length === 0) return el("p", { class: "muted", id: "no-signals", text: t("dashboard-noSignals") });
  const rest = signal_count - signals.length;
  return [
    // How many of each kind: at scale, what the few cards below stand for.
    el(
      "ul",
      { class: "signal-kinds", id: "signal-kinds", "aria-label": t("dashboard-signalKinds") },
      kinds.map(({ kind, count }) =>
        el(
          "li",
          { class: "chip", dataset: { kind } },
          t("dashboard-kindCount", { count, label: t(`signalKind-${kind}`) }),
        ),
      ),
    ),
    el(
      "ol",
      { class: "signals", id: "signals" },
      signals.map((signal) => signalCard(signal, app)),
    ),
    rest > 0
      ? el(
          "p",
          {},
          el("button", {
            type: "button",
            class: "link",
            id: "more-signals",
            text: t("dashboard-moreSignals", { count: rest }),
            on: { click: () => showSignalledPeople(app) },
          }),
        )
      : null,
  ];
}

async function showSignalledPeople(app) {
  const people = await import("./people.js");
  people.showSignalled();
  app.go("people");
}

function picture({ picture: active, spread }, app) {
  if (active.length === 0) return el("p", { class: "muted", text: t("dashboard-pictureEmpty") });
  const lang = language();
  return [
    relationshipPicture(active, {
      spread,
      label: t("dashboard-picture"),
      axisGiven: t("dashboard-axisGiven"),
      axisReceived: t("dashboard-axisReceived"),
      describe: (p) =>
        t("dashboard-dot", {
          name: p.name,
          given: formatCredits(p.given, lang),
          received: formatCredits(p.received, lang),
        }),
      onPick: (id) => app.go("people", id),
    }),
    el("p", { class: "hint", text: t("dashboard-pictureHint") }),
  ];
}

/**
 * The largest sources of business, each bar against the largest, so that
 * among thousands of sources the five still differ.
 */
function businessBars(business) {
  if (business.length === 0) return el("p", { class: "muted", text: t("dashboard-noBusiness") });
  const lang = language();
  const largest = Math.max(...business.map((share) => share.share));
  return el(
    "ul",
    { class: "bars" },
    business.slice(0, 5).map((share) =>
      el(
        "li",
        {},
        el("a", { href: `#/people/${encodeURIComponent(share.person_id)}`, text: share.name }),
        shareBar(largest > 0 ? share.share / largest : 0),
        el("span", {
          class: "bar-value",
          text: `${formatShare(share.share, lang)} · ${formatCredits(share.credits, lang)}`,
        }),
      ),
    ),
  );
}

/** A bar as wide as `share`, set through CSSOM: the CSP forbids style attributes. */
function shareBar(share) {
  const bar = el("span", { class: "bar" });
  bar.style.setProperty("--share", String(share));
  return bar;
}

function welcome(app) {
  return el(
    "section",
    { class: "welcome", id: "welcome", "aria-labelledby": "welcome-title" },
    el("img", { src: "logo.svg", alt: "", width: 96, height: 96 }),
    el("h1", { id: "welcome-title", text: t("welcome-title") }),
    el("p", { text: t("welcome-body") }),
    el(
      "div",
      { class: "row center" },
      el("button", {
        type: "button",
        class: "primary",
        id: "add-first-person",
        text: t("welcome-addFirst"),
        on: { click: () => app.go("people") },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "load-example",
        text: t("welcome-example"),
        on: { click: app.action("load_example") },
      }),
    ),
    el("p", { class: "hint", text: t("welcome-exampleHint") }),
  );
}
