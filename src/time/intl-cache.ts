// The one cache of Intl objects for the whole project (modelled on github/relative-time-element's
// intl-cache.ts). Making a formatter costs far more than using it (the first one loads the
// browser's locale data); they are immutable, so one per constructor, locales and options is shared
// by every part and every element on the page.

import {englishDateFormat} from './english.js';

type Locales = string | string[] | undefined;
type IntlConstructor<T, O> = new (locales?: Locales, options?: O) => T;

const made = new Map<string, unknown>();

/**
 * The one `new Make(locales, options)` for these arguments, or what `instead` makes of them. Throws
 * what the constructor throws.
 */
function cached<T, O>(Make: IntlConstructor<T, O>, locales: Locales, options?: O, instead?: (real: () => T) => T | undefined): T {
  // Options are object literals written in a fixed key order, so their JSON is a stable key.
  const key = `${Make.name} ${locales} ${JSON.stringify(options)}`;
  let value = made.get(key) as T | undefined;
  if (!value) {
    // Locales come from attributes a page may change at will: keep the cache from growing without end.
    if (made.size > 500) made.clear();
    const real = () => new Make(locales, options);
    made.set(key, (value = instead?.(real) ?? real()));
  }
  return value;
}

/** English dates come from english.ts, without loading the browser's locale data. */
export const dateTimeFormat = (locales: Locales, options?: Intl.DateTimeFormatOptions) =>
  cached(Intl.DateTimeFormat, locales, options, (real) => englishDateFormat(locales, options, real));

export const numberFormat = (locales: Locales, options?: Intl.NumberFormatOptions) => cached(Intl.NumberFormat, locales, options);

/** Check that `Intl.Segmenter` exists before asking (Firefox before 125 has none). */
export const segmenter = (locales: Locales, options?: Intl.SegmenterOptions) => cached(Intl.Segmenter, locales, options);
