import type {EdtfDate} from '../time/types.js';

/** The article a timeline document is drawn from. Field names are public format. */
export interface TimelineSource {
  title: string;
  publisher?: string;
  /** Publication date, EDTF day (e.g. `2023-03-20`). Relative phrases in the text are resolved against it. */
  published?: string;
  /** The original article on the web. */
  url?: string;
  /** The article as plain text, relative to the document's URL. One of `textUrl` or `text` is required. */
  textUrl?: string;
  /** The article as plain text, inline. */
  text?: string;
}

/** One dated event as written in a timeline document. */
export interface TimelineEventInput {
  id: string;
  /** EDTF: `2018`, `2022-02`, `2023-03-17`, `2023-03-20/2023-03-22`, with `?`/`~` qualifiers. */
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
}

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
