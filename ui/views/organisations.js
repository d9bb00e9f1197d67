// Organisations: a list with a form to add one, and a page per organisation
// with each person's balance and decision power, who left, and the credits
// stranded with the people who left.

import { call } from "../lib/api.js";
import { balanceTone, formatBalance, formatCredits, formatDate } from "../lib/format.js";
import { language, t } from "../lib/i18n.js";
import { el } from "../widgets/dom.js";
import { field, formError, submitting } from "../widgets/forms.js";

export async function render(route, app) {
  return route.id ? organisationPage(route.id) : list(app);
}

async function list(app) {
  const organisations = await call("organisation_rows");
  const form = el(
    "form",
    { class: "add-person", id: "add-organisation-form", novalidate: true },
    field(
      "new-organisation-name",
      "orgs-name",
      el(
        "div",
        { class: "row" },
        el("input", { id: "new-organisation-name", name: "name", type: "text", maxlength: 200, required: true }),
        el("button", { type: "submit", class: "primary", id: "add-organisation", text: t("orgs-add") }),
      ),
      "name",
    ),
    formError(),
  );
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const organisation = await submitting(form, () =>
      call("add_organisation", { input: { name: form.elements.name.value, notes: "" } }),
    );
    if (organisation) {
      await app.refresh();
      app.go("organisations", organisation.id);
    }
  });
  return el(
    "section",
    { class: "page", id: "organisations", "aria-labelledby": "orgs-title" },
    el("h1", { id: "orgs-title", text: t("orgs-title") }),
    form,
    organisations.length === 0
      ? el("p", { class: "muted", text: t("orgs-none") })
      : el(
          "ul",
          { class: "org-list", id: "organisation-list" },
          organisations.map(({ organisation: o, members_now }) =>
            el(
              "li",
              {},
              el(
                "a",
                { class: "org-row", href: `#/organisations/${encodeURIComponent(o.id)}` },
                el("span", { class: "org-name", text: o.name }),
                el("span", { class: "muted", text: t("orgs-people", { count: members_now }) }),
              ),
            ),
          ),
        ),
  );
}

async function organisationPage(id) {
  const page = await call("organisation_page", { id });
  const lang = language();
  const rows = page.members.map(({ person, affiliation: a, balance, current }) =>
    el(
      "tr",
      { class: current ? "current" : "left" },
      el("th", { scope: "row" }, el("a", { href: `#/people/${encodeURIComponent(person.id)}`, text: person.name })),
      el("td", { text: a.role }),
      el("td", { text: t(`power-${a.decision_power}`) }),
      el("td", {
        text: current ? t("org-current") : `${t("org-left")} ${a.to_date ? formatDate(a.to_date, lang) : ""}`,
      }),
      el("td", { class: `number ${balanceTone(balance.balance)}`, text: formatBalance(balance.balance, lang) }),
    ),
  );
  return el(
    "section",
    { class: "page", id: "organisation-page", "aria-labelledby": "organisation-name" },
    el("p", {}, el("a", { href: "#/organisations", text: `← ${t("org-back")}` })),
    el("h1", { id: "organisation-name", text: page.organisation.name }),
    el(
      "div",
      { class: "cards" },
      el(
        "div",
        { class: "balance-card" },
        el(
          "div",
          { class: "balance-main" },
          el("span", { class: "label", text: t("org-balance") }),
          el("span", {
            id: "organisation-balance",
            class: `balance-value ${balanceTone(page.balance)}`,
            text: formatBalance(page.balance, lang),
          }),
        ),
      ),
      el(
        "div",
        { class: "balance-card" },
        el(
          "div",
          { class: "balance-main" },
          el("span", { class: "label", text: t("org-stranded") }),
          el("span", { id: "organisation-stranded", class: "balance-value", text: formatCredits(page.stranded, lang) }),
          el("span", { class: "muted", text: t("org-strandedHint") }),
        ),
      ),
    ),
    el("h2", { text: t("org-members") }),
    rows.length === 0
      ? el("p", { class: "muted", text: t("org-noMembers") })
      : el(
          "table",
          { class: "members", id: "organisation-members" },
          el(
            "thead",
            {},
            el(
              "tr",
              {},
              ["org-person", "person-role", "person-power", "people-status", "person-balance"].map((key) =>
                el("th", { scope: "col", text: t(key) }),
              ),
            ),
          ),
          el("tbody", {}, rows),
        ),
  );
}
