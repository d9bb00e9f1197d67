// A person's addresses as the links that reach them: mail, phone, web. The
// core has checked each address, so a link opens only what it says; the
// window's capability lets the opener take mailto:, tel: and https: alone.

/** Each address of `person` as {kind, value, href, label}, e-mail first. */
export function channelLinks(person) {
  return [
    ...(person.emails ?? []).map((value) => ({ kind: "email", value, href: `mailto:${value}` })),
    ...(person.phones ?? []).map((value) => ({ kind: "phone", value, href: `tel:${value.replace(/[^\d+]/g, "")}` })),
    ...(person.urls ?? []).map((value) => ({ kind: isLinkedIn(value) ? "linkedin" : "url", value, href: value })),
  ];
}

function isLinkedIn(address) {
  try {
    const host = new URL(address).hostname.toLowerCase();
    return host === "linkedin.com" || host.endsWith(".linkedin.com");
  } catch {
    return false;
  }
}

/** Addresses typed into one field: separated by commas, semicolons or new lines. */
export function splitAddresses(text) {
  return text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
}
