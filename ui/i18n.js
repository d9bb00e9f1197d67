// The words of the window in English and Dutch. Every key exists in both
// languages (a unit test checks this); `{name}` marks a value filled in later.

export const MESSAGES = {
  en: {
    tagline: "Keep the give and take with the people you work with in balance.",
    "people.title": "People",
    "people.add": "Add person",
    "people.name": "Name",
    "people.namePlaceholder": "e.g. Sanne de Vries",
    "people.none": "No people yet.",
    "people.count": "{count} people",
    "empty.title": "Welcome to Balans",
    "empty.body":
      "Balans keeps track of what you give to and receive from the people you do business with, so you see per person whether the relationship is in balance. Your data stays in one file on this computer.",
    "empty.start": "Add the first person you work with on the left to begin.",
    "empty.choose": "Choose a person on the left to see your balance with them.",
    "person.balance": "Balance",
    "person.given": "You gave",
    "person.received": "You received",
    "person.explainPositive": "You have built credit with {name}.",
    "person.explainNegative": "You owe {name}.",
    "person.explainEven": "You and {name} are even.",
    "person.timeline": "Exchanges",
    "person.noExchanges": "Nothing recorded with {name} yet.",
    "exchange.title": "Record an exchange",
    "exchange.direction": "Who gave?",
    "exchange.gave": "I gave",
    "exchange.received": "I received",
    "exchange.kind": "Kind",
    "exchange.value": "Value (credits)",
    "exchange.date": "Date",
    "exchange.note": "Note",
    "exchange.notePlaceholder": "What happened, in a few words",
    "exchange.save": "Record",
    "exchange.saved": "Recorded.",
    "exchange.gaveTo": "You gave",
    "exchange.receivedFrom": "You received",
    "kind.advice": "Advice",
    "kind.introduction": "Introduction",
    "kind.referral": "Referral",
    "kind.favour": "Favour",
    "kind.gift": "Gift",
    "kind.recognition": "Recognition",
    "kind.information": "Information",
    "kind.business": "Business",
    "kind.hospitality": "Hospitality",
    "problem.title": "Balans cannot open your data",
    "problem.folder": "Data folder: {dir}",
    "error.generic": "Something went wrong: {message}",
    "footer.data": "Your data: {dir}",
  },
  nl: {
    tagline: "Houd het geven en nemen met de mensen met wie je werkt in balans.",
    "people.title": "Mensen",
    "people.add": "Persoon toevoegen",
    "people.name": "Naam",
    "people.namePlaceholder": "bijv. Sanne de Vries",
    "people.none": "Nog geen mensen.",
    "people.count": "{count} mensen",
    "empty.title": "Welkom bij Balans",
    "empty.body":
      "Balans houdt bij wat je geeft aan en krijgt van de mensen met wie je zaken doet, zodat je per persoon ziet of de relatie in balans is. Je gegevens blijven in één bestand op deze computer.",
    "empty.start": "Voeg links de eerste persoon toe met wie je werkt om te beginnen.",
    "empty.choose": "Kies links een persoon om je saldo met die persoon te zien.",
    "person.balance": "Saldo",
    "person.given": "Jij gaf",
    "person.received": "Jij kreeg",
    "person.explainPositive": "Je hebt krediet opgebouwd bij {name}.",
    "person.explainNegative": "Je staat bij {name} in het krijt.",
    "person.explainEven": "Jij en {name} staan quitte.",
    "person.timeline": "Uitwisselingen",
    "person.noExchanges": "Nog niets vastgelegd met {name}.",
    "exchange.title": "Uitwisseling vastleggen",
    "exchange.direction": "Wie gaf?",
    "exchange.gave": "Ik gaf",
    "exchange.received": "Ik kreeg",
    "exchange.kind": "Soort",
    "exchange.value": "Waarde (credits)",
    "exchange.date": "Datum",
    "exchange.note": "Notitie",
    "exchange.notePlaceholder": "Wat er gebeurde, in een paar woorden",
    "exchange.save": "Vastleggen",
    "exchange.saved": "Vastgelegd.",
    "exchange.gaveTo": "Jij gaf",
    "exchange.receivedFrom": "Jij kreeg",
    "kind.advice": "Advies",
    "kind.introduction": "Introductie",
    "kind.referral": "Doorverwijzing",
    "kind.favour": "Gunst",
    "kind.gift": "Cadeau",
    "kind.recognition": "Erkenning",
    "kind.information": "Informatie",
    "kind.business": "Opdracht",
    "kind.hospitality": "Gastvrijheid",
    "problem.title": "Balans kan je gegevens niet openen",
    "problem.folder": "Gegevensmap: {dir}",
    "error.generic": "Er ging iets mis: {message}",
    "footer.data": "Je gegevens: {dir}",
  },
};

export const LANGUAGES = Object.keys(MESSAGES);

let current = "en";

/** "nl" for any Dutch locale (nl, nl-NL, nl-BE), otherwise "en". */
export function detectLanguage(localeTag) {
  return String(localeTag ?? "").toLowerCase().startsWith("nl") ? "nl" : "en";
}

export function setLanguage(lang) {
  current = MESSAGES[lang] ? lang : "en";
  return current;
}

export function language() {
  return current;
}

/** The text for `key` in the current language, with `{name}` filled from `vars`. */
export function t(key, vars = {}) {
  const template = MESSAGES[current][key] ?? MESSAGES.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name) =>
    name in vars ? String(vars[name]) : whole,
  );
}

/** A kind's display name; kinds the user added are shown as they were named. */
export function kindLabel(kind) {
  const key = `kind.${kind}`;
  return key in MESSAGES[current] ? t(key) : kind;
}
