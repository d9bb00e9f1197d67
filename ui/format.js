// Numbers and dates in the reader's language. Pure functions, so they can be
// tested under Node without a window.

const LOCALES = { en: "en-GB", nl: "nl-NL" };

function locale(lang) {
  return LOCALES[lang] ?? LOCALES.en;
}

const formatters = new Map();

/**
 * One formatter per language and kind, made once: creating an Intl formatter
 * costs far more than using one, and a dashboard formats hundreds of numbers.
 */
function formatter(Kind, lang, options) {
  const key = `${Kind.name}|${locale(lang)}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Kind(locale(lang), options));
  return formatters.get(key);
}

/** A credit amount with at most two decimals, e.g. "4.5" or "4,5". */
export function formatCredits(value, lang) {
  return formatter(Intl.NumberFormat, lang, { maximumFractionDigits: 2 }).format(value);
}

/** A balance with its sign shown, e.g. "+4.5", "−2", "0". */
export function formatBalance(value, lang) {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return formatCredits(0, lang);
  const digits = formatCredits(Math.abs(rounded), lang);
  return rounded > 0 ? `+${digits}` : `\u2212${digits}`;
}

/** "positive", "negative" or "even": how a balance should be coloured. */
export function balanceTone(value) {
  const rounded = Math.round(value * 100) / 100;
  if (rounded > 0) return "positive";
  if (rounded < 0) return "negative";
  return "even";
}

/** A stored YYYY-MM-DD date as the reader writes dates, e.g. "2 Nov 2026". */
export function formatDate(iso, lang) {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return formatter(Intl.DateTimeFormat, lang, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** A moment stored in UTC (YYYY-MM-DDTHH:MM:SSZ) as local date and time, e.g. "23 Nov 2026, 11:36". */
export function formatMoment(iso, lang) {
  return formatter(Intl.DateTimeFormat, lang, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** Today's local date as YYYY-MM-DD, for date inputs. */
export function todayIso(now = new Date()) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The local date `days` after today, as YYYY-MM-DD. */
export function inDays(days, now = new Date()) {
  const date = new Date(now);
  date.setDate(date.getDate() + days);
  return todayIso(date);
}
