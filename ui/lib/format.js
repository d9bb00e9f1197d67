// Numbers and dates in the reader's language. Pure functions, so they can be
// tested under Node without a window.

const LOCALES = { en: "en-GB", nl: "nl-NL" };

function locale(lang) {
  return LOCALES[lang] ?? LOCALES.en;
}

const formatters = new Map();

/**
 * One date formatter per language and set of options, made once: creating
 * an Intl formatter costs far more than using one.
 */
function dateFormatter(lang, options) {
  const key = `${locale(lang)}|${JSON.stringify(options)}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.DateTimeFormat(locale(lang), options));
  return formatters.get(key);
}

// Numbers are written here rather than by Intl.NumberFormat: the first Intl
// formatter a page makes loads ICU's locale data, about 10 ms before the first
// screen (measured in November 2026; the runs are in the history of
// docs/performance.md), and both languages write numbers simply. The
// tests hold these to what Intl writes, but for "-0", written here as "0".
const NUMBER_MARKS = { en: { group: ",", decimal: "." }, nl: { group: ".", decimal: "," } };

/**
 * `value` times 10 to the `places`, moved on its shortest decimal form (so
 * 0.145 gives 14.5, where multiplying gives 14.499999999999998).
 */
function shiftDecimal(value, places) {
  const shifted = Number(`${value}e${places}`);
  return Number.isFinite(shifted) ? shifted : value * 10 ** places;
}

/**
 * `|value|` with `decimals` places, rounded half away from zero on its
 * shortest decimal form as Intl rounds (2.675 gives 2.68, where toFixed
 * alone, rounding the binary fraction, gives 2.67).
 */
function roundedAbs(value, decimals) {
  const rounded = Math.round(shiftDecimal(Math.abs(value), decimals));
  return shiftDecimal(rounded, -decimals).toFixed(decimals);
}

/**
 * `value` rounded to at most `decimals` places, its thousands grouped:
 * "6,631" and "1,234.5" in English, "6.631" and "1.234,5" in Dutch.
 */
export function formatNumber(value, lang, decimals = 0) {
  const marks = NUMBER_MARKS[lang] ?? NUMBER_MARKS.en;
  const [whole, fraction = ""] = roundedAbs(value, decimals).split(".");
  const digits = fraction.replace(/0+$/, "");
  const sign = value < 0 && /[1-9]/.test(whole + digits) ? "-" : "";
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, marks.group);
  return sign + grouped + (digits ? marks.decimal + digits : "");
}

/**
 * A number as a field holds it for typing: the language's decimal mark,
 * no thousands marks ("0,5" in Dutch). WebKit writes a number field's value
 * the English way whatever the page's language, so the fields that take
 * fractions are text fields, written and read here.
 */
export function formatForField(value, lang) {
  const marks = NUMBER_MARKS[lang] ?? NUMBER_MARKS.en;
  return String(value).replace(".", marks.decimal);
}

/**
 * A number typed in either language's way, "0,5" or "0.5" (no thousands
 * marks): null when nothing is typed, NaN when it is not a number.
 */
export function parseTyped(text) {
  const typed = text.trim();
  if (typed === "") return null;
  return /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/.test(typed) ? Number(typed.replace(",", ".")) : Number.NaN;
}

/**
 * A time of day typed as hours and minutes, "7:30", "07.30" or "0730", as
 * stored: "07:30". Anything else is returned as typed, for the core to refuse.
 */
export function parseTime(text) {
  const typed = text.trim();
  const parts = /^(\d{1,2})[:.h]?(\d{2})$/.exec(typed);
  if (!parts) return typed;
  const [hours, minutes] = [Number(parts[1]), Number(parts[2])];
  if (hours > 23 || minutes > 59) return typed;
  return `${String(hours).padStart(2, "0")}:${parts[2]}`;
}

/** A credit amount with at most two decimals, e.g. "4.5" or "4,5". */
export function formatCredits(value, lang) {
  return formatNumber(value, lang, 2);
}

/** A share between 0 and 1 as a whole percentage, e.g. "45%"; 0.145 gives "15%" as in Intl. */
export function formatPercent(share, lang) {
  return `${formatNumber(shiftDecimal(share, 2), lang)}%`;
}

/**
 * A small share that still says something: a tenth of a percent below 10%
 * ("0.4%"), "<0.1%" below that, whole percentages above ("45%").
 */
export function formatShare(share, lang) {
  if (share >= 0.1) return formatPercent(share, lang);
  if (share > 0 && share < 0.0005) return `<${formatNumber(0.1, lang, 1)}%`;
  return `${formatNumber(shiftDecimal(share, 2), lang, 1)}%`;
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
  return dateFormatter(lang, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }).format(date);
}

/** A stored birthday as the reader writes dates: "17 May 1984", or "17 May" for `--05-17`. */
export function formatBirthday(stored, lang) {
  const known = !stored.startsWith("--");
  const [year, month, day] = (known ? stored : `2000${stored.slice(1)}`).split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  const parts = known ? { year: "numeric" } : {};
  return dateFormatter(lang, { day: "numeric", month: "long", timeZone: "UTC", ...parts }).format(date);
}

/** A moment stored in UTC (YYYY-MM-DDTHH:MM:SSZ) as local date and time, e.g. "23 Nov 2026, 11:36". */
export function formatMoment(iso, lang) {
  return dateFormatter(lang, { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
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
