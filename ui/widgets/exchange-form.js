// The one form for recording or editing an exchange, used on a person's page
// and in the quick log. With no fixed person it offers a person field that
// completes names as you type and can create a new person inline.

import { call } from "../lib/api.js";
import { ctx, kindValue } from "../lib/context.js";
import { formatForField, todayIso } from "../lib/format.js";
import { kindLabel, language, t } from "../lib/i18n.js";
import { el } from "./dom.js";
import { decimalInput, field, formError, optionalNumber, optionalText, select, submitting } from "./forms.js";
import { chosenOrNobody, personPicker } from "./person-picker.js";

const ASKED = [
  ["unknown", "exchange-askedUnknown"],
  ["yes", "exchange-askedYes"],
  ["no", "exchange-askedNo"],
];

/**
 * options: { prefix: id prefix, personId: fixed person or null, exchange: the
 * exchange to edit or null, names: names by id (the edited exchange's third
 * person), preset: {direction, kind}, onSaved(exchange), onCancel() }
 */
export function exchangeForm(options) {
  const { prefix, exchange = null, preset = {} } = options;
  const id = (name) => `${prefix}-${name}`;
  const start = exchange ?? {
    direction: preset.direction ?? "gave",
    kind: preset.kind ?? ctx.kinds[0]?.name,
    asked: "unknown",
    acknowledged: true,
    date: todayIso(),
    note: "",
  };

  const picker = options.personId || exchange ? null : personPicker({ id: id("person"), name: "person_id" });
  const valueInput = decimalInput(
    { id: id("value"), name: "value", required: true },
    exchange ? exchange.value : kindValue(start.kind),
  );
  const kindValueShown = () => formatForField(kindValue(kindSelect.value), language());
  const kindSelect = select(
    { id: id("kind"), name: "kind", on: { change: () => (valueInput.value = kindValueShown()) } },
    ctx.kinds.map((kind) => [kind.name, kindLabel(kind.name)]),
    start.kind,
    false,
  );
  const direction = (value, labelKey) =>
    el(
      "label",
      { class: "choice" },
      el("input", { type: "radio", name: "direction", value, checked: start.direction === value }),
      t(labelKey),
    );
  const personId = () => options.personId ?? exchange?.person_id ?? picker.chosenId();
  const third = personPicker({
    id: id("third"),
    name: "third_person_id",
    offerNew: false,
    placeholder: "exchange-thirdPlaceholder",
  });
  if (start.third_person_id) third.choose(start.third_person_id, options.names?.[start.third_person_id] ?? "");

  const form = el(
    "form",
    { class: "exchange-form", id: id("form"), novalidate: true },
    picker ? field(id("person"), "exchange-person", picker.node, "person_id") : null,
    el(
      "fieldset",
      { class: "directions" },
      el("legend", { text: t("exchange-direction") }),
      direction("gave", "exchange-gave"),
      direction("received", "exchange-received"),
    ),
    el(
      "div",
      { class: "grid" },
      field(id("kind"), "exchange-kind", kindSelect, "kind"),
      field(id("value"), "exchange-value", valueInput, "value"),
      field(
        id("date"),
        "exchange-date",
        el("input", { id: id("date"), name: "date", type: "date", value: start.date, required: true }),
        "date",
      ),
      field(id("asked"), "exchange-asked", select({ id: id("asked"), name: "asked" }, ASKED, start.asked), "asked"),
      field(id("third"), "exchange-thirdPerson", third.node, "third_person_id"),
      field(
        id("follow-up"),
        "exchange-followUp",
        el("input", { id: id("follow-up"), name: "follow_up", type: "date", value: start.follow_up ?? "" }),
        "follow_up",
      ),
    ),
    el(
      "label",
      { class: "choice" },
      el("input", { type: "checkbox", id: id("acknowledged"), name: "acknowledged", checked: start.acknowledged }),
      t("exchange-acknowledged"),
    ),
    field(
      id("note"),
      "exchange-note",
      el("textarea", {
        id: id("note"),
        name: "note",
        rows: 2,
        placeholder: t("exchange-notePlaceholder"),
        text: start.note,
      }),
      "note",
    ),
    formError(),
    el(
      "div",
      { class: "row end" },
      options.onCancel
        ? el("button", {
            type: "button",
            class: "secondary",
            id: id("cancel"),
            text: t("exchange-cancel"),
            on: { click: options.onCancel },
          })
        : null,
      el("button", {
        type: "submit",
        class: "primary",
        id: id("save"),
        text: t(exchange ? "exchange-saveEdit" : "exchange-save"),
      }),
    ),
  );

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await submitting(form, async () => {
      const owner = personId() ?? (await createTypedPerson(picker));
      const input = readInput(form, owner, chosenOrNobody(third, "third_person_id"));
      return exchange ? call("update_exchange", { id: exchange.id, input }) : call("record_exchange", { input });
    });
    if (saved) options.onSaved(saved);
  });
  // Enter in a one-line field saves; in the note it starts a new line unless Ctrl is held.
  form.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" || event.defaultPrevented || event.isComposing) return;
    const inNote = event.target.tagName === "TEXTAREA";
    if (inNote && !(event.ctrlKey || event.metaKey)) return;
    if (event.target.tagName === "BUTTON") return;
    event.preventDefault();
    form.requestSubmit();
  });
  return form;
}

async function createTypedPerson(picker) {
  const name = picker?.typedName() ?? "";
  if (name === "") {
    const error = new Error(t("exchange-choosePerson"));
    error.field = "person_id";
    throw error;
  }
  const person = await call("add_person", { input: { name } });
  picker.choose(person.id, person.name);
  return person.id;
}

function readInput(form, personId, thirdPersonId) {
  return {
    person_id: personId,
    direction: form.elements.direction.value,
    kind: form.elements.kind.value,
    value: optionalNumber(form.elements.value),
    date: form.elements.date.value,
    asked: form.elements.asked.value,
    acknowledged: form.elements.acknowledged.checked,
    third_person_id: thirdPersonId,
    follow_up: optionalText(form.elements.follow_up),
    note: form.elements.note.value,
  };
}
