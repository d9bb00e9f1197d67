// The Balans window: a list of people on the left, the chosen person's balance,
// a form to record an exchange, and their timeline on the right.

import { call } from "./api.js";
import { el, replaceChildren } from "./dom.js";
import { balanceTone, formatBalance, formatCredits, formatDate, todayIso } from "./format.js";
import { detectLanguage, kindLabel, language, setLanguage, t } from "./i18n.js";

const state = {
  info: null,
  kinds: [],
  people: [],
  selectedId: null,
  page: null,
};

const root = document.getElementById("app");

async function start() {
  setLanguage(detectLanguage(navigator.language));
  document.documentElement.lang = language();
  translateStatic();
  state.info = await call("app_info");
  if (state.info.problem) {
    renderProblem(state.info);
    return;
  }
  state.kinds = await call("list_kinds");
  await refreshPeople();
  render();
}

function translateStatic() {
  for (const node of document.querySelectorAll("[data-i18n]")) {
    node.textContent = t(node.dataset.i18n);
  }
}

async function refreshPeople() {
  state.people = await call("list_people");
  if (state.selectedId) state.page = await call("person_page", { id: state.selectedId });
}

function render() {
  replaceChildren(
    root,
    el("div", { class: "layout" }, renderPeoplePane(), renderDetailPane()),
    el("footer", { class: "footer", text: t("footer.data", { dir: state.info.data_dir }) }),
  );
}

function renderProblem(info) {
  replaceChildren(
    root,
    el(
      "section",
      { class: "problem", role: "alert", id: "startup-problem" },
      el("h1", { text: t("problem.title") }),
      el("p", { text: info.problem.message }),
      el("p", { class: "muted", text: t("problem.folder", { dir: info.data_dir }) }),
    ),
  );
}

function fieldError(field) {
  return el("p", { class: "field-error", id: `error-${field}`, role: "alert", hidden: true });
}

function showFieldError(form, error) {
  const slot = form.querySelector(`#error-${error.field}`) ?? form.querySelector(".form-error");
  slot.textContent = error.field ? error.message : t("error.generic", { message: error.message });
  slot.hidden = false;
  form.querySelector(`[name="${error.field}"]`)?.focus();
}

function clearErrors(form) {
  for (const slot of form.querySelectorAll(".field-error, .form-error")) {
    slot.textContent = "";
    slot.hidden = true;
  }
}

function renderPeoplePane() {
  const nameInput = el("input", {
    id: "new-person-name",
    name: "name",
    type: "text",
    maxlength: 200,
    autocomplete: "off",
    placeholder: t("people.namePlaceholder"),
    required: true,
  });
  const form = el(
    "form",
    { class: "add-person", id: "add-person-form", novalidate: true, on: { submit: addPerson } },
    el("label", { for: "new-person-name", text: t("people.name") }),
    el("div", { class: "row" }, nameInput, el("button", { type: "submit", id: "add-person", text: t("people.add") })),
    fieldError("name"),
    el("p", { class: "form-error", role: "alert", hidden: true }),
  );
  const list = el(
    "ul",
    { class: "people-list", id: "people-list", "aria-label": t("people.title") },
    state.people.map(renderPersonRow),
  );
  return el(
    "aside",
    { class: "people-pane" },
    el("h2", { text: t("people.title") }),
    form,
    state.people.length ? list : el("p", { class: "muted", text: t("people.none") }),
  );
}

function renderPersonRow({ person, balance }) {
  const selected = person.id === state.selectedId;
  return el(
    "li",
    {},
    el(
      "button",
      {
        class: `person-row${selected ? " selected" : ""}`,
        type: "button",
        "aria-current": selected ? "true" : null,
        dataset: { id: person.id },
        on: { click: () => selectPerson(person.id) },
      },
      el("span", { class: "person-name", text: person.name }),
      el("span", {
        class: `balance-chip ${balanceTone(balance.balance)}`,
        text: formatBalance(balance.balance, language()),
      }),
    ),
  );
}

function renderDetailPane() {
  if (!state.page) return renderWelcome();
  const { person, balance, exchanges } = state.page;
  const tone = balanceTone(balance.balance);
  const explainKey = { positive: "person.explainPositive", negative: "person.explainNegative", even: "person.explainEven" }[tone];
  return el(
    "section",
    { class: "detail-pane", id: "person-page", "aria-labelledby": "person-name" },
    el("h1", { id: "person-name", text: person.name }),
    el(
      "div",
      { class: "balance-card" },
      el(
        "div",
        { class: "balance-main" },
        el("span", { class: "label", text: t("person.balance") }),
        el("span", { id: "person-balance", class: `balance-value ${tone}`, text: formatBalance(balance.balance, language()) }),
        el("span", { class: "muted", text: t(explainKey, { name: person.name }) }),
      ),
      el(
        "dl",
        { class: "balance-parts" },
        el("dt", { text: t("person.given") }),
        el("dd", { id: "person-given", text: formatCredits(balance.given, language()) }),
        el("dt", { text: t("person.received") }),
        el("dd", { id: "person-received", text: formatCredits(balance.received, language()) }),
      ),
    ),
    renderExchangeForm(person),
    el("h2", { text: t("person.timeline") }),
    exchanges.length
      ? el("ol", { class: "timeline", id: "timeline" }, exchanges.map(renderExchange))
      : el("p", { class: "muted", text: t("person.noExchanges", { name: person.name }) }),
  );
}

function renderWelcome() {
  return el(
    "section",
    { class: "detail-pane welcome", id: "welcome" },
    el("img", { src: "logo.svg", alt: "", width: 96, height: 96 }),
    el("h1", { text: t("empty.title") }),
    el("p", { text: t("empty.body") }),
    el("p", { class: "muted", text: t(state.people.length ? "empty.choose" : "empty.start") }),
  );
}

function renderExchange(exchange) {
  const gave = exchange.direction === "gave";
  return el(
    "li",
    { class: `exchange ${exchange.direction}` },
    el("span", { class: "exchange-date", text: formatDate(exchange.date, language()) }),
    el(
      "span",
      { class: "exchange-what" },
      `${t(gave ? "exchange.gaveTo" : "exchange.receivedFrom")}: ${kindLabel(exchange.kind)}`,
    ),
    el("span", { class: `exchange-value ${gave ? "positive" : "negative"}`, text: formatBalance(gave ? exchange.value : -exchange.value, language()) }),
    exchange.note ? el("p", { class: "exchange-note", text: exchange.note }) : null,
  );
}

function renderExchangeForm(person) {
  const valueInput = el("input", { id: "exchange-value", name: "value", type: "number", min: "0.01", max: "1000", step: "0.5", required: true });
  const kindSelect = el(
    "select",
    { id: "exchange-kind", name: "kind", on: { change: () => (valueInput.value = defaultValue(kindSelect.value)) } },
    state.kinds.map((kind) => el("option", { value: kind.name, text: kindLabel(kind.name) })),
  );
  valueInput.value = defaultValue(kindSelect.value);
  const direction = (value, labelKey, checked) =>
    el(
      "label",
      { class: "choice" },
      el("input", { type: "radio", name: "direction", value, checked }),
      t(labelKey),
    );
  return el(
    "form",
    { class: "exchange-form", id: "exchange-form", novalidate: true, on: { submit: (event) => recordExchange(event, person) } },
    el("h2", { text: t("exchange.title") }),
    el(
      "fieldset",
      { class: "directions" },
      el("legend", { text: t("exchange.direction") }),
      direction("gave", "exchange.gave", true),
      direction("received", "exchange.received", false),
    ),
    el(
      "div",
      { class: "grid" },
      field("exchange-kind", "exchange.kind", kindSelect, "kind"),
      field("exchange-value", "exchange.value", valueInput, "value"),
      field("exchange-date", "exchange.date", el("input", { id: "exchange-date", name: "date", type: "date", value: todayIso(), required: true }), "date"),
    ),
    field("exchange-note", "exchange.note", el("textarea", { id: "exchange-note", name: "note", rows: 2, placeholder: t("exchange.notePlaceholder") }), "note"),
    el("p", { class: "form-error", role: "alert", hidden: true }),
    el("div", { class: "row end" }, el("button", { type: "submit", id: "record-exchange", text: t("exchange.save") })),
  );
}

function field(id, labelKey, control, name) {
  return el("div", { class: "field" }, el("label", { for: id, text: t(labelKey) }), control, fieldError(name));
}

function defaultValue(kindName) {
  return state.kinds.find((kind) => kind.name === kindName)?.value ?? 1;
}

async function addPerson(event) {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  try {
    const person = await call("add_person", { input: { name: form.elements.name.value } });
    state.selectedId = person.id;
    await refreshPeople();
    render();
    document.getElementById("new-person-name").focus();
  } catch (error) {
    showFieldError(form, error);
  }
}

async function selectPerson(id) {
  state.selectedId = id;
  await refreshPeople();
  render();
}

async function recordExchange(event, person) {
  event.preventDefault();
  const form = event.currentTarget;
  clearErrors(form);
  const valueText = form.elements.value.value.trim();
  const input = {
    person_id: person.id,
    direction: form.elements.direction.value,
    kind: form.elements.kind.value,
    value: valueText === "" ? null : Number(valueText),
    date: form.elements.date.value,
    note: form.elements.note.value,
  };
  try {
    await call("record_exchange", { input });
    await refreshPeople();
    render();
  } catch (error) {
    showFieldError(form, error);
  }
}

start().catch((error) => {
  replaceChildren(root, el("p", { class: "problem", role: "alert", text: t("error.generic", { message: error.message }) }));
});
