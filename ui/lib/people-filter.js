// The people list's filters as the window keeps them, and the query the core
// answers with one page of rows: filtering and sorting happen next to the
// data, so the window never holds every person.

/** The filters a new list starts with. */
export function defaultFilters() {
  return { query: "", withSignal: false, organisation: "", tag: "", relationship: "", status: "active", sort: "name" };
}

/** The `people_list` query for these filters: `limit` rows from `offset`. */
export function peopleQuery(filters, offset, limit) {
  return {
    query: filters.query,
    status: filters.status,
    relationship: filters.relationship || null,
    organisation: filters.organisation || null,
    tag: filters.tag || null,
    with_signal: filters.withSignal,
    sort: filters.sort,
    offset,
    limit,
  };
}
