// The window's places as hash routes (#/people/<id>), so Back and Forward work
// and every screen has an address the tests can open.

const VIEWS = ["dashboard", "reminders", "people", "organisations", "trash", "settings"];

/** {view, id} for a location hash; anything unknown is the dashboard. */
export function parseRoute(hash) {
  const [view, id] = String(hash ?? "")
    .replace(/^#\/?/, "")
    .split("/")
    .map(decodeURIComponent);
  if (!VIEWS.includes(view)) return { view: "dashboard", id: null };
  return { view, id: id || null };
}

/** The hash of a view, and of one item in it. */
export function routeHash(view, id = null) {
  return id ? `#/${view}/${encodeURIComponent(id)}` : `#/${view}`;
}
