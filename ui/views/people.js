// People: a list with live full-text search, filters and sorting beside the
// chosen person's page. The core filters, sorts and hands over a page of rows
// at a time, so the list stays quick with thousands of people.

import { call } from "../lib/api.js";
import { RELATIONSHIPS } from "../lib/context.js";
import { balanceTone, formatBalance } from "../lib/format.js";
import { drawn } from "../lib/frames.js";
import { language, t } from "../lib/i18n.js";
import { defaultFilters, peopleQuery } from "../lib/people-filter.js";
import { el, replaceChildren } from "../widgets/dom.js";
import { field, formError, select, submitting } from "../widgets/forms.js";
import { PAGE_ROWS, showMoreText } from "../widgets/paged-list.js";
import { likelyDuplicates } from "./duplicates.js";
import * as personPage from "./person.js";

/** The most rows the core hands over at once. */
const MAX_ROWS = 500;

const filters = defaultFilters();
/** How many rows the list showed last, so a redraw after a change keeps them. */
let rowsShown = PAGE_ROWS;
/** The person whose page is beside the list. */
let chosenId = null;
/** Counts the pages drawn beside the list, so only the latest asked for is shown. */
let pagesAsked = 0;
/** The list on the screen, reloaded in place after a change. */
let shownList = null;
/** The filters' choices as drawn, to tell whether a change moved them. */
let choicesDrawn = "";

function choicesOf(organisations, tags) {
  return JSON.stringify([organisations.map((o) => [o.id, o.name]), tags]);
}

/** Sets the list to everyone with a signal: where the dashboard sends the signals it has no room for. */
export function showSignalled() {
  Object.assign(filters, defaultFilters(), { withSignal: true });
  rowsShown = PAGE_ROWS;
}

export async function render(route, app) {
  chosenId = route.id;
  pagesAsked += 1;
  const list = peopleList(app);
  shownList = list;
  const [detail, organisations, tags] = await Promise.all([
    route.id ? personPage.render(route.id, app) : noPersonChosen(app),
    call("list_organisations"),
    call("list_tags"),
    list.reload(),
  ]);
  choicesDrawn = choicesOf(organisations, tags);
  return el(
    "div",
    { class: "layout" },
    el(
      "aside",
      { class: "people-pane", "aria-labelledby": "people-title" },
      el("h1", { id: "people-title", text: t("people-title") }),
      addPersonForm(app),
      searchAndFilters(list, organisations, tags),
      list.node,
    ),
    detail,
  );
}

/**
 * Another person chosen while the list shows, or the ledger `changed`: the
 * page beside the list is drawn first, and the list keeps its place; after
 * a change its rows and the filters' choices are read again once the page
 * is in. False when the screen must be drawn whole.
 */
export async function update(route, app, { changed = false } = {}) {
  if (!document.querySelector(".layout > .detail-pane") || !document.getElementById("people-list")) return false;
  chosenId = route.id;
  const asked = ++pagesAsked;
  const detail = await (route.id ? personPage.render(route.id, app) : noPersonChosen(app));
  const pane = document.querySelector(".layout > .detail-pane");
  if (asked !== pagesAsked || !pane) return true;
  pane.replaceWith(detail);
  for (const row of document.querySelectorAll("#people-list .person-row")) {
    const chosen = row.dataset.id === chosenId;
    row.classList.toggle("selected", chosen);
    if (chosen) row.setAttribute("aria-current", "page");
    else row.removeAttribute("aria-current");
  }
  if (changed) await takeChange();
  return true;
}

/**
 * The list's rows and the filters' choices read again, where they are,
 * once the page beside them is on the glass; the filters are drawn again
 * only when their choices moved.
 */
async function takeChange() {
  await drawn();
  const list = shownList;
  const [organisations, tags] = await Promise.all([call("list_organisations"), call("list_tags"), list.reload()]);
  const tools = document.querySelector(".people-pane .people-tools");
  const choices = choicesOf(organisations, tags);
  if (list !== shownList || !tools || choices === choicesDrawn) return;
  choicesDrawn = choices;
  const fresh = searchAndFilters(list, organisations, tags);
  fresh.querySelector("details").open = tools.querySelector("details").open;
  tools.replaceWith(fresh);
}

/** Beside the list before anyone is chosen: what to do, and any likely duplicates. */
async function noPersonChosen(app) {
  return el(
    "section",
    { class: "detail-pane empty", id: "no-person" },
    el("p", { class: "muted", text: t("people-choose") }),
    await likelyDuplicates(app),
  );
}

/**
 * The list's rows as the core hands them over: `reload()` fetches the first
 * page for the current filters, the "show more" button the next ones. Only
 * the answer to the latest request is drawn.
 */
function peopleList(app) {
  const node = el("div", { class: "list-slot" });
  let page = null;
  let rows = [];
  let latest = 0;
  const request = async (offset, limit) => {
    const ticket = ++latest;
    const answer = await call("people_list", { query: peopleQuery(filters, offset, limit) });
    return ticket === latest ? answer : null;
  };
  const draw = () => {
    rowsShown = Math.max(rows.length, PAGE_ROWS);
    replaceChildren(node, renderRows(page, rows, more));
  };
  const more = async () => {
    const next = await request(rows.length, PAGE_ROWS).catch(app.failed);
    if (!next) return;
    page = next;
    rows = rows.concat(next.rows);
    draw();
  };
  const reload = async (limit = Math.min(rowsShown, MAX_ROWS)) => {
    const first = await request(0, limit);
    if (!first) return;
    page = first;
    rows = first.rows;
    draw();
  };
  return { node, reload, restart: () => reload(PAGE_ROWS).catch(app.failed) };
}

function addPersonForm(app) {
  const form = el(
    "form",
    { class: "add-person", id: "add-person-form", novalidate: true },
    field(
      "new-person-name",
      "people-name",
      el(
        "div",
        { class: "row" },
        el("input", {
          id: "new-person-name",
          name: "name",
          type: "text",
          maxlength: 200,
          autocomplete: "off",
          placeholder: t("people-namePlaceholder"),
          required: true,
        }),
        el("button", { type: "submit", id: "add-person", class: "primary", text: t("people-add") }),
      ),
      "name",
    ),
    formError(),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const person = await submitting(form, () => call("add_person", { input: { name: form.elements.name.value } }));
    if (person) {
      await app.refresh();
      app.go("people", person.id);
    }
  });
  return form;
}

function searchAndFilters(list, organisations, tags) {
  const search = el("input", { id: "people-search", type: "search", value: filters.query, autocomplete: "off" });
  // Asked at once, one question at a time: what is typed while an answer
  // is on its way is asked as a whole when it arrives.
  let asking = null;
  const ask = () => {
    filters.query = search.value;
    asking = list.restart().finally(() => {
      asking = null;
      if (search.value !== filters.query) ask();
    });
  };
  search.addEventListener("input", () => {
    if (!asking) ask();
  });
  // Closed by default, so the list stays in view; the summary says how many filters are on.
  const summary = el("summary", { id: "filters-summary", text: filtersSummary() });
  const change = (key) => (event) => {
    filters[key] = event.currentTarget.type === "checkbox" ? event.currentTarget.checked : event.currentTarget.value;
    summary.textContent = filtersSummary();
    list.restart();
  };
  const any = ["", t("people-any")];
  return el(
    "div",
    { class: "people-tools" },
    field("people-search", "people-search", search, "query"),
    el(
      "details",
      { class: "filters" },
      summary,
      el(
        "div",
        { class: "grid" },
        field(
          "filter-status",
          "people-status",
          select(
            { id: "filter-status", on: { change: change("status") } },
            [
              ["active", "people-statusActive"],
              ["archived", "people-statusArchived"],
              ["all", "people-statusAll"],
            ],
            filters.status,
          ),
          "status",
        ),
        field(
          "filter-relationship",
          "people-relationship",
          select(
            { id: "filter-relationship", on: { change: change("relationship") } },
            [any, ...RELATIONSHIPS.map((r) => [r, t(`relationship-${r}`)])],
            filters.relationship,
            false,
          ),
          "relationship",
        ),
        field(
          "filter-organisation",
          "people-organisation",
          select(
            { id: "filter-organisation", on: { change: change("organisation") } },
            [any, ...organisations.map((o) => [o.id, o.name])],
            filters.organisation,
            false,
          ),
          "organisation",
        ),
        field(
          "filter-tag",
          "people-tag",
          select(
            { id: "filter-tag", on: { change: change("tag") } },
            [any, ...tags.map((tag) => [tag, tag])],
            filters.tag,
            false,
          ),
          "tag",
        ),
      ),
      el(
        "label",
        { class: "choice" },
        el("input", {
          type: "checkbox",
          id: "filter-signal",
          checked: filters.withSignal,
          on: { change: change("withSignal") },
        }),
        t("people-withSignal"),
      ),
    ),
    field(
      "people-sort",
      "people-sort",
      select(
        { id: "people-sort", on: { change: change("sort") } },
        [
          ["name", "people-sortName"],
          ["balance", "people-sortBalance"],
          ["last", "people-sortLast"],
        ],
        filters.sort,
      ),
      "sort",
    ),
  );
}

function filtersSummary() {
  const start = defaultFilters();
  const count = ["withSignal", "organisation", "tag", "relationship", "status"].filter(
    (key) => filters[key] !== start[key],
  ).length;
  return count > 0 ? t("people-filtersOn", { count }) : t("people-filters");
}

function renderRows(page, rows, more) {
  if (page.total === 0) return el("p", { class: "muted", text: t("people-none") });
  if (page.matching === 0) return el("p", { class: "muted", id: "no-match", text: t("people-noMatch") });
  const rest = page.matching - rows.length;
  return [
    el("p", { class: "muted count", text: t("people-count", { shown: page.matching, count: page.total }) }),
    el(
      "ul",
      { class: "people-list", id: "people-list", "aria-label": t("people-title") },
      rows.map((row) => personRow(row)),
    ),
    rest > 0
      ? el("button", { type: "button", class: "link", id: "show-more", text: showMoreText(rest), on: { click: more } })
      : null,
  ];
}

function personRow({ id, name, archived, balance, signalled, namesake_hint: hint }) {
  const selected = id === chosenId;
  return el(
    "li",
    {},
    el(
      "a",
      {
        class: `person-row${selected ? " selected" : ""}${archived ? " archived" : ""}`,
        href: `#/people/${encodeURIComponent(id)}`,
        "aria-current": selected ? "page" : null,
        dataset: { id },
      },
      el(
        "span",
        { class: "person-names" },
        el("span", { class: "person-name", text: name }),
        hint ? el("span", { class: "person-hint", text: hint }) : null,
      ),
      // Every row keeps the dot's place, so the dots line up.
      el("span", {
        class: `signal-dot${signalled ? "" : " none"}`,
        title: signalled ? t("people-withSignal") : null,
        "aria-label": signalled ? t("people-withSignal") : null,
      }),
      el("span", { class: `balance-chip ${balanceTone(balance)}`, text: formatBalance(balance, language()) }),
    ),
  );
}
