// A person's details (notes, how you met, birthday, keep-in-touch cadence), the links
// that reach them, and the form that edits them all with the name,
// relationship, tags and addresses.

import { call } from "../lib/api.js";
import { channelLinks, splitAddresses } from "../lib/channels.js";
import { RELATIONSHIPS } from "../lib/context.js";
import { formatBirthday } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { el } from "../widgets/dom.js";
import { field, formError, optionalNumber, select, submitting } from "../widgets/forms.js";
import { chosenOrNobody, personPicker } from "../widgets/person-picker.js";

/** The details, as they are. */
export function detailsSection(person) {
  return el(
    "section",
    { class: "panel", id: "person-details", "aria-labelledby": "details-title" },
    el("h2", { id: "details-title", text: t("person-details") }),
    el(
      "dl",
      { class: "details" },
      el("dt", { text: t("person-notes") }),
      el("dd", { id: "person-notes", class: "notes", text: person.notes || t("person-noNotes") }),
      person.met_how ? [el("dt", { text: t("person-metHow") }), el("dd", { text: person.met_how })] : null,
      person.birthday
        ? [
            el("dt", { text: t("person-birthday") }),
            el("dd", { id: "person-birthday", text: formatBirthday(person.birthday, language()) }),
          ]
        : null,
      el("dt", { text: t("person-cadence") }),
      el("dd", {
        text: person.cadence_days ? t("person-cadenceEvery", { count: person.cadence_days }) : t("person-cadenceNone"),
      }),
    ),
  );
}

/**
 * Opens the form that edits the details, made the first time it is
 * opened on this page; `names` gives the introducer's name by id.
 */
export function openEditor(person, names, app) {
  let form = document.getElementById("person-edit-form");
  if (!form) {
    form = editForm(person, names, app);
    document.getElementById("person-details").append(form);
  }
  form.hidden = false;
  form.scrollIntoView({ block: "nearest" });
  document.getElementById("edit-name").focus();
}

/** The ways to reach them, as links the system's mail, phone or browser opens. */
export function reachLinks(person, app) {
  const links = channelLinks(person);
  if (links.length === 0) return null;
  const open = (event, href) => {
    event.preventDefault();
    call("plugin:opener|open_url", { url: href }).catch((error) => app.failed(error));
  };
  return el(
    "ul",
    { class: "channels", id: "person-reach", "aria-label": t("person-reach") },
    links.map(({ kind, value, href }) =>
      el(
        "li",
        {},
        el("span", { class: "channel-kind", text: t(`channel-${kind}`) }),
        " ",
        el("a", { href, class: "channel", "data-kind": kind, text: value, on: { click: (e) => open(e, href) } }),
      ),
    ),
  );
}

/** A field that takes several addresses, separated by commas. */
function addressField(id, labelKey, name, values, type) {
  const control = el("input", { id, name, type, value: values.join(", "), autocomplete: "off" });
  return field(id, labelKey, control, name, "person-addressesHint");
}

function editForm(person, names, app) {
  const introducer = personPicker({
    id: "edit-introduced-by",
    name: "introduced_by",
    offerNew: false,
    exclude: person.id,
    placeholder: "exchange-thirdPlaceholder",
  });
  if (person.introduced_by) introducer.choose(person.introduced_by, names[person.introduced_by] ?? "");
  const form = el(
    "form",
    { id: "person-edit-form", class: "edit-form", novalidate: true, hidden: true },
    el(
      "div",
      { class: "grid" },
      field(
        "edit-name",
        "people-name",
        el("input", {
          id: "edit-name",
          name: "name",
          type: "text",
          maxlength: 200,
          value: person.name,
          required: true,
        }),
        "name",
      ),
      field(
        "edit-relationship",
        "person-relationship",
        select(
          { id: "edit-relationship", name: "relationship" },
          RELATIONSHIPS.map((r) => [r, `relationship-${r}`]),
          person.relationship,
        ),
        "relationship",
      ),
      field(
        "edit-tags",
        "person-tags",
        el("input", { id: "edit-tags", name: "tags", type: "text", value: person.tags.join(", ") }),
        "tags",
        "person-tagsHint",
      ),
      field(
        "edit-cadence",
        "person-cadence",
        el("input", {
          id: "edit-cadence",
          name: "cadence_days",
          type: "number",
          min: 1,
          max: 3650,
          step: 1,
          value: person.cadence_days ?? "",
        }),
        "cadence_days",
      ),
      field(
        "edit-met-how",
        "person-metHow",
        el("input", { id: "edit-met-how", name: "met_how", type: "text", value: person.met_how }),
        "met_how",
      ),
      field(
        "edit-birthday",
        "person-birthday",
        el("input", {
          id: "edit-birthday",
          name: "birthday",
          type: "text",
          value: person.birthday ?? "",
          placeholder: t("person-birthdayPlaceholder"),
          autocomplete: "off",
        }),
        "birthday",
        "person-birthdayHint",
      ),
      field("edit-introduced-by", "exchange-thirdPerson", introducer.node, "introduced_by"),
      addressField("edit-emails", "channel-emails", "emails", person.emails ?? [], "text"),
      addressField("edit-phones", "channel-phones", "phones", person.phones ?? [], "text"),
      addressField("edit-urls", "channel-urls", "urls", person.urls ?? [], "text"),
    ),
    field(
      "edit-notes",
      "person-notes",
      el("textarea", { id: "edit-notes", name: "notes", rows: 4, text: person.notes }),
      "notes",
    ),
    formError(),
    el(
      "div",
      { class: "row end" },
      el("button", {
        type: "button",
        class: "secondary",
        id: "cancel-edit",
        text: t("person-cancel"),
        on: { click: () => (form.hidden = true) },
      }),
      el("button", { type: "submit", class: "primary", id: "save-person", text: t("person-save") }),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const saved = await submitting(form, () =>
      call("update_person", { id: person.id, input: readPerson(form, chosenOrNobody(introducer, "introduced_by")) }),
    );
    if (saved) await app.refresh();
  });
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape") form.hidden = true;
  });
  return form;
}

function readPerson(form, introducedBy) {
  const cadence = optionalNumber(form.elements.cadence_days);
  return {
    name: form.elements.name.value,
    relationship: form.elements.relationship.value,
    tags: form.elements.tags.value
      .split(",")
      .map((tag) => tag.trim())
      .filter(Boolean),
    cadence_days: cadence,
    met_how: form.elements.met_how.value,
    introduced_by: introducedBy,
    birthday: form.elements.birthday.value.trim() || null,
    notes: form.elements.notes.value,
    emails: splitAddresses(form.elements.emails.value),
    phones: splitAddresses(form.elements.phones.value),
    urls: splitAddresses(form.elements.urls.value),
  };
}
