// SVG elements built from data, for the charts. Like dom.js, text goes in as
// text nodes only.

const NS = "http://www.w3.org/2000/svg";

/** An SVG element with attributes, and children (strings become text). */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(NS, tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value !== null && value !== undefined) node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}
