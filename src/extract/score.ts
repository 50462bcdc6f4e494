/**
 * Scores a draft against a gold list (used by `npm run eval:extract` and its test). An
 * extracted event matches a gold event when its date is one of the gold's accepted EDTF
 * dates, qualifiers aside, and its quote overlaps the gold's in the text. Two forms of the
 * same span are the same date: `2022-22` is `2022-06/2022-08`, `199X` is `1990/1999`. Recall is the
 * share of required gold events matched; precision the share of extracted events that match
 * any gold event, optional ones included.
 */
import type {TimelineDocument} from '../document/types.js';
import {EdtfError, tryParseEdtf} from '../time/edtf.js';

export interface GoldEvent {
  /** Every EDTF form accepted for the happening. */
  dates: string[];
  /** A verbatim stretch of the text: the sentence, or the part of it that tells the happening. */
  quote: string;
  /** For truly ambiguous phrases ("two days later"): not counted for recall, never against precision. */
  optional?: boolean;
}

export interface ArticleScore {
  required: number;
  matchedRequired: number;
  extracted: number;
  matchedExtracted: number;
  recall: number;
  precision: number;
  /** Extracted events whose quote overlaps some gold event's: the happening was found. */
  located: number;
  /** Date accuracy: the share of located events whose date is right (1 when none is located). */
  dateAccuracy: number;
  /** Required gold events no extracted event matches. */
  missed: GoldEvent[];
  /** Extracted events that match no gold event. */
  extra: {date: string; dateText?: string; quote: string}[];
}

/** A date as the span it covers, qualifiers aside; the string itself when it does not parse. */
function dateKey(edtf: string): string {
  const bare = edtf.replace(/[?~%]/g, '');
  const parsed = tryParseEdtf(bare);
  return parsed instanceof EdtfError ? bare : `${parsed.start}/${parsed.end}`;
}

function spanOf(text: string, quote: string, what: string): {start: number; end: number} {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`${what} is not verbatim in the article text: ${JSON.stringify(quote.slice(0, 80))}`);
  return {start, end: start + quote.length};
}

export function scoreDraft(text: string, draft: TimelineDocument, gold: GoldEvent[]): ArticleScore {
  const goldSpans = gold.map((g, i) => ({g, span: spanOf(text, g.quote, `gold event ${i}`), dates: new Set(g.dates.map(dateKey))}));
  let located = 0;
  const matches = draft.events.map((e, i) => {
    const span = spanOf(text, e.quote, `extracted event ${i} (${e.id})`);
    const date = dateKey(e.date);
    const overlapping = goldSpans.filter((g) => g.span.start < span.end && span.start < g.span.end);
    if (overlapping.length) located++;
    return overlapping.filter((g) => g.dates.has(date)).map((g) => g.g);
  });
  const matchedGold = new Set(matches.flat());
  const required = gold.filter((g) => !g.optional);
  const matchedRequired = required.filter((g) => matchedGold.has(g)).length;
  const matchedExtracted = matches.filter((m) => m.length > 0).length;
  return {
    required: required.length,
    matchedRequired,
    extracted: draft.events.length,
    matchedExtracted,
    recall: required.length ? matchedRequired / required.length : 1,
    precision: draft.events.length ? matchedExtracted / draft.events.length : 1,
    located,
    dateAccuracy: located ? matchedExtracted / located : 1,
    missed: required.filter((g) => !matchedGold.has(g)),
    extra: draft.events.filter((_, i) => matches[i]!.length === 0).map((e) => ({date: e.date, dateText: e.dateText, quote: e.quote})),
  };
}

/** A gold file as stored in `tests/fixtures/articles/*.gold.json`. */
export interface GoldFile {
  /** The article text's path, relative to the gold file. */
  text: string;
  published: string;
  lang?: string;
  title?: string;
  style?: string;
  /** A hand-made timeline document whose events are gold too (path relative to the gold file). */
  document?: string;
  /** Ids of the document's events that are optional. */
  optionalIds?: string[];
  events: GoldEvent[];
}

/** The gold list of a gold file, with the events of its document (if any) first. */
export function goldEvents(file: GoldFile, document?: TimelineDocument): GoldEvent[] {
  const fromDocument = (document?.events ?? []).map((e) => ({
    dates: [e.date],
    quote: e.quote,
    ...(file.optionalIds?.includes(e.id) ? {optional: true} : {}),
  }));
  return [...fromDocument, ...file.events];
}
