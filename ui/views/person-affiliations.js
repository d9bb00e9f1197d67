// The organisations a person is or was at, with decision power, a button to
// end a current affiliation today, and a form to add one, made when opened.

import { call } from "../lib/api.js";
import { formatDate, todayIso } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { el, openedLazily } from "../widgets/dom.js";
import { field, formError, optionalText, select, submitting } from "../widgets/forms.js";

const POWERS = [
  ["decides", "power-decides"],
  ["influences", "power-influences"],
  ["none", "power-none"],
];

/** The section; `organisations` are those a new affiliation may name. */
export function affiliationsSection({ person, affiliations }, organisations, app) {
  const lang = language();
  return el(
    "section",
    { class: "panel", id: "affiliations", "aria-labelledby": "affiliations-title" },
    el("h2", { id: "affiliations-title", text: t("person-affiliations") }),
    affiliations.length === 0
      ? el("p", { class: "muted", text: t("person-noAffiliations") })
      : el(
          "ul",
          { class: "affiliations" },
          affiliations.map(({ affiliation: a, organisation_name: name, current }) =>
            el(
              "li",
              { class: current ? "current" : "past" },
              el("a", { href: `#/organisations/${encodeURIComponent(a.organisation_id)}`, text: name }),
              a.role ? ` · ${a.role}` : "",
              ` · ${t(`power-${a.decision_power}`)}`,
              el("span", {
                class: "muted",
                text: ` · ${period(a, lang)}`,
              }),
              current && !a.to_date
                ? el("button", {
                    type: "button",
                    class: "link end-affiliation",
                    text: t("person-end"),
                    on: { click: app.action("end_affiliation", { id: a.id, toDate: todayIso() }) },
                  })
                : null,
            ),
          ),
        ),
    organisations.length
      ? openedLazily({ class: "affiliate" }, el("summary", { id: "affiliate-open", text: t("person-affiliate") }), () =>
          affiliateForm(person, organisations, app),
        )
      : null,
  );
}

/** When an affiliation ended, or else since when it runs; nothing when neither is known. */
function period(affiliation, lang) {
  if (affiliation.to_date) return t("person-left", { date: formatDate(affiliation.to_date, lang) });
  if (affiliation.from_date) return t("person-since", { date: formatDate(affiliation.from_date, lang) });
  return "";
}

function affiliateForm(person, organisations, app) {
  const form = el(
    "form",
    { id: "affiliate-form", class: "inline-form", novalidate: true },
    el(
      "div",
      { class: "grid" },
      field(
        "affiliate-organisation",
        "people-organisation",
        select(
          { id: "affiliate-organisation", name: "organisation_id" },
          organisations.map((o) => [o.id, o.name]),
          null,
          false,
        ),
        "organisation_id",
      ),
      field(
        "affiliate-role",
        "person-role",
        el("input", { id: "affiliate-role", name: "role", type: "text", maxlength: 200 }),
        "role",
      ),
      field(
        "affiliate-power",
        "person-power",
        select({ id: "affiliate-power", name: "decision_power" }, POWERS, "none"),
        "decision_power",
      ),
      field(
        "affiliate-from",
        "person-from",
        el("input", { id: "affiliate-from", name: "from_date", type: "date", value: todayIso() }),
        "from_date",
      ),
    ),
    formError(),
    el(
      "div",
      { class: "row end" },
      el("button", { type: "submit", class: "secondary", id: "affiliate-save", text: t("person-affiliate") }),
    ),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = {
      person_id: person.id,
      organisation_id: form.elements.organisation_id.value,
      role: form.elements.role.value,
      decision_power: form.elements.decision_power.value,
      from_date: optionalText(form.elements.from_date),
      to_date: null,
    };
    const saved = await submitting(form, () => call("affiliate", { input }));
    if (saved) await app.refresh();
  });
  return form;
}
