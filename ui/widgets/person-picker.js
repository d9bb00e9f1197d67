// A person field that completes names as you type (insensitive to case and
// accents), with the arrow keys and Enter to choose, and, where a new person
// may be made, the typed name offered as one when nobody matches exactly. The
// names are fetched the first time someone types after a change.

import { personNames } from "../lib/context.js";
import { t } from "../lib/i18n.js";
import { matchPeople } from "../lib/name-match.js";
import { el, replaceChildren } from "./dom.js";

const SUGGESTIONS = 8;

/**
 * { node, chosenId(), typedName(), choose(id, name) } for a form. options:
 * { id, name, offerNew: whether a typed name may become a new person,
 *   exclude: a person id never suggested, placeholder: an i18n key }.
 */
export function personPicker({
  id,
  name,
  offerNew = true,
  exclude = null,
  placeholder = "exchange-personPlaceholder",
}) {
  let chosen = null;
  let active = -1;
  let options = [];
  const list = el("ul", { class: "suggestions", id: `${id}-list`, role: "listbox", hidden: true });
  const input = el("input", {
    id,
    name,
    type: "text",
    autocomplete: "off",
    role: "combobox",
    "aria-autocomplete": "list",
    "aria-expanded": "false",
    "aria-controls": `${id}-list`,
    placeholder: t(placeholder),
    maxlength: 200,
  });

  const choose = (personId, personName) => {
    chosen = personId;
    input.value = personName;
    close();
  };
  const close = () => {
    list.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  };
  const highlight = (index) => {
    active = index;
    for (const [i, node] of list.querySelectorAll("[role=option]").entries()) {
      node.setAttribute("aria-selected", String(i === index));
    }
    if (index >= 0) input.setAttribute("aria-activedescendant", `${id}-option-${index}`);
  };
  const pick = (index) => {
    const option = options[index];
    if (!option) return;
    if (option.id) choose(option.id, option.name);
    else {
      chosen = null;
      input.value = option.name;
      close();
    }
  };
  const open = async () => {
    const typed = input.value.trim();
    const people = typed ? (await personNames()).filter((person) => person.id !== exclude) : [];
    // A later keystroke draws its own suggestions.
    if (input.value.trim() !== typed) return;
    const matches = matchPeople(people, typed, SUGGESTIONS);
    options = matches.map((person) => ({ id: person.id, name: person.name, label: person.name }));
    const exact = matches.some((person) => person.name.toLowerCase() === typed.toLowerCase());
    if (offerNew && typed && !exact)
      options.push({ id: null, name: typed, label: t("exchange-newPerson", { name: typed }) });
    replaceChildren(
      list,
      options.map((option, index) =>
        el("li", {
          id: `${id}-option-${index}`,
          role: "option",
          class: option.id ? "suggestion" : "suggestion new",
          "aria-selected": "false",
          dataset: { id: option.id ?? "" },
          text: option.label,
          on: {
            mousedown: (event) => {
              event.preventDefault();
              pick(index);
            },
          },
        }),
      ),
    );
    list.hidden = options.length === 0;
    input.setAttribute("aria-expanded", String(!list.hidden));
    highlight(options.length ? 0 : -1);
  };

  input.addEventListener("input", () => {
    chosen = null;
    // Without the names there is nothing to suggest; the field still takes a typed name.
    open().catch(close);
  });
  input.addEventListener("blur", close);
  input.addEventListener("keydown", (event) => {
    if (list.hidden) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      pick(active);
    } else if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      close();
    }
  });

  return {
    node: el("div", { class: "picker" }, input, list),
    chosenId: () => chosen,
    typedName: () => input.value.trim(),
    choose,
  };
}

/** The picked person's id, null for an empty field; typed text nobody was picked for is refused. */
export function chosenOrNobody(picker, fieldName) {
  if (picker.chosenId() || picker.typedName() === "") return picker.chosenId();
  const error = new Error(t("exchange-chooseExisting"));
  error.field = fieldName;
  throw error;
}
