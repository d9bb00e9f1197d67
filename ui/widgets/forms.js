// Labelled form fields and errors shown in plain words next to the field they
// are about. Every control gets a visible label tied to it by id.

import { formatForField, parseTyped } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { el } from "./dom.js";

/** A slot, `<id>-error`, for the errors of the field named `name`; announced when it fills. */
export function fieldError(id, name) {
  return el("p", { class: "field-error", id: `${id}-error`, role: "alert", hidden: true, dataset: { errorFor: name } });
}

/** A label, its control (whose id is `id`) and the control's error slot. */
export function field(id, labelKey, control, name, hintKey = null) {
  const input = control.id === id ? control : control.querySelector(`#${id}`);
  input?.setAttribute("aria-describedby", `${id}-error`);
  return el(
    "div",
    { class: "field" },
    el("label", { for: id, text: t(labelKey) }),
    control,
    hintKey ? el("p", { class: "hint", text: t(hintKey) }) : null,
    fieldError(id, name),
  );
}

/** A slot for errors that belong to no single field. */
export function formError() {
  return el("p", { class: "form-error", role: "alert", hidden: true });
}

/** Shows a core error next to its field (or for the form), and focuses the field. */
export function showError(form, error) {
  const slot =
    (error.field && form.querySelector(`[data-error-for="${error.field}"]`)) || form.querySelector(".form-error");
  const message = error.message;
  slot.textContent = error.field && slot.classList.contains("field-error") ? message : t("error-generic", { message });
  slot.hidden = false;
  const control = error.field ? form.querySelector(`[name="${error.field}"]`) : null;
  control?.setAttribute("aria-invalid", "true");
  control?.focus();
}

export function clearErrors(form) {
  for (const slot of form.querySelectorAll(".field-error, .form-error")) {
    slot.textContent = "";
    slot.hidden = true;
  }
  for (const control of form.querySelectorAll("[aria-invalid]")) control.removeAttribute("aria-invalid");
}

/** A <select> of `options` ([value, labelKey or text]) with `selected` chosen. */
export function select(props, options, selected, translate = true) {
  return el(
    "select",
    props,
    options.map(([value, label]) =>
      el("option", { value, text: translate ? t(label) : label, selected: String(value) === String(selected ?? "") }),
    ),
  );
}

/** The trimmed text of a form control, or null when empty. */
export function optionalText(control) {
  const text = control.value.trim();
  return text === "" ? null : text;
}

/**
 * A number from a form control, typed in either language's way; null when
 * empty. What is not a number is refused next to the field.
 */
export function optionalNumber(control) {
  const value = parseTyped(control.value);
  if (Number.isNaN(value)) throw numberNeeded(control);
  return value;
}

/** `optionalNumber` for a control that must not be empty. */
export function requiredNumber(control) {
  const value = optionalNumber(control);
  if (value === null) throw numberNeeded(control);
  return value;
}

function numberNeeded(control) {
  const example = formatForField(2.5, language());
  return Object.assign(new Error(t("error-numberNeeded", { example })), { field: control.name });
}

/**
 * A field for a number that may have a fraction, holding `value` as the
 * reader writes it ("0,5" in Dutch), read back with `optionalNumber`.
 * Whole numbers (days, counts) read alike in every language and keep
 * number fields.
 */
export function decimalInput(props, value) {
  return el("input", {
    ...props,
    type: "text",
    inputmode: "decimal",
    autocomplete: "off",
    value: value === null || value === undefined ? "" : formatForField(value, language()),
  });
}

/** Runs `work` for a submitted form: errors are shown, success returns its value. */
export async function submitting(form, work) {
  clearErrors(form);
  const button = form.querySelector("button[type=submit]");
  if (button) button.disabled = true;
  try {
    return await work();
  } catch (error) {
    showError(form, error);
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}
