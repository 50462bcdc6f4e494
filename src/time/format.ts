/**
 * Display of EDTF dates at the precision the data supports, in a BCP 47 locale.
 * Intl does the wording; everything is formatted in UTC, like the parser computes it.
 * Years up to 0 (1 BCE) carry their era ("44 BC", "44 v. Chr."), so that year 0000 never reads as 1.
 */
import {fitsDate, utc} from './calendar.js';
import {dateTimeFormat, numberFormat} from './intl-cache.js';
import type {EdtfDate, EdtfPoint} from './types.js';
import {WORDS, fill, type DateWords} from './words.js';

/** `long`: `Friday, March 17, 2023`; `short`: `Mar 17, 2023` (whatever Intl gives in the locale). */
export type DateStyle = 'long' | 'short';

/** The precisions Intl writes by itself. */
type IntlPrecision = 'year' | 'month' | 'day' | 'second';

const TIME: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'};

const OPTIONS: Record<DateStyle, Record<IntlPrecision, Intl.DateTimeFormatOptions>> = {
  long: {
    year: {year: 'numeric'},
    month: {year: 'numeric', month: 'long'},
    day: {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric'},
    second: {weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', ...TIME},
  },
  short: {
    year: {year: 'numeric'},
    month: {year: 'numeric', month: 'short'},
    day: {day: 'numeric', month: 'short', year: 'numeric'},
    second: {day: 'numeric', month: 'short', year: 'numeric', ...TIME},
  },
};

/** What changes a formatter beyond locale, style and precision. */
interface Variant {
  /** Write the era: the date is in year 0 (1 BCE) or before, or an interval reaches back there. */
  era?: boolean;
  /** A date-time without a zone: written without a zone name. */
  local?: boolean;
}

const canonicalTags = new Map<string, string>();
const wordsByLocale = new Map<string, DateWords>();

/**
 * The canonical form of a BCP 47 tag (`en-gb` -> `en-GB`, `de_DE` -> `de-DE`), or `en` when the
 * tag is missing or invalid. Never throws.
 */
export function normalizeLocale(tag: string | undefined): string {
  if (!tag) return 'en';
  let canonical = canonicalTags.get(tag);
  if (canonical === undefined) {
    try {
      canonical = Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0] ?? 'en';
    } catch {
      canonical = 'en';
    }
    canonicalTags.set(tag, canonical);
  }
  return canonical;
}

/**
 * Formats an EDTF date at its own precision: `2018`, `February 2022`, `Friday, March 17, 2023`,
 * `Friday, March 17, 2023 at 10:30 UTC`, `summer 2022`, `2010s`, `44 BC`; intervals as a range
 * (`March 20 – 22, 2023`), open ones as `since 2014` or `until 1991`, unknown ends as
 * `start unknown – 1985`; `~` as "about …", `?` as "…?". An invalid locale falls back to English.
 */
export function formatEdtf(date: EdtfDate, locale: string, style: DateStyle = 'long'): string {
  const tag = normalizeLocale(locale);
  const {from, to} = date;
  if (date.openStart || date.openEnd) return formatOpen(date, tag, style);
  if (!date.isInterval) return formatEdtfPoint(from, tag, style);
  // formatRange shares the common parts ("March 20 – 22, 2023") but cannot qualify one side alone.
  if (from.precision === to.precision && plain(from) && plain(to) && !from.localTime === !to.localTime) {
    const era = yearOf(from) <= 0;
    return formatter(tag, style, from.precision as IntlPrecision, {era, local: from.localTime}).formatRange(from.start, to.start);
  }
  return `${formatEdtfPoint(from, tag, style)} – ${formatEdtfPoint(to, tag, style)}`;
}

/** Formats one end of an EDTF date (see {@link formatEdtf}), with its qualifiers. */
export function formatEdtfPoint(point: EdtfPoint, locale: string, style: DateStyle = 'long'): string {
  const tag = normalizeLocale(locale);
  const words = dateWords(tag);
  let text = formatBare(point, tag, style, words);
  if (point.approximate) {
    text = fill((point.precision === 'year' && words.approximateYear) || words.approximate, {date: text});
  }
  if (point.uncertain) text = fill(words.uncertain, {date: text});
  return text;
}

/**
 * A year on its own in a locale: `2018`, `2018年`, `44 BC`, `1 BC` for year 0, `20,001 BC` for
 * `Y-20000`; years a `Date` cannot hold (`Y170000002`) are written with the locale's digits and era too.
 */
export function formatYear(year: number, locale: string): string {
  const tag = normalizeLocale(locale);
  const era = year <= 0;
  const f = formatter(tag, 'long', 'year', {era});
  // Four-digit years read as Intl writes them; longer ones get the locale's digit grouping.
  if (Math.abs(year) < 10_000) return f.format(utc(year, 0, 1));
  const shown = numberFormat([tag, 'en']).format(era ? 1 - year : year);
  return f
    .formatToParts(utc(era ? -99 : 2000, 0, 1))
    .map((part) => (part.type === 'year' ? shown : part.value))
    .join('');
}

/**
 * A value for `<time datetime>` at the data's precision: `2018`, `2022-02`, `2023-03-17`,
 * `2023-03-17T10:30:00Z` (a date-time without a zone stays without one). For an interval, the value
 * of its start. An empty string where HTML has no form for the date: a season, a decade, a century,
 * a year before 1 or after 9999.
 */
export function isoDateTimeAttribute(date: EdtfDate): string {
  const {start, precision, localTime} = date.from;
  if (!fitsDate(start)) return '';
  const iso = new Date(start).toISOString();
  if (!/^\d{4}-/.test(iso) || iso.startsWith('0000')) return '';
  switch (precision) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    case 'second':
      return localTime ? iso.slice(0, 19) : `${iso.slice(0, 19)}Z`;
    default:
      return '';
  }
}

/** The point without its qualifiers. */
function formatBare(point: EdtfPoint, tag: string, style: DateStyle, words: DateWords): string {
  const year = yearOf(point);
  switch (point.precision) {
    case 'decade':
      // A decade word needs a year of its own: before year 1 the years are listed.
      if (year > 0) return fill(words.decade, {year: String(year)});
      return yearRange(year, year + 9, tag);
    case 'century':
      return yearRange(year, year + 99, tag);
    case 'season': {
      const lastYear = yearOf({...point, year: undefined, start: point.end - 1});
      const years = lastYear === year ? formatYear(year, tag) : yearRange(year, lastYear, tag);
      return fill(words.season, {season: words.seasons[seasonIndex(point)], year: years});
    }
  }
  const text =
    point.precision === 'year' || !fitsDate(point.start)
      ? formatYear(year, tag)
      : formatter(tag, style, point.precision, {era: year <= 0, local: point.localTime}).format(point.start);
  switch (point.unspecified) {
    case 'month':
      return fill(words.unknownMonth, {date: text});
    case 'day':
      return fill(words.unknownDay, {date: text});
    case 'month-and-day':
      return fill(words.unknownMonthAndDay, {date: text});
    default:
      return text;
  }
}

/** `since 2014`, `until 1991`, `start unknown – 1985`, `April 1985 – end unknown`. */
function formatOpen(date: EdtfDate, tag: string, style: DateStyle): string {
  const words = dateWords(tag);
  const known = formatEdtfPoint(date.from, tag, style);
  if (date.openEnd) return fill(date.openEnd === 'open' ? words.since : words.endUnknown, {date: known});
  if (date.openStart === 'unknown') return fill(words.startUnknown, {date: known});
  const coarse = !['day', 'second'].includes(date.from.precision);
  return fill((coarse && words.untilCoarse) || words.until, {date: known});
}

/** `2010 – 2019`, `2022–2023 гг.`, `44 BC – 14 AD` as the locale writes a range of years. */
function yearRange(first: number, last: number, tag: string): string {
  const [a, b] = [utc(first, 0, 1), utc(last, 0, 1)];
  if (!fitsDate(a) || !fitsDate(b)) return `${formatYear(first, tag)} – ${formatYear(last, tag)}`;
  return formatter(tag, 'long', 'year', {era: first <= 0}).formatRange(a, b);
}

/** The year a point is in (as written when the parser kept it). */
function yearOf(point: EdtfPoint): number {
  if (point.year !== undefined) return point.year;
  return fitsDate(point.start) ? new Date(point.start).getUTCFullYear() : Math.round(point.start / 31_556_952_000) + 1970;
}

function seasonIndex(point: EdtfPoint): 0 | 1 | 2 | 3 {
  return (['spring', 'summer', 'autumn', 'winter'] as const).indexOf(point.season ?? 'spring') as 0 | 1 | 2 | 3;
}

/** Intl can write it in one go: no words of ours inside, and a date a `Date` can hold. */
function plain(point: EdtfPoint): boolean {
  return (
    !point.approximate &&
    !point.uncertain &&
    !point.unspecified &&
    ['year', 'month', 'day', 'second'].includes(point.precision) &&
    fitsDate(point.start)
  );
}

function formatter(
  locale: string,
  style: DateStyle,
  precision: IntlPrecision,
  {era = false, local = false}: Variant = {},
): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = {...OPTIONS[style][precision], timeZone: 'UTC'};
  if (era) options.era = 'short';
  if (local) delete options.timeZoneName;
  // 'en' second, so that a well-formed tag Intl has no data for reads in English, not the host's language.
  return dateTimeFormat([locale, 'en'], options);
}

function dateWords(locale: string): DateWords {
  let words = wordsByLocale.get(locale);
  if (!words) {
    // maximize() loads ICU's likely-subtags data: the first call cost ~100 ms on a 4× throttled
    // page load (bench/profile-startup.mjs). Only a language with words per script (zh) needs it.
    const parsed = new Intl.Locale(locale);
    const {language} = parsed;
    const script = SCRIPTED.has(language) ? parsed.maximize().script : undefined;
    words = (script && WORDS[`${language}-${script}`]) || WORDS[language] || WORDS.en!;
    wordsByLocale.set(locale, words);
  }
  return words;
}

/** Languages whose words differ by script (`zh-Hant`), for which the script must be worked out. */
const SCRIPTED = new Set(Object.keys(WORDS).flatMap((key) => (key.includes('-') ? [key.split('-')[0]!] : [])));
