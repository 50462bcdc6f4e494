import type {EdtfErrorCode, EdtfErrorParams} from '../time/edtf.js';
import type {EdtfDate} from '../time/types.js';

/** The article a timeline document is drawn from. Field names are public format. */
export interface TimelineSource {
  title: string;
  publisher?: string;
  /** Publication day (`2023-03-20`), or the instant as an ISO date-time (`2023-03-20T09:00:00.000Z`). Relative phrases in the text are resolved against it. */
  published?: string;
  /** The original article on the web. */
  url?: string;
  /** The article as plain text, relative to the document's URL. One of `textUrl` or `text` is required. */
  textUrl?: string;
  /** The article as plain text, inline. */
  text?: string;
  /**
   * Whose seasons the events' `-21`…`-24` dates name: `northern` (default; summer is June–August) or
   * `southern` (summer is December–February), for an article written south of the equator.
   */
  hemisphere?: 'northern' | 'southern';
}

/** One dated event as written in a timeline document. */
export interface TimelineEventInput {
  id: string;
  /**
   * EDTF level 1 or an ISO date-time: `2018`, `2022-02`, `2023-03-17`, `2023-03-20T09:00:00.000Z`,
   * `2023-03-20/2023-03-22`, `2014/..`, `/1985`, `2022-22` (a season), `201X`, `-0043-03-15`, `Y-20000`,
   * with `?`/`~`/`%` qualifiers. A date-time without a zone is a local time, zone unknown.
   */
  date: string;
  title: string;
  place?: string;
  /** An exact substring of the article text. */
  quote: string;
  /** The exact phrase of the text the date comes from ("in 2018", "on Friday"). */
  dateText?: string;
  tags?: string[];
}

/** The timeline document (JSON). */
export interface TimelineDocument {
  $schema?: string;
  source: TimelineSource;
  events: TimelineEventInput[];
}

/** A half-open range of UTF-16 offsets into the article text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** One problem found in a document, named by its place in it. */
export interface TimelineProblem {
  /** JSON-path-like place: `events[3].quote`, `source.textUrl`, `document`. */
  path: string;
  /** The id of the event concerned, when there is one. */
  eventId?: string;
  /** The field concerned (`quote`, `date`, …), when there is one. */
  field?: string;
  /**
   * A readable sentence: what is wrong, what was expected, what was found. It does not
   * repeat the place: `formatProblem` puts the two together for display.
   */
  message: string;
  /**
   * What is wrong, for programs and translations: stable across releases and languages.
   * Absent on problems made outside this package; `formatProblem` and `message` still work.
   */
  code?: ProblemCode | (string & {});
  /** The values the message is made of (the value found, the limit, the URL…); see {@link ProblemParams}. */
  params?: Readonly<Record<string, string | number>>;
}

/** What a field expected, by key: the `expected` param of `wrong-type`, `invalid-value` and `missing-field`. */
export type ProblemExpectation =
  | 'document'
  | 'string'
  | 'events'
  | 'event'
  | 'source'
  | 'title'
  | 'publisher'
  | 'edtf-day'
  | 'url'
  | 'text-url'
  | 'article-text'
  | 'id'
  | 'id-pattern'
  | 'edtf-date'
  | 'place'
  | 'quote'
  | 'date-phrase'
  | 'tag'
  | 'string-array'
  | 'hemisphere';

/**
 * What kind of value was found (`found` param); `value` then holds it when it has one: the string
 * (cut at 40 characters), the number or boolean as text, or an array's length.
 */
export type ProblemFound = 'nothing' | 'null' | 'empty-string' | 'string' | 'number' | 'boolean' | 'array' | 'object' | 'other';

/** The params each problem code carries. Strings are verbatim data (URLs, quotes) or keys listed here. */
export interface ProblemParams {
  /** A value of the wrong type. */
  'wrong-type': {expected: ProblemExpectation; found: ProblemFound; value?: string | number};
  /** A value of the right type that breaks a rule (empty, not a URL, not an EDTF day…). */
  'invalid-value': {expected: ProblemExpectation; found: ProblemFound; value?: string | number};
  /** A required field is absent; `expected` is what it should hold, when known. */
  'missing-field': {field: string; expected?: ProblemExpectation};
  /** A string longer than its limit, in characters. */
  'too-long': {max: number; found: number};
  /** The article text (inline or fetched) is longer than its limit, in characters. */
  'text-too-long': {max: number; found: number};
  'too-many-events': {max: number; found: number};
  'too-many-tags': {max: number; found: number};
  /** The source has neither `text` nor `textUrl`. */
  'needs-text': Record<string, never>;
  /** `first` is the index of the event that already uses `id`. */
  'duplicate-id': {id: string; first: number};
  /** `reason` is the {@link EdtfErrorCode}; the rest are its details (see `EdtfError.params`). */
  'invalid-date': {value: string; reason: EdtfErrorCode} & EdtfErrorParams;
  /** `value` as {@link ProblemFound} shows it; `hint` is an English near-miss explanation, when there is one. */
  'quote-not-found': {value: string; hint?: string};
  'date-text-not-found': {value: string; hint?: string};
  /** `source.textUrl` was given but buildModel was not handed the text. */
  'text-not-loaded': {url: string};
  'invalid-url': {url: string};
  timeout: {url: string; ms: number};
  /** `detail` is the browser's own (English) error text. */
  network: {url: string; detail: string};
  'http-status': {url: string; status: number; statusText: string};
  'read-failed': {url: string; detail: string};
  /** An HTML page came back where the document's JSON was expected. */
  'html-not-json': {url: string};
  /** An HTML page came back where the article's plain text was expected. */
  'html-not-text': {url: string};
  'not-json': {url: string; detail: string};
  /** The inline `<script type="application/json">` does not parse. */
  'script-not-json': {detail: string};
}

/** Every code a problem made by this package can have. */
export type ProblemCode = keyof ProblemParams;

/** An event checked against its article: date parsed, quote and date phrase anchored. */
export interface TimelineEvent {
  id: string;
  title: string;
  place?: string;
  tags: string[];
  date: EdtfDate;
  quote: string;
  /** Where the quote stands in the text. */
  quoteSpan: TextSpan;
  /** The whole sentence(s) around the quote. */
  sentenceSpan: TextSpan;
  dateText?: string;
  dateTextSpan?: TextSpan;
  /** Position of the event in the document's `events` array. */
  index: number;
  /** The event as written in the document. */
  input: TimelineEventInput;
}

/** What the element draws: events sorted by time (then document order), and every problem found. */
export interface TimelineModel {
  source: TimelineSource & {text: string};
  events: TimelineEvent[];
  problems: TimelineProblem[];
}
