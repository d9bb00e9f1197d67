// Settings: language and theme, every signal threshold and the half-life,
// notifications and reminders (quiet hours, what closing the window does,
// starting at login, the quick log's system-wide shortcut, when reminders
// come, keep-in-touch cadences by relationship), kinds and their values, the data
// folder, and the example network.

import { call } from "../lib/api.js";
import { ctx, RELATIONSHIPS } from "../lib/context.js";
import { parseTime } from "../lib/format.js";
import { kindLabel, t } from "../lib/i18n.js";
import { el } from "../widgets/dom.js";
import {
  decimalInput,
  field,
  fieldError,
  formError,
  optionalNumber,
  requiredNumber,
  select,
  submitting,
} from "../widgets/forms.js";
import { dataSection } from "./settings-data.js";
import { syncSection } from "./settings-sync.js";

/** The signal thresholds, in the order the form shows them, with their number step. */
const SIGNAL_THRESHOLDS = [
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
  ["style_min_exchanges", 1],
];

/** When reminders come (thanks also moves the "not yet thanked" signal). */
const REMINDER_THRESHOLDS = [
  ["thanks_after_days", 1],
  ["give_back_after_days", 1],
  ["give_back_min_owed", "any"],
];

/** Quiet hours a user starts from when turning them on. */
const QUIET_DEFAULT = { start: "22:00", end: "08:00" };

/** What closing the window does: ask the first time (null), keep running, quit. */
const CLOSE_CHOICES = [
  ["", "settings-closeAsk"],
  ["true", "settings-closeTray"],
  ["false", "settings-closeQuit"],
];

export async function render(_route, app) {
  return el(
    "section",
    { class: "page settings", id: "settings", "aria-labelledby": "settings-title" },
    el("h1", { id: "settings-title", text: t("settings-title") }),
    settingsForm(app, await autostartBox(app), await call("shortcut_refusal")),
    kindsSection(app),
    await dataSection(app),
    await syncSection(app),
  );
}

function settingsForm(app, autostart, shortcutRefusal) {
  const s = ctx.settings;
  const number = (name, step, value) =>
    step === "any"
      ? decimalInput({ id: `setting-${name}`, name }, value)
      : el("input", { id: `setting-${name}`, name, type: "number", step, min: 0, value: value ?? "" });
  const numbers = (thresholds) =>
    thresholds.map(([name, step]) => field(`setting-${name}`, `setting-${name}`, number(name, step, s[name]), name));
  const form = el(
    "form",
    { id: "settings-form", novalidate: true },
    el(
      "section",
      { class: "panel", "aria-labelledby": "look-title" },
      el("h2", { id: "look-title", text: t("settings-look") }),
      el(
        "div",
        { class: "grid" },
        field(
          "setting-language",
          "settings-language",
          select(
            { id: "setting-language", name: "language" },
            [
              ["", "settings-languageSystem"],
              ["nl", "Nederlands"],
              ["en", "English"],
            ].map(([v, k]) => [v, k.startsWith("settings.") ? t(k) : k]),
            s.language ?? "",
            false,
          ),
          "language",
        ),
        field(
          "setting-theme",
          "settings-theme",
          select(
            { id: "setting-theme", name: "theme" },
            [
              ["system", "settings-themeSystem"],
              ["light", "settings-themeLight"],
              ["dark", "settings-themeDark"],
            ],
            s.theme,
          ),
          "theme",
        ),
      ),
    ),
    el(
      "section",
      { class: "panel", "aria-labelledby": "thresholds-title" },
      el("h2", { id: "thresholds-title", text: t("settings-thresholds") }),
      el(
        "div",
        { class: "grid" },
        field(
          "setting-half_life_days",
          "settings-halfLife",
          number("half_life_days", 1, s.half_life_days),
          "half_life_days",
        ),
        numbers(SIGNAL_THRESHOLDS),
      ),
    ),
    el(
      "section",
      { class: "panel", id: "notification-settings", "aria-labelledby": "notifications-title" },
      el("h2", { id: "notifications-title", text: t("settings-notifications") }),
      el(
        "label",
        { class: "choice" },
        el("input", { type: "checkbox", id: "setting-notifications", name: "notifications", checked: s.notifications }),
        t("settings-notify"),
      ),
      el(
        "label",
        { class: "choice" },
        el("input", {
          type: "checkbox",
          id: "setting-birthdays",
          name: "birthday_reminders",
          checked: s.birthday_reminders,
        }),
        t("settings-birthdays"),
      ),
      quietHours(s.quiet_hours),
      el(
        "div",
        { class: "narrow" },
        field(
          "setting-close",
          "settings-close",
          select({ id: "setting-close", name: "close_to_tray" }, CLOSE_CHOICES, s.close_to_tray ?? ""),
          "close_to_tray",
        ),
      ),
      autostart,
      el(
        "div",
        { class: "narrow" },
        field(
          "setting-shortcut",
          "settings-shortcut",
          el("input", {
            id: "setting-shortcut",
            name: "quick_log_shortcut",
            type: "text",
            maxlength: 60,
            autocomplete: "off",
            value: s.quick_log_shortcut,
          }),
          "quick_log_shortcut",
          "settings-shortcutHint",
        ),
        shortcutRefusal
          ? el("p", {
              class: "field-error",
              id: "setting-shortcut-refused",
              role: "alert",
              text: t("settings-shortcutRefused", { reason: shortcutRefusal }),
            })
          : null,
      ),
      el("h3", { text: t("settings-whenReminders") }),
      el(
        "div",
        { class: "grid bottom-aligned" },
        field(
          "setting-default_cadence_days",
          "settings-defaultCadence",
          number("default_cadence_days", 1, s.default_cadence_days),
          "default_cadence_days",
        ),
        numbers(REMINDER_THRESHOLDS),
      ),
      el("h3", { text: t("settings-cadenceByRelationship") }),
      el("p", { class: "hint", text: t("settings-cadenceByRelationshipHint") }),
      el(
        "div",
        { class: "grid bottom-aligned", id: "cadence-by-relationship" },
        RELATIONSHIPS.map((relationship) =>
          field(
            `setting-cadence-${relationship}`,
            `relationship-${relationship}`,
            el("input", {
              id: `setting-cadence-${relationship}`,
              name: `cadence-${relationship}`,
              type: "number",
              min: 1,
              max: 3650,
              step: 1,
              value: s.cadence_by_relationship?.[relationship] ?? "",
            }),
            "cadence_by_relationship",
          ),
        ),
      ),
    ),
    formError(),
    el(
      "div",
      { class: "row end" },
      el("button", { type: "submit", class: "primary", id: "save-settings", text: t("settings-save") }),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await submitting(form, async () => call("update_settings", { settings: readSettings(form) }));
    if (saved) {
      await app.reloadAll();
      app.announce(t("settings-saved"));
    }
  });
  return form;
}

/** Quiet hours: on or off, from and until; the times wait, greyed, while off. */
function quietHours(quiet) {
  const { start, end } = quiet ?? QUIET_DEFAULT;
  const time = (id, name, labelKey, value) =>
    el(
      "div",
      { class: "field" },
      el("label", { for: id, text: t(labelKey) }),
      // Hours and minutes typed, "22:00": WebKit's time field follows the
      // system's clock, in twelve hours on an English system.
      el("input", {
        type: "text",
        inputmode: "numeric",
        autocomplete: "off",
        maxlength: 5,
        placeholder: "22:00",
        id,
        name,
        value,
        disabled: !quiet,
        "aria-describedby": "setting-quiet-error",
      }),
    );
  const fieldset = el(
    "fieldset",
    { class: "quiet-hours", name: "quiet_hours" },
    el("legend", { text: t("settings-quietHours") }),
    el(
      "label",
      { class: "choice" },
      el("input", {
        type: "checkbox",
        id: "setting-quiet",
        name: "quiet_enabled",
        checked: quiet !== null,
        on: { change: (event) => toggle(event.currentTarget.checked) },
      }),
      t("settings-quietOn"),
    ),
    el(
      "div",
      { class: "grid" },
      time("setting-quiet-start", "quiet_start", "settings-quietFrom", start),
      time("setting-quiet-end", "quiet_end", "settings-quietUntil", end),
    ),
    fieldError("setting-quiet", "quiet_hours"),
  );
  const toggle = (on) => {
    for (const input of fieldset.querySelectorAll("input[type=time]")) input.disabled = !on;
  };
  return fieldset;
}

/** "Start Balans when I log in", saved the moment it changes. */
async function autostartBox(app) {
  let enabled;
  try {
    enabled = await call("get_autostart");
  } catch (error) {
    return el("p", { class: "hint", id: "autostart-unknown", text: error.message });
  }
  const change = async (event) => {
    const box = event.currentTarget;
    try {
      await call("set_autostart", { enabled: box.checked });
      app.announce(t(box.checked ? "settings-autostartOn" : "settings-autostartOff"));
    } catch (error) {
      box.checked = !box.checked;
      app.failed(error);
    }
  };
  return el(
    "div",
    { class: "autostart" },
    el(
      "label",
      { class: "choice" },
      el("input", { type: "checkbox", id: "setting-autostart", checked: enabled, on: { change } }),
      t("settings-autostart"),
    ),
    el("p", { class: "hint", text: t("settings-autostartHint") }),
  );
}

function readSettings(form) {
  const settings = { ...ctx.settings };
  const { elements } = form;
  settings.language = elements.language.value || null;
  settings.theme = elements.theme.value;
  settings.half_life_days = optionalNumber(elements.half_life_days);
  settings.default_cadence_days = optionalNumber(elements.default_cadence_days);
  settings.cadence_by_relationship = {};
  for (const relationship of RELATIONSHIPS) {
    const days = optionalNumber(elements[`cadence-${relationship}`]);
    if (days !== null) settings.cadence_by_relationship[relationship] = days;
  }
  settings.notifications = elements.notifications.checked;
  settings.birthday_reminders = elements.birthday_reminders.checked;
  settings.quiet_hours = elements.quiet_enabled.checked
    ? { start: parseTime(elements.quiet_start.value), end: parseTime(elements.quiet_end.value) }
    : null;
  settings.close_to_tray = elements.close_to_tray.value === "" ? null : elements.close_to_tray.value === "true";
  settings.quick_log_shortcut = elements.quick_log_shortcut.value.trim();
  for (const [name] of [...SIGNAL_THRESHOLDS, ...REMINDER_THRESHOLDS]) settings[name] = requiredNumber(elements[name]);
  return settings;
}

function kindsSection(app) {
  const setValue = (name) => async (event) => {
    const input = event.currentTarget;
    const form = input.form;
    const saved = await submitting(form, () => call("set_kind_value", { name, value: requiredNumber(input) }));
    if (saved) await app.reloadAll();
  };
  const kindRows = ctx.kinds.map((kind, index) =>
    el(
      "div",
      { class: "field kind-row" },
      el("label", { for: `kind-${index}`, text: kindLabel(kind.name) }),
      decimalInput(
        { id: `kind-${index}`, dataset: { kind: kind.name }, name: "value", on: { change: setValue(kind.name) } },
        kind.value,
      ),
    ),
  );
  const addForm = el(
    "form",
    { id: "add-kind-form", class: "inline-form", novalidate: true },
    el(
      "div",
      { class: "grid" },
      field(
        "new-kind-name",
        "settings-kindName",
        el("input", { id: "new-kind-name", name: "name", type: "text", maxlength: 60 }),
        "name",
      ),
      field("new-kind-value", "settings-kindValue", decimalInput({ id: "new-kind-value", name: "value" }, 1), "value"),
    ),
    formError(),
    el(
      "div",
      { class: "row end" },
      el("button", { type: "submit", class: "secondary", id: "add-kind", text: t("settings-addKind") }),
    ),
  );
  addForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await submitting(addForm, () =>
      call("add_kind", { name: addForm.elements.name.value, value: requiredNumber(addForm.elements.value) }),
    );
    if (saved) await app.reloadAll();
  });
  return el(
    "section",
    { class: "panel", "aria-labelledby": "kinds-title" },
    el("h2", { id: "kinds-title", text: t("settings-kinds") }),
    el(
      "form",
      { id: "kinds-form", class: "grid kinds", novalidate: true, on: { submit: (e) => e.preventDefault() } },
      kindRows,
      formError(),
    ),
    addForm,
  );
}
