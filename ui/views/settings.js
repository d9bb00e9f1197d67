// Settings: language and theme, kinds and their values, every signal
// threshold, the half-life and default cadence, the data folder, and the
// example network.

import { call } from "../api.js";
import { ctx } from "../context.js";
import { el } from "../dom.js";
import { field, formError, optionalNumber, select, submitting } from "../forms.js";
import { kindLabel, t } from "../i18n.js";
import { dataSection } from "./settings-data.js";

/** The thresholds, in the order the form shows them, with their number step. */
const THRESHOLDS = [
  ["one_sided_streak", 1],
  ["one_sided_ratio", "any"],
  ["one_sided_min_given", "any"],
  ["taking_ratio", "any"],
  ["taking_min_received", "any"],
  ["over_giving_factor", "any"],
  ["over_giving_window_days", 1],
  ["new_contact_exchanges", 1],
  ["unasked_share", "any"],
  ["unasked_min", 1],
  ["cannot_reciprocate_credit", "any"],
  ["stranded_credit", "any"],
  ["stranded_low_balance", "any"],
  ["thanks_after_days", 1],
  ["give_back_after_days", 1],
  ["give_back_min_owed", "any"],
  ["style_min_exchanges", 1],
];

export async function render(route, app) {
  return el(
    "section",
    { class: "page settings", id: "settings", "aria-labelledby": "settings-title" },
    el("h1", { id: "settings-title", text: t("settings.title") }),
    settingsForm(app),
    kindsSection(app),
    await dataSection(app),
  );
}

function settingsForm(app) {
  const s = ctx.settings;
  const number = (name, step, value) => el("input", { id: `setting-${name}`, name, type: "number", step, min: 0, value: value ?? "" });
  const form = el(
    "form",
    { id: "settings-form", novalidate: true },
    el(
      "section",
      { class: "panel", "aria-labelledby": "look-title" },
      el("h2", { id: "look-title", text: t("settings.look") }),
      el(
        "div",
        { class: "grid" },
        field("setting-language", "settings.language", select({ id: "setting-language", name: "language" }, [["", "settings.languageSystem"], ["nl", "Nederlands"], ["en", "English"]].map(([v, k]) => [v, k.startsWith("settings.") ? t(k) : k]), s.language ?? "", false), "language"),
        field("setting-theme", "settings.theme", select({ id: "setting-theme", name: "theme" }, [["system", "settings.themeSystem"], ["light", "settings.themeLight"], ["dark", "settings.themeDark"]], s.theme), "theme"),
      ),
    ),
    el(
      "section",
      { class: "panel", "aria-labelledby": "thresholds-title" },
      el("h2", { id: "thresholds-title", text: t("settings.thresholds") }),
      el(
        "div",
        { class: "grid" },
        field("setting-half_life_days", "settings.halfLife", number("half_life_days", 1, s.half_life_days), "half_life_days"),
        field("setting-default_cadence_days", "settings.defaultCadence", number("default_cadence_days", 1, s.default_cadence_days), "default_cadence_days"),
        THRESHOLDS.map(([name, step]) => field(`setting-${name}`, `setting.${name}`, number(name, step, s[name]), name)),
      ),
    ),
    formError(),
    el("div", { class: "row end" }, el("button", { type: "submit", class: "primary", id: "save-settings", text: t("settings.save") })),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await submitting(form, async () => call("update_settings", { settings: readSettings(form) }));
    if (saved) {
      await app.reloadAll();
      app.announce(t("settings.saved"));
    }
  });
  return form;
}

function readSettings(form) {
  const settings = { ...ctx.settings };
  settings.language = form.elements.language.value || null;
  settings.theme = form.elements.theme.value;
  settings.half_life_days = optionalNumber(form.elements.half_life_days);
  settings.default_cadence_days = optionalNumber(form.elements.default_cadence_days);
  for (const [name] of THRESHOLDS) {
    const value = optionalNumber(form.elements[name]);
    if (value === null || Number.isNaN(value)) throw Object.assign(new Error(t("settings.numberRequired")), { field: name });
    settings[name] = value;
  }
  return settings;
}

function kindsSection(app) {
  const setValue = (name) => async (event) => {
    const input = event.currentTarget;
    const form = input.form;
    const saved = await submitting(form, () => call("set_kind_value", { name, value: Number(input.value) }));
    if (saved) await app.reloadAll();
  };
  const kindRows = ctx.kinds.map((kind, index) =>
    el(
      "div",
      { class: "field kind-row" },
      el("label", { for: `kind-${index}`, text: kindLabel(kind.name) }),
      el("input", { id: `kind-${index}`, dataset: { kind: kind.name }, name: "value", type: "number", min: "0.01", max: "1000", step: "any", value: kind.value, on: { change: setValue(kind.name) } }),
    ),
  );
  const addForm = el(
    "form",
    { id: "add-kind-form", class: "inline-form", novalidate: true },
    el(
      "div",
      { class: "grid" },
      field("new-kind-name", "settings.kindName", el("input", { id: "new-kind-name", name: "name", type: "text", maxlength: 60 }), "name"),
      field("new-kind-value", "settings.kindValue", el("input", { id: "new-kind-value", name: "value", type: "number", min: "0.01", max: "1000", step: "any", value: 1 }), "value"),
    ),
    formError(),
    el("div", { class: "row end" }, el("button", { type: "submit", class: "secondary", id: "add-kind", text: t("settings.addKind") })),
  );
  addForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await submitting(addForm, () => call("add_kind", { name: addForm.elements.name.value, value: Number(addForm.elements.value.value) }));
    if (saved) await app.reloadAll();
  });
  return el(
    "section",
    { class: "panel", "aria-labelledby": "kinds-title" },
    el("h2", { id: "kinds-title", text: t("settings.kinds") }),
    el("form", { id: "kinds-form", class: "grid kinds", novalidate: true, on: { submit: (e) => e.preventDefault() } }, kindRows, formError()),
    addForm,
  );
}
