/**
 * Display of EDTF dates at the precision the data supports, in a BCP 47 locale.
 * Intl does the wording; everything is formatted in UTC, like the parser computes it.
 */
import type {EdtfDate, EdtfPoint, Precision} from './types.js';

/** `long`: `Friday, March 17, 2023`; `short`: `Mar 17, 2023` (whatever Intl gives in the locale). */
export type DateStyle = 'long' | 'short';

const TIME: Intl.DateTimeFormatOptions = {hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short'};

const OPTIONS: Record<DateStyle, Record<Precision, Intl.DateTimeFormatOptions>> = {
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

/** How a language words a qualified date; `{date}` stands for the formatted date. */
interface QualifierWords {
  approximate: string;
  /** Used instead of `approximate` for a year, where the language words it differently. */
  approximateYear?: string;
  uncertain: string;
}

// Keyed by language, or language-script where the script changes the word (約 vs 约).
const WORDS: Record<string, QualifierWords> = {
  en: {approximate: 'about {date}', uncertain: '{date}?'},
  de: {approximate: 'etwa {date}', approximateYear: 'um {date}', uncertain: '{date}?'},
  // French sets a narrow no-break space before "?".
  fr: {approximate: 'vers {date}', uncertain: '{date}\u202f?'},
  // "около" wants the genitive, which Intl's "2018 г." reads as; month names come in the nominative.
  ru: {approximate: 'примерно {date}', approximateYear: 'около {date}', uncertain: '{date}?'},
  uk: {approximate: 'приблизно {date}', approximateYear: 'близько {date}', uncertain: '{date}?'},
  // Intl already writes "2018年", so the template adds only the prefix.
  zh: {approximate: '约{date}', uncertain: '{date}？'},
  'zh-Hant': {approximate: '約{date}', uncertain: '{date}？'},
};

const formatters = new Map<string, Intl.DateTimeFormat>();
const canonicalTags = new Map<string, string>();
const wordsByLocale = new Map<string, QualifierWords>();

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
 * `Friday, March 17, 2023 at 10:30 UTC`; intervals as a range (`March 20 – 22, 2023`);
 * `~` as "about …", `?` as "…?". An invalid locale falls back to English.
 */
export function formatEdtf(date: EdtfDate, locale: string, style: DateStyle = 'long'): string {
  const tag = normalizeLocale(locale);
  const {from, to} = date;
  if (!date.isInterval) return formatEdtfPoint(from, tag, style);
  // formatRange shares the common parts ("March 20 – 22, 2023") but cannot qualify one side alone.
  if (from.precision === to.precision && !isQualified(from) && !isQualified(to)) {
    return formatter(tag, style, from.precision).formatRange(from.start, to.start);
  }
  return `${formatEdtfPoint(from, tag, style)} – ${formatEdtfPoint(to, tag, style)}`;
}

/** Formats one end of an EDTF date (see {@link formatEdtf}), with its qualifiers. */
export function formatEdtfPoint(point: EdtfPoint, locale: string, style: DateStyle = 'long'): string {
  const tag = normalizeLocale(locale);
  let text = formatter(tag, style, point.precision).format(point.start);
  if (!isQualified(point)) return text;
  const words = qualifierWords(tag);
  if (point.approximate) {
    text = fill((point.precision === 'year' && words.approximateYear) || words.approximate, text);
  }
  if (point.uncertain) text = fill(words.uncertain, text);
  return text;
}

/**
 * A value for `<time datetime>` at the data's precision: `2018`, `2022-02`, `2023-03-17`,
 * `2023-03-17T10:30:00Z`. For an interval, the value of its start.
 */
export function isoDateTimeAttribute(date: EdtfDate): string {
  const {start, precision} = date.from;
  const iso = new Date(start).toISOString();
  switch (precision) {
    case 'year':
      return iso.slice(0, 4);
    case 'month':
      return iso.slice(0, 7);
    case 'day':
      return iso.slice(0, 10);
    case 'second':
      return `${iso.slice(0, 19)}Z`;
  }
}

function formatter(locale: string, style: DateStyle, precision: Precision): Intl.DateTimeFormat {
  const key = `${locale} ${style} ${precision}`;
  let cached = formatters.get(key);
  if (!cached) {
    // 'en' second, so that a well-formed tag Intl has no data for reads in English, not the host's language.
    cached = new Intl.DateTimeFormat([locale, 'en'], {...OPTIONS[style][precision], timeZone: 'UTC'});
    formatters.set(key, cached);
  }
  return cached;
}

function qualifierWords(locale: string): QualifierWords {
  let words = wordsByLocale.get(locale);
  if (!words) {
    const {language, script} = new Intl.Locale(locale).maximize();
    words = WORDS[`${language}-${script}`] ?? WORDS[language] ?? WORDS.en;
    wordsByLocale.set(locale, words);
  }
  return words;
}

function isQualified(point: EdtfPoint): boolean {
  return point.approximate || point.uncertain;
}

function fill(template: string, date: string): string {
  return template.replace('{date}', () => date);
}
