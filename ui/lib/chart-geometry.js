// The arithmetic of the charts, apart from their drawing (widgets/charts.js),
// so it can be tested.

/** A linear map from [d0, d1] onto [r0, r1]; a zero-width domain maps to the middle. */
export function scale([d0, d1], [r0, r1]) {
  if (d1 === d0) return () => (r0 + r1) / 2;
  return (value) => r0 + ((value - d0) / (d1 - d0)) * (r1 - r0);
}

function dayNumber(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/**
 * The balance-over-time series as a stepped SVG path in a `width` × `height`
 * box with `pad` around it, and where zero lies. The balance holds until the
 * next exchange, so each step is flat, then jumps.
 */
export function balancePath(series, width, height, pad) {
  const days = series.map((p) => dayNumber(p.date));
  const values = series.map((p) => p.balance);
  const low = Math.min(0, ...values);
  const high = Math.max(0, ...values);
  const x = scale([Math.min(...days), Math.max(...days)], [pad, width - pad]);
  const y = scale([low, high], [height - pad, pad]);
  let d = "";
  series.forEach((point, i) => {
    const px = x(days[i]).toFixed(1);
    const py = y(point.balance).toFixed(1);
    d += i === 0 ? `M${px},${py}` : `H${px}V${py}`;
  });
  return { d, zeroY: y(0), low, high };
}

/** log10(1 + v): 0 stays 0, and 10, 100 and 1,000 credits lie equally far apart. */
function logScaled(value) {
  return Math.log10(1 + Math.max(0, value));
}

/** The values 0, 1, 10, 100, … up to `top`, where the axes show their numbers. */
export function logTicks(top) {
  const ticks = [0];
  for (let value = 1; value <= top; value *= 10) ticks.push(value);
  return ticks;
}

/**
 * Dots for given (x) against received (y) per person, in a square of `size`
 * with `pad`, both axes up to `top` credits (by default the largest value).
 * Both axes share one logarithmic scale, so the diagonal is "even" and one
 * relationship a hundred times the size of the others does not push them
 * all into a corner; `ticks` are the axis values and where they fall.
 */
export function givenReceivedDots(people, size, pad, top = 0) {
  top = Math.max(1, top, ...people.flatMap((p) => [p.given, p.received]));
  const at = scale([0, logScaled(top)], [pad, size - pad]);
  const x = (value) => at(logScaled(value));
  const y = (value) => size - x(value);
  const ticks = logTicks(top).map((value) => ({ value, at: x(value) }));
  return { top, ticks, dots: people.map((p) => ({ ...p, cx: x(p.given), cy: y(p.received) })) };
}

/**
 * The core's count of everyone in the picture (`spread`: `cells` along each
 * axis of the same scale, up to `spread.top`) as squares in the square of
 * `size` with `pad`: {x, y, side, people, depth}, `depth` from 0 to 1 by
 * the logarithm of the count, so one crowded cell does not wash out the rest.
 */
export function spreadSquares(spread, size, pad) {
  const side = (size - 2 * pad) / spread.cells;
  const most = Math.max(1, ...spread.counts.map((cell) => cell.people));
  return spread.counts.map((cell) => ({
    x: pad + cell.given * side,
    y: size - pad - (cell.received + 1) * side,
    side,
    people: cell.people,
    depth: Math.log1p(cell.people) / Math.log1p(most),
  }));
}

/** A circle of radius `r` around (cx, cy) as path data, so many dots can share one path. */
export function circlePath(cx, cy, r) {
  return `M${(cx - r).toFixed(1)},${cy.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
}

/** The dot nearest to (x, y) no further than `reach`, or null. */
export function nearestDot(dots, x, y, reach) {
  let nearest = null;
  let best = reach * reach;
  for (const dot of dots) {
    const distance = (dot.cx - x) ** 2 + (dot.cy - y) ** 2;
    if (distance <= best) {
      nearest = dot;
      best = distance;
    }
  }
  return nearest;
}
