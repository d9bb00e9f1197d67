// Matching typed text against names the way people type them: any word of the
// name starting with what was typed, ignoring case and accents ("jose"
// finds "José Álvarez", "alv" too).

/** Lower case without accents. */
export function fold(text) {
  return text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase();
}

/** Up to `limit` people whose name matches `typed`, whole-name matches first. */
export function matchPeople(people, typed, limit) {
  const query = fold(typed.trim());
  if (query === "") return [];
  const scored = [];
  for (const person of people) {
    if (person.archived) continue;
    const name = fold(person.name);
    if (name.startsWith(query)) scored.push([0, person]);
    else if (name.split(/[\s\-']+/).some((word) => word.startsWith(query)) || name.includes(` ${query}`))
      scored.push([1, person]);
  }
  scored.sort((a, b) => a[0] - b[0] || a[1].name.localeCompare(b[1].name));
  return scored.slice(0, limit).map(([, person]) => person);
}
