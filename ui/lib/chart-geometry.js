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

/**
 * Dots for given (x) against received (y) per person, in a square of `size`
 * with `pad`; both axes share one scale, so the diagonal is "even".
 */
export function givenReceivedDots(people, size, pad) {
  const top = Math.max(1, ...people.flatMap((p) => [p.given, p.received]));
  const x = scale([0, top], [pad, size - pad]);
  const y = scale([0, top], [size - pad, pad]);
  return { top, dots: people.map((p) => ({ ...p, cx: x(p.given), cy: y(p.received) })) };
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
