// One person's page: balance and style, due reminders, signals, the balance
// over time, a form to record an exchange, the timeline (edit, delete to
// trash), organisations, introductions and the person's details.

import { call } from "../lib/api.js";
import { exportTo } from "../lib/export.js";
import { balanceTone, formatBalance, formatCredits, formatDate } from "../lib/format.js";
import { kindLabel, language, t } from "../lib/i18n.js";
import { busyWhile } from "../widgets/busy.js";
import { balanceChart } from "../widgets/charts.js";
import { el } from "../widgets/dom.js";
import { exchangeForm } from "../widgets/exchange-form.js";
import { reminderRow } from "../widgets/reminder-row.js";
import { signalCard } from "../widgets/signal-card.js";
import { affiliationsSection } from "./person-affiliations.js";
import { detailsSection, openEditor, reachLinks } from "./person-details.js";

export async function render(id, app) {
  let page, style, signals, reminders, organisations;
  try {
    ({ page, style, signals, reminders, organisations } = await call("person_page", { id }));
  } catch (error) {
    return el(
      "section",
      { class: "detail-pane", id: "person-missing" },
      el("p", { class: "muted", role: "alert", text: error.message }),
    );
  }
  const { person } = page;
  return el(
    "section",
    { class: "detail-pane", id: "person-page", "aria-labelledby": "person-name" },
    header(person, page.names, app),
    el("div", { class: "cards" }, balanceCard(page), styleCard(style)),
    reminders.length
      ? el(
          "section",
          { "aria-labelledby": "person-reminders-title" },
          el("h2", { id: "person-reminders-title", text: t("person-reminders") }),
          el(
            "ol",
            { class: "reminders", id: "person-reminders" },
            reminders.map((r) => reminderRow(r, app, { linkPerson: false })),
          ),
        )
      : null,
    signals.length
      ? el(
          "section",
          { "aria-labelledby": "person-signals-title" },
          el("h2", { id: "person-signals-title", text: t("person-signals") }),
          el(
            "ol",
            { class: "signals", id: "person-signals" },
            signals.map((s) => signalCard(s, app)),
          ),
        )
      : null,
    chartSection(page),
    el(
      "section",
      { class: "panel", "aria-labelledby": "exchange-form-title" },
      el("h2", { id: "exchange-form-title", text: t("exchange-title") }),
      exchangeForm({ prefix: "exchange", personId: person.id, names: page.names, onSaved: () => app.refresh() }),
    ),
    timeline(page, app),
    affiliationsSection(page, organisations, app),
    introductions(page),
    detailsSection(person),
  );
}

/** Name, chips, ways to reach them and the page's buttons; `names` for the details' editor. */
function header(person, names, app) {
  const trashed = t("person-trashed", { name: person.name });
  return el(
    "header",
    { class: "person-header" },
    el(
      "div",
      {},
      el("h1", { id: "person-name", text: person.name }),
      el(
        "p",
        { class: "chips" },
        el("span", { class: "chip", text: t(`relationship-${person.relationship}`) }),
        person.archived ? el("span", { class: "chip archived", text: t("person-archived") }) : null,
        person.tags.map((tag) => el("span", { class: "chip tag", text: tag })),
      ),
      reachLinks(person, app),
    ),
    el(
      "div",
      { class: "row" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "edit-person",
        text: t("person-edit"),
        on: { click: () => openEditor(person, names, app) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "archive-person",
        text: t(person.archived ? "person-unarchive" : "person-archive"),
        on: { click: app.action("set_person_archived", { id: person.id, archived: !person.archived }) },
      }),
      el("button", {
        type: "button",
        class: "secondary",
        id: "report-person",
        text: t("person-report"),
        on: { click: busyWhile(exportTo(app, { format: "html", personId: person.id })) },
      }),
      el("button", {
        type: "button",
        class: "danger",
        id: "trash-person",
        text: t("person-trash"),
        on: {
          click: app.undoable(
            "trash_person",
            { id: person.id },
            trashed,
            ["restore_person", { id: person.id }],
            () => app.go("people"),
            () => app.go("people", person.id),
          ),
        },
      }),
    ),
  );
}

function balanceCard({ person, balance }) {
  const tone = balanceTone(balance.balance);
  const explain = {
    positive: "person-explainPositive",
    negative: "person-explainNegative",
    even: "person-explainEven",
  }[tone];
  const lang = language();
  return el(
    "div",
    { class: "balance-card" },
    el(
      "div",
      { class: "balance-main" },
      el("span", { class: "label", text: t("person-balance") }),
      el("span", { id: "person-balance", class: `balance-value ${tone}`, text: formatBalance(balance.balance, lang) }),
      el("span", { class: "muted", text: t(explain, { name: person.name }) }),
    ),
    el(
      "dl",
      { class: "balance-parts" },
      el("dt", { text: t("person-given") }),
      el("dd", { id: "person-given", text: formatCredits(balance.given, lang) }),
      el("dt", { text: t("person-received") }),
      el("dd", { id: "person-received", text: formatCredits(balance.received, lang) }),
    ),
  );
}

function styleCard(style) {
  return el(
    "div",
    { class: "style-card", id: "person-style" },
    el("span", { class: "label", text: t("person-style") }),
    el("span", { class: `style-badge ${style.kind}`, text: t(`style-${style.kind}`) }),
    el("p", { class: "muted", text: style.reason }),
  );
}

function chartSection({ person, series }) {
  const lang = language();
  const body =
    series.length > 0
      ? balanceChart(
          series,
          t("person-chartLabel", {
            name: person.name,
            from: formatDate(series[0].date, lang),
            to: formatDate(series[series.length - 1].date, lang),
          }),
        )
      : el("p", { class: "muted", text: t("person-chartEmpty") });
  return el(
    "section",
    { class: "panel", "aria-labelledby": "chart-title" },
    el("h2", { id: "chart-title", text: t("person-chart") }),
    body,
  );
}

/**
 * The latest exchanges, and a button that fetches the page before them,
 * back to the first exchange.
 */
function timeline({ person, exchanges, exchange_count: count, names }, app) {
  if (!exchanges.length) {
    return el(
      "section",
      { "aria-labelledby": "timeline-title" },
      el("h2", { id: "timeline-title", text: t("person-timeline") }),
      el("p", { class: "muted", text: t("person-noExchanges", { name: person.name }) }),
    );
  }
  let shown = exchanges.length;
  const note = el("p", { class: "muted", id: "timeline-shown" });
  const list = el(
    "ol",
    { class: "timeline", id: "timeline" },
    exchanges.map((e) => exchangeItem(e, names, app)),
  );
  const older = el("button", { type: "button", class: "link show-more", id: "timeline-older" });
  const update = () => {
    note.hidden = shown >= count;
    note.textContent = t("person-timelineMore", { shown, count });
    older.hidden = shown >= count;
    older.textContent = t("person-timelineOlder", { count: count - shown });
  };
  older.addEventListener(
    "click",
    busyWhile(async () => {
      const page = await call("older_exchanges", { id: person.id, shown }).catch(app.failed);
      if (!page) return;
      list.append(...page.exchanges.map((e) => exchangeItem(e, page.names, app)));
      shown += page.exchanges.length;
      if (!page.exchanges.length) shown = count;
      update();
    }),
  );
  update();
  return el(
    "section",
    { "aria-labelledby": "timeline-title" },
    el("h2", { id: "timeline-title", text: t("person-timeline") }),
    note,
    list,
    older,
  );
}

/** One exchange; `names` gives the third person's name by id. */
function exchangeItem(exchange, names, app) {
  const lang = language();
  const gave = exchange.direction === "gave";
  const notes = [
    exchange.third_person_id ? t("exchange-with", { name: names[exchange.third_person_id] ?? "" }) : null,
    gave && exchange.asked === "no" ? t("exchange-unasked") : null,
    !gave && !exchange.acknowledged ? t("exchange-notThanked") : null,
    exchange.follow_up ? t("exchange-followUpOn", { date: formatDate(exchange.follow_up, lang) }) : null,
  ].filter(Boolean);
  return el(
    "li",
    { class: `exchange ${exchange.direction}`, dataset: { id: exchange.id } },
    el("span", { class: "exchange-date", text: formatDate(exchange.date, lang) }),
    el("span", {
      class: "exchange-what",
      text: `${t(gave ? "exchange-gaveTo" : "exchange-receivedFrom")}: ${kindLabel(exchange.kind)}`,
    }),
    el("span", {
      class: `exchange-value ${gave ? "positive" : "negative"}`,
      text: formatBalance(gave ? exchange.value : -exchange.value, lang),
    }),
    notes.length ? el("span", { class: "exchange-badges muted", text: notes.join(" · ") }) : null,
    exchange.note ? el("p", { class: "exchange-note", text: exchange.note }) : null,
    el(
      "span",
      { class: "exchange-buttons" },
      el("button", {
        type: "button",
        class: "link edit-exchange",
        text: t("exchange-edit"),
        on: { click: () => app.quickLog({ exchange, names }) },
      }),
      el("button", {
        type: "button",
        class: "link delete-exchange",
        text: t("exchange-delete"),
        on: {
          click: app.undoable("trash_exchange", { id: exchange.id }, t("exchange-deleted"), [
            "restore_exchange",
            { id: exchange.id },
          ]),
        },
      }),
    ),
  );
}

function introductions({ person, introductions: list }) {
  const lang = language();
  return el(
    "section",
    { class: "panel", id: "introductions", "aria-labelledby": "introductions-title" },
    el("h2", { id: "introductions-title", text: t("person-introductions") }),
    list.length === 0
      ? el("p", { class: "muted", text: t("person-noIntroductions", { name: person.name }) })
      : el(
          "ul",
          { class: "introductions" },
          list.map((intro) =>
            el(
              "li",
              {},
              el(
                "p",
                {},
                el("strong", {
                  text: t("person-introduced", { person: intro.person_name, third: intro.third_person_name }),
                }),
                ` · ${formatDate(intro.exchange.date, lang)}`,
              ),
              el(
                "p",
                { class: "muted" },
                `${t("person-cameOfIt")}: `,
                intro.came_of_it.length
                  ? intro.came_of_it
                      .map((e) => `${kindLabel(e.kind)} (${formatDate(e.date, lang)}, ${formatCredits(e.value, lang)})`)
                      .join(", ")
                  : t("person-nothingCame"),
              ),
            ),
          ),
        ),
  );
}
