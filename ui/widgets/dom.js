// Builds DOM nodes from data. Text always goes in as text nodes, never as
// HTML, so whatever a user typed can never become markup or script.

/**
 * Creates an element.
 * props: `class`, `text`, `on` ({event: handler}), `dataset`, and any other key
 * set as an attribute (skipped when null, undefined or false).
 * children: nodes or strings (strings become text nodes); null is skipped.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = String(value);
    else if (key === "on") {
      for (const [event, handler] of Object.entries(value)) node.addEventListener(event, handler);
    } else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "value") node.value = value;
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
}

/** Replaces everything inside `node` with `children`. */
export function replaceChildren(node, ...children) {
  node.replaceChildren();
  append(node, children);
}

/**
 * A `<details>` whose content is made when it is first opened: `summary`
 * shows, `make()` the rest. A page of many rows builds no form that nobody
 * opens.
 */
export function openedLazily(attributes, summary, make) {
  const details = el("details", attributes, summary);
  summary.addEventListener("click", () => details.append(make()), { once: true });
  return details;
}
