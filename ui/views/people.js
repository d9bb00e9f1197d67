// People: a list with live full-text search, filters and sorting beside the
// chosen person's page. The list shows a page of rows at a time, so it stays
// quick with thousands of people.

import { call } from "../api.js";
import { ctx, RELATIONSHIPS } from "../context.js";
import { el, replaceChildren } from "../dom.js";
import { field, formError, select, submitting } from "../forms.js";
import { balanceTone, formatBalance, todayIso } from "../format.js";
import { language, t } from "../i18n.js";
import { allTags, currentMembers, defaultFilters, filterPeople } from "../people-filter.js";
import * as personPage from "./person.js";

const PAGE_ROWS = 100;
const SEARCH_DELAY_MS = 120;

const filters = defaultFilters();
let matches = null;
let rowsShown = PAGE_ROWS;

export async function render(route, app) {
  const detail = route.id ? await personPage.render(route.id, app) : el("section", { class: "detail-pane empty", id: "no-person" }, el("p", { class: "muted", text: t("people.choose") }));
  const listSlot = el("div", { class: "list-slot" });
  const redrawList = () => replaceChildren(listSlot, renderList(route.id, redrawList));
  redrawList();
  return el(
    "div",
    { class: "layout" },
    el(
      "aside",
      { class: "people-pane", "aria-labelledby": "people-title" },
      el("h1", { id: "people-title", text: t("people.title") }),
      addPersonForm(app),
      searchAndFilters(redrawList),
      listSlot,
    ),
    detail,
  );
}

function addPersonForm(app) {
  const form = el(
    "form",
    { class: "add-person", id: "add-person-form", novalidate: true },
    field(
      "new-person-name",
      "people.name",
      el(
        "div",
        { class: "row" },
        el("input", { id: "new-person-name", name: "name", type: "text", maxlength: 200, autocomplete: "off", placeholder: t("people.namePlaceholder"), required: true }),
        el("button", { type: "submit", id: "add-person", class: "primary", text: t("people.add") }),
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

function searchAndFilters(redrawList) {
  let timer = null;
  const search = el("input", { id: "people-search", type: "search", value: filters.query, autocomplete: "off" });
  search.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      filters.query = search.value;
      matches = await searchMatches(search.value);
      rowsShown = PAGE_ROWS;
      redrawList();
    }, SEARCH_DELAY_MS);
  });
  const change = (key) => (event) => {
    filters[key] = event.currentTarget.type === "checkbox" ? event.currentTarget.checked : event.currentTarget.value;
    rowsShown = PAGE_ROWS;
    redrawList();
  };
  const any = ["", t("people.any")];
  return el(
    "div",
    { class: "people-tools" },
    field("people-search", "people.search", search, "query"),
    el(
      "details",
      { class: "filters", open: hasFilters() },
      el("summary", { text: t("people.filters") }),
      el(
        "div",
        { class: "grid" },
        field("filter-status", "people.status", select({ id: "filter-status", on: { change: change("status") } }, [["active", "people.statusActive"], ["archived", "people.statusArchived"], ["all", "people.statusAll"]], filters.status), "status"),
        field("filter-relationship", "people.relationship", select({ id: "filter-relationship", on: { change: change("relationship") } }, [any, ...RELATIONSHIPS.map((r) => [r, t(`relationship.${r}`)])], filters.relationship, false), "relationship"),
        field("filter-organisation", "people.organisation", select({ id: "filter-organisation", on: { change: change("organisation") } }, [any, ...ctx.organisations.map((o) => [o.id, o.name])], filters.organisation, false), "organisation"),
        field("filter-tag", "people.tag", select({ id: "filter-tag", on: { change: change("tag") } }, [any, ...allTags(ctx.people).map((tag) => [tag, tag])], filters.tag, false), "tag"),
      ),
      el("label", { class: "choice" }, el("input", { type: "checkbox", id: "filter-signal", checked: filters.withSignal, on: { change: change("withSignal") } }), t("people.withSignal")),
    ),
    field("people-sort", "people.sort", select({ id: "people-sort", on: { change: change("sort") } }, [["name", "people.sortName"], ["balance", "people.sortBalance"], ["last", "people.sortLast"]], filters.sort), "sort"),
  );
}

function hasFilters() {
  const start = defaultFilters();
  return ["withSignal", "organisation", "tag", "relationship", "status"].some((key) => filters[key] !== start[key]);
}

/** The people a full-text search finds: by name, through a note, or at a matching organisation. */
async function searchMatches(query) {
  if (query.trim() === "") return null;
  const hits = await call("search", { query });
  const members = currentMembers(ctx.affiliations, todayIso());
  const found = new Set();
  for (const hit of hits) {
    if (hit.person_id) found.add(hit.person_id);
    if (hit.entity === "organisation") for (const id of members.get(hit.id) ?? []) found.add(id);
  }
  return found;
}

function renderList(selectedId, redrawList) {
  if (ctx.people.length === 0) return el("p", { class: "muted", text: t("people.none") });
  const signalled = new Set(ctx.signals.flatMap((s) => s.person_ids));
  const shown = filterPeople(ctx.people, filters, { matches, signalled, members: currentMembers(ctx.affiliations, todayIso()) });
  if (shown.length === 0) return el("p", { class: "muted", id: "no-match", text: t("people.noMatch") });
  const rest = shown.length - rowsShown;
  return [
    el("p", { class: "muted count", text: t("people.count", { shown: shown.length, count: ctx.people.length }) }),
    el("ul", { class: "people-list", id: "people-list", "aria-label": t("people.title") }, shown.slice(0, rowsShown).map((summary) => personRow(summary, selectedId, signalled))),
    rest > 0
      ? el("button", { type: "button", class: "link", id: "show-more", text: t("people.showMore", { count: Math.min(rest, PAGE_ROWS) }), on: { click: () => { rowsShown += PAGE_ROWS; redrawList(); } } })
      : null,
  ];
}

function personRow({ person, balance }, selectedId, signalled) {
  const selected = person.id === selectedId;
  return el(
    "li",
    {},
    el(
      "a",
      {
        class: `person-row${selected ? " selected" : ""}${person.archived ? " archived" : ""}`,
        href: `#/people/${encodeURIComponent(person.id)}`,
        "aria-current": selected ? "page" : null,
        dataset: { id: person.id },
      },
      el("span", { class: "person-name", text: person.name }),
      signalled.has(person.id) ? el("span", { class: "signal-dot", title: t("people.withSignal"), "aria-label": t("people.withSignal") }) : null,
      el("span", { class: `balance-chip ${balanceTone(balance.balance)}`, text: formatBalance(balance.balance, language()) }),
    ),
  );
}
