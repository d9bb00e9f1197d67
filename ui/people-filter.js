// Which people the list shows, and in what order: pure functions of the
// summaries and the chosen filters, so they are tested without a window.

/** The filters a new list starts with. */
export function defaultFilters() {
  return { query: "", withSignal: false, organisation: "", tag: "", relationship: "", status: "active", sort: "name" };
}

/** The ids of people currently at each organisation: Map<organisationId, Set<personId>>. */
export function currentMembers(affiliations, today) {
  const members = new Map();
  for (const a of affiliations) {
    const started = !a.from_date || a.from_date <= today;
    const ongoing = !a.to_date || a.to_date >= today;
    if (!started || !ongoing) continue;
    if (!members.has(a.organisation_id)) members.set(a.organisation_id, new Set());
    members.get(a.organisation_id).add(a.person_id);
  }
  return members;
}

/**
 * The summaries that pass every filter, sorted.
 * context: { matches: Set of person ids found by the search (null when no query),
 *            signalled: Set of person ids with a signal, members: from currentMembers }
 */
export function filterPeople(summaries, filters, context) {
  const atOrganisation = filters.organisation ? context.members.get(filters.organisation) ?? new Set() : null;
  const shown = summaries.filter(({ person }) => {
    if (filters.status === "active" && person.archived) return false;
    if (filters.status === "archived" && !person.archived) return false;
    if (context.matches && !context.matches.has(person.id)) return false;
    if (filters.withSignal && !context.signalled.has(person.id)) return false;
    if (atOrganisation && !atOrganisation.has(person.id)) return false;
    if (filters.tag && !person.tags.includes(filters.tag)) return false;
    if (filters.relationship && person.relationship !== filters.relationship) return false;
    return true;
  });
  return sortPeople(shown, filters.sort);
}

const byName = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

/** Sorted by name, by balance (highest first) or by last exchange (latest first). */
export function sortPeople(summaries, sort) {
  const name = (a, b) => byName.compare(a.person.name, b.person.name);
  const compare = {
    name,
    balance: (a, b) => b.balance.balance - a.balance.balance || name(a, b),
    last: (a, b) => (b.stats.last_date ?? "").localeCompare(a.stats.last_date ?? "") || name(a, b),
  }[sort] ?? name;
  return [...summaries].sort(compare);
}

/** Every tag in use, sorted, for the tag filter. */
export function allTags(summaries) {
  return [...new Set(summaries.flatMap(({ person }) => person.tags))].sort(byName.compare);
}
