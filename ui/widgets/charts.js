// The two pictures: one person's balance over time, and all relationships as
// given against received. Drawn as SVG from the data, with a text label.

import { balancePath, circlePath, givenReceivedDots, nearestDot, spreadSquares } from "../lib/chart-geometry.js";
import { balanceTone, formatCredits } from "../lib/format.js";
import { language } from "../lib/i18n.js";
import { svg } from "./svg.js";

const LINE_WIDTH = 640;
const LINE_HEIGHT = 180;
const LINE_PAD = 16;

/** The balance over time as a stepped line with the zero line. */
export function balanceChart(series, label) {
  const { d, zeroY, low, high } = balancePath(series, LINE_WIDTH, LINE_HEIGHT, LINE_PAD);
  const last = series[series.length - 1].balance;
  return svg(
    "svg",
    {
      class: "chart balance-chart",
      viewBox: `0 0 ${LINE_WIDTH} ${LINE_HEIGHT}`,
      role: "img",
      "aria-label": label,
      preserveAspectRatio: "none",
    },
    svg("title", {}, label),
    svg("line", { class: "zero", x1: LINE_PAD, x2: LINE_WIDTH - LINE_PAD, y1: zeroY, y2: zeroY }),
    svg("path", { class: `line ${balanceTone(last)}`, d, "vector-effect": "non-scaling-stroke" }),
    svg(
      "text",
      { class: "axis-label", x: LINE_WIDTH - LINE_PAD, y: 12, "text-anchor": "end" },
      formatCredits(high, language()),
    ),
    svg(
      "text",
      { class: "axis-label", x: LINE_WIDTH - LINE_PAD, y: LINE_HEIGHT - 4, "text-anchor": "end" },
      formatCredits(low, language()),
    ),
  );
}

const DOT_SIZE = 320;
const DOT_PAD = 36;
const DOT_RADIUS = 3.5;
/** How far from a dot the pointer may be and still mean it. */
const DOT_REACH = 8;

/**
 * Given against received per person; `people` is [{id, name, given, received}],
 * `describe(person)` the text of a dot, `onPick(id)` what a click does. The
 * dots of one colour share one path, so hundreds of them cost three nodes to
 * lay out and paint; the dot under the pointer is found from its position,
 * ringed and described in a tooltip. Beneath them, squares shaded by
 * `spread` (the core's count of everyone, on the same scale) show where all
 * relationships lie, however many the dots leave out or cover.
 */
export function relationshipPicture(people, { spread, label, axisGiven, axisReceived, describe, onPick }) {
  const { dots, ticks } = givenReceivedDots(people, DOT_SIZE, DOT_PAD, spread.top);
  const lang = language();
  const bottom = DOT_SIZE - DOT_PAD;
  const paths = new Map();
  for (const dot of dots) {
    const tone = balanceTone(dot.given - dot.received);
    paths.set(tone, (paths.get(tone) ?? "") + circlePath(dot.cx, dot.cy, DOT_RADIUS));
  }
  const tooltip = svg("title", {}, "");
  const ring = svg("circle", { class: "dot-ring", r: DOT_RADIUS + 1.5, visibility: "hidden" }, tooltip);
  const picture = svg(
    "svg",
    { class: "chart relationship-picture", viewBox: `0 0 ${DOT_SIZE} ${DOT_SIZE}`, role: "img", "aria-label": label },
    svg("title", {}, label),
    spreadSquares(spread, DOT_SIZE, DOT_PAD).map(({ x, y, side, depth }) =>
      svg("rect", {
        class: "spread",
        x: x.toFixed(1),
        y: y.toFixed(1),
        width: side.toFixed(1),
        height: side.toFixed(1),
        "fill-opacity": (0.08 + 0.5 * depth).toFixed(2),
      }),
    ),
    svg("line", { class: "axis", x1: DOT_PAD, y1: DOT_SIZE - DOT_PAD, x2: DOT_SIZE - DOT_PAD, y2: DOT_SIZE - DOT_PAD }),
    svg("line", { class: "axis", x1: DOT_PAD, y1: DOT_PAD, x2: DOT_PAD, y2: DOT_SIZE - DOT_PAD }),
    svg("line", { class: "even-line", x1: DOT_PAD, y1: DOT_SIZE - DOT_PAD, x2: DOT_SIZE - DOT_PAD, y2: DOT_PAD }),
    svg("text", { class: "axis-label", x: DOT_SIZE - DOT_PAD, y: DOT_SIZE - 4, "text-anchor": "end" }, axisGiven),
    svg("text", { class: "axis-label", x: 6, y: DOT_PAD - 14 }, axisReceived),
    ticks.map(({ value, at }) => [
      svg("line", { class: "axis", x1: at, y1: bottom, x2: at, y2: bottom + 4 }),
      svg("text", { class: "tick-label", x: at, y: bottom + 14, "text-anchor": "middle" }, formatCredits(value, lang)),
      svg("line", { class: "axis", x1: DOT_PAD - 4, y1: DOT_SIZE - at, x2: DOT_PAD, y2: DOT_SIZE - at }),
      svg(
        "text",
        { class: "tick-label", x: DOT_PAD - 6, y: DOT_SIZE - at + 3, "text-anchor": "end" },
        formatCredits(value, lang),
      ),
    ]),
    [...paths].map(([tone, d]) => svg("path", { class: `dot ${tone}`, d })),
    ring,
  );
  const dotAt = (event) => {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(picture.getScreenCTM().inverse());
    return nearestDot(dots, point.x, point.y, DOT_REACH);
  };
  picture.addEventListener("pointermove", (event) => {
    const dot = dotAt(event);
    picture.classList.toggle("pointing", dot !== null);
    ring.setAttribute("visibility", dot ? "visible" : "hidden");
    if (!dot) return;
    ring.setAttribute("cx", dot.cx.toFixed(1));
    ring.setAttribute("cy", dot.cy.toFixed(1));
    tooltip.textContent = describe(dot);
  });
  picture.addEventListener("pointerleave", () => ring.setAttribute("visibility", "hidden"));
  picture.addEventListener("click", (event) => {
    const dot = dotAt(event);
    if (dot) onPick(dot.id);
  });
  return picture;
}
