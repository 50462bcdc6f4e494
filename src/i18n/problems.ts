import {formatProblem} from '../document/model.js';
import {problemLabel} from '../document/schema.js';
import type {ProblemCode, ProblemExpectation, ProblemFound, ProblemParams, TimelineProblem} from '../document/types.js';
import type {EdtfErrorCode, EdtfErrorParams} from '../time/edtf.js';

/** One sentence per problem code: what a language file writes to say problems in that language. */
export type ProblemMessages = {[C in ProblemCode]: (params: ProblemParams[C]) => string};

/** One sentence per reason a date does not parse; `value` is the date as written. */
export type DateReasons = {[R in EdtfErrorCode]: (params: EdtfErrorParams & {value: string}) => string};

/** The phrase for each thing a field expects (`a non-empty title`…). */
export type Expectations = Record<ProblemExpectation, string>;

/** The date formats EDTF accepts here: notation, the same in every language. */
export const EDTF_FORMATS = 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDThh:mm:ss, a/b';

/** `5` → `05`, as months, days and times are written in a date. */
export const pad2 = (n: number | undefined): string => String(n ?? '').padStart(2, '0');

/** A number in the reader's locale (`10.000` in German). */
export const formatNumber = (locale: string, n: number): string => n.toLocaleString(locale);

/** `15 s`, `250 ms`, in the reader's locale. */
export function formatDuration(locale: string, ms: number): string {
  const [value, unit] = ms >= 1000 ? [Math.round(ms / 100) / 10, 'second'] : [ms, 'millisecond'];
  return new Intl.NumberFormat(locale, {style: 'unit', unit, unitDisplay: 'short'}).format(value);
}

/** `März 2023`: the month (1–12) of a year, in the reader's locale. */
export function formatMonth(locale: string, month: number | undefined, year: number | undefined): string {
  const date = new Date(0);
  // setUTCFullYear keeps years 0–99 as written (Date.UTC would make them 1900–1999).
  date.setUTCFullYear(year ?? 2000, (month ?? 1) - 1, 1);
  return new Intl.DateTimeFormat(locale, {month: 'long', year: 'numeric', timeZone: 'UTC'}).format(date);
}

/** What was found (`found` and `value` params) said in a language. */
export type FoundText = (found: ProblemFound, value: string | number | undefined) => string;

/**
 * Makes a language's `UiStrings.problem`: the problem's place, verbatim (it names the JSON), then
 * its sentence in that language. A problem without a known code, or whose sentence cannot be
 * built, is shown as {@link formatProblem} shows it, in English.
 *
 * @param messages The language's sentence for every code.
 * @param separator Between place and sentence (`: `, ` : ` in French, `：` in Chinese).
 */
export function localizedProblem(messages: ProblemMessages, separator = ': '): (p: TimelineProblem) => string {
  return (p) => {
    const code = p.code as ProblemCode | undefined;
    if (code === undefined || !p.params || !Object.hasOwn(messages, code)) return formatProblem(p);
    try {
      const sentence = (messages[code] as (params: unknown) => string)(p.params);
      return `${problemLabel(p)}${separator}${sentence}`;
    } catch {
      return formatProblem(p);
    }
  };
}
