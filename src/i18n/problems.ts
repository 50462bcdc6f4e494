import {formatProblem} from '../document/model.js';
import {EDTF_FORMATS} from '../time/edtf-error.js';
import {numberFormat} from '../time/intl-cache.js';
import {problemLabel} from '../document/schema.js';
import type {ProblemCode, ProblemFound, ProblemParams, TimelineProblem} from '../document/types.js';

/**
 * One short sentence per problem code, in one language. Every code must be there (a missing one
 * does not compile); {@link problemMessages} makes them from a language's {@link ProblemPhrases}.
 * The full explanation stays in the English `message` for developers: these name what is wrong and
 * show the data.
 */
export type ProblemMessages = {[C in ProblemCode]: (params: ProblemParams[C]) => string};

export {EDTF_FORMATS};

/** `15 s`, `250 ms`, in the reader's locale. */
export function formatDuration(locale: string, ms: number): string {
  const [value, unit] = ms >= 1000 ? [Math.round(ms / 100) / 10, 'second'] : [ms, 'millisecond'];
  return numberFormat(locale, {style: 'unit', unit, unitDisplay: 'short'}).format(value);
}

/** A language's quotation marks around a string (`„x“`, `«x»`). */
export type Quote = (s: string) => string;

/**
 * What was found, written as the JSON has it, so no language needs words for it: a string in the
 * language's quotes, a number, boolean or `null` bare, `[…]` for an array, `{…}` for an object.
 */
export function shownValue(quote: Quote, found: ProblemFound, value: string | number | undefined): string {
  if (found === 'string' || found === 'empty-string') return quote(String(value ?? ''));
  return found === 'array' ? '[…]' : found === 'object' ? '{…}' : found === 'nothing' ? '—' : String(value ?? found);
}

/**
 * The dozen phrases a language writes; {@link problemMessages} says every problem code with them.
 * Each gets the data already written out (quoted, numbers in the reader's locale), to place in its sentence.
 */
export interface ProblemPhrases {
  /** `wrong-type`, `invalid-value`: the value found, as {@link shownValue} writes it. */
  badValue: (value: string) => string;
  /** `missing-field` (the field's name), `needs-text` (`text | textUrl`). */
  missing: (field: string) => string;
  /** `too-long`, `text-too-long`, `too-many-events`, `too-many-tags`: the limit and the count (the place says of what). */
  atMost: (max: string, found: string) => string;
  /** `duplicate-id`: the quoted id and the index of the event that has it first. */
  duplicate: (id: string, first: number) => string;
  /** `invalid-date`: the date as written; the EDTF formats follow in brackets. */
  badDate: (date: string) => string;
  /** `quote-not-found`, `date-text-not-found`: the quoted phrase. */
  notInText: (phrase: string) => string;
  /** `text-not-loaded`: the article text's URL. */
  notLoaded: (url: string) => string;
  /** `invalid-url`. */
  badUrl: (url: string) => string;
  /** `timeout`, `network`, `http-status`, `read-failed`: the URL and why (`HTTP 404 Not Found`, the browser's words, {@link noAnswer}). */
  notFetched: (url: string, why: string) => string;
  /** `timeout`'s why: the time waited (`15 s`). */
  noAnswer: (duration: string) => string;
  /** `html-not-json`, `html-not-text`: an HTML page came from the URL. */
  html: (url: string) => string;
  /** `not-json` (after its URL), `script-not-json`: the parser's words. */
  badJson: (detail: string) => string;
}

/**
 * Every problem code's sentence in one language, made from its {@link ProblemPhrases}: codes that
 * say the same thing share a phrase, so each language writes a dozen short phrases, not a sentence
 * per code (every reader downloads every language; issue #5). The data stay verbatim.
 *
 * @param locale The language's tag, for numbers and durations.
 * @param quote The language's quotation marks.
 * @param separator Between a URL and what is wrong with it, as between place and sentence in {@link localizedProblem}.
 */
export function problemMessages(locale: string, quote: Quote, w: ProblemPhrases, separator = ': '): ProblemMessages {
  const num = (n: number) => numberFormat(locale).format(n);
  const value = (p: {found: ProblemFound; value?: string | number}) => w.badValue(shownValue(quote, p.found, p.value));
  const atMost = (p: {max: number; found: number}) => w.atMost(num(p.max), num(p.found));
  const notInText = (p: {value: string}) => w.notInText(quote(p.value));
  const html = (p: {url: string}) => w.html(p.url);
  return {
    'wrong-type': value,
    'invalid-value': value,
    'missing-field': (p) => w.missing(p.field),
    'too-long': atMost,
    'text-too-long': atMost,
    'too-many-events': atMost,
    'too-many-tags': atMost,
    'needs-text': () => w.missing('text | textUrl'),
    'duplicate-id': (p) => w.duplicate(quote(p.id), p.first),
    // A date that is not a string (`2023`) is shown bare, as the JSON has it.
    'invalid-date': (p) => `${w.badDate(p.reason === 'not-string' ? p.value : quote(p.value))} (${EDTF_FORMATS})`,
    'quote-not-found': notInText,
    'date-text-not-found': notInText,
    'text-not-loaded': (p) => w.notLoaded(p.url),
    'invalid-url': (p) => w.badUrl(p.url),
    timeout: (p) => w.notFetched(p.url, w.noAnswer(formatDuration(locale, p.ms))),
    network: (p) => w.notFetched(p.url, p.detail),
    'http-status': (p) => w.notFetched(p.url, `HTTP ${p.status} ${p.statusText}`.trim()),
    'read-failed': (p) => w.notFetched(p.url, p.detail),
    'html-not-json': html,
    'html-not-text': html,
    'not-json': (p) => p.url + separator + w.badJson(p.detail),
    'script-not-json': (p) => w.badJson(p.detail),
  };
}

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
