import {segmenter} from '../time/intl-cache.js';
import type {TextSpan} from './types.js';

/**
 * Finds the first verbatim occurrence of `quote` in `text`. Matching is exact on
 * purpose: a timeline must quote its article, not paraphrase it.
 */
export function findQuote(text: string, quote: string): TextSpan | null {
  if (quote === '') return null;
  const start = text.indexOf(quote);
  return start === -1 ? null : {start, end: start + quote.length};
}

/** Below this many (quotes × text length), one `indexOf` per quote is the fastest way. */
const MULTI_SEARCH_WORK = 4_000_000;
/** Length of the prefix the multi-quote search rolls along the text; shorter quotes go one by one. */
const PREFIX = 16;
/** Length of the second key, the characters right after the prefix, that splits a bucket. */
const NEXT = 8;

/**
 * `findQuote` for many quotes at once: the same answer (the first verbatim occurrence of each, or
 * null) in one pass over the text. One `indexOf` per quote costs the quote's position in the text
 * each, which for ten thousand quotes in a megabyte of text is most of a second. This hashes each
 * quote's first 16 characters and rolls a hash of as many along the text (Rabin–Karp). Quotes that
 * share a beginning share a bucket, split again by the hash of their next 8 characters, and a hit is
 * confirmed with `startsWith`. Small inputs take the plain path.
 */
export function findQuotes(text: string, quotes: readonly string[]): (TextSpan | null)[] {
  if (quotes.length * text.length <= MULTI_SEARCH_WORK || text.length < PREFIX) {
    return quotes.map((q) => findQuote(text, q));
  }
  const result: (TextSpan | null)[] = quotes.map(() => null);
  // prefix hash → (hash of the next characters, or -1 for a quote too short to have them) → quotes
  const buckets = new Map<number, Map<number, number[]>>();
  let pending = 0;
  quotes.forEach((q, i) => {
    if (q.length < PREFIX) {
      result[i] = findQuote(text, q);
      return;
    }
    const h = hashOf(q, 0, PREFIX);
    const next = q.length >= PREFIX + NEXT ? hashOf(q, PREFIX, NEXT) : -1;
    let bucket = buckets.get(h);
    if (!bucket) buckets.set(h, (bucket = new Map()));
    const list = bucket.get(next);
    if (list) list.push(i);
    else bucket.set(next, [i]);
    pending++;
  });
  if (!pending) return result;
  // B^(PREFIX-1), to take the outgoing character out of the rolling hash.
  let top = 1;
  for (let k = 1; k < PREFIX; k++) top = Math.imul(top, BASE);
  // A byte per hash bucket, so that most positions cost no Map lookup: 64 per quote, as few
  // pages as that takes (fresh memory is faulted in page by page as the scan reads it).
  let size = 4096;
  while (size < 64 * buckets.size && size < FILTER_MAX) size *= 2;
  const mask = size - 1;
  const maybe = new Uint8Array(size);
  for (const key of buckets.keys()) maybe[key & mask] = 1;
  const check = (list: number[] | undefined, at: number) => {
    if (!list) return;
    for (let k = list.length - 1; k >= 0; k--) {
      const i = list[k]!;
      const q = quotes[i]!;
      if (text.startsWith(q, at)) {
        result[i] = {start: at, end: at + q.length};
        list.splice(k, 1);
        pending--;
      }
    }
  };
  let h = hashOf(text, 0, PREFIX);
  for (let at = 0; ; at++) {
    const bucket = maybe[h & mask] ? buckets.get(h) : undefined;
    if (bucket) {
      check(bucket.get(-1), at);
      if (at + PREFIX + NEXT <= text.length) check(bucket.get(hashOf(text, at + PREFIX, NEXT)), at);
      if (!pending) break;
    }
    if (at + PREFIX >= text.length) break;
    h = (Math.imul(h - Math.imul(text.charCodeAt(at), top), BASE) + text.charCodeAt(at + PREFIX)) & HASH_MASK;
  }
  return result;
}

const BASE = 0x01000193;
const FILTER_MAX = 1 << 20;
/** Hashes stay within 30 bits, small integers for V8, so rolling allocates nothing (the ring arithmetic holds modulo 2^30). */
const HASH_MASK = 0x3fffffff;

/** Polynomial hash of `length` UTF-16 units of `s` from `from`, modulo 2^30. */
function hashOf(s: string, from: number, length: number): number {
  let h = 0;
  for (let k = from; k < from + length; k++) h = (Math.imul(h, BASE) + s.charCodeAt(k)) & HASH_MASK;
  return h;
}

interface Normalized {
  s: string;
  /** For each normalized UTF-16 unit, the original offset it came from. */
  from: number[];
  /** For each normalized UTF-16 unit, the original offset just after its source. */
  to: number[];
}

interface Folding {
  space?: boolean;
  quotes?: boolean;
  dashes?: boolean;
  case?: boolean;
}

const SINGLE_QUOTES = /[‘’‚‛′`]/;
const DOUBLE_QUOTES = /[“”„‟″«»]/;
const DASHES = /[‐‑‒–—―−]/;
const SPACE = /\s/;

/** Folds away the differences that an author copying a quote typically introduces, keeping an offset map. */
function normalize(input: string, fold: Folding): Normalized {
  let s = '';
  const from: number[] = [];
  const to: number[] = [];
  const push = (out: string, start: number, end: number) => {
    for (const unit of out.split('')) {
      s += unit;
      from.push(start);
      to.push(end);
    }
  };
  for (let i = 0; i < input.length; i++) {
    let c = input[i] as string;
    if (fold.space && SPACE.test(c)) {
      let j = i + 1;
      while (j < input.length && SPACE.test(input[j] as string)) j++;
      push(' ', i, j);
      i = j - 1;
      continue;
    }
    if (fold.quotes && SINGLE_QUOTES.test(c)) c = "'";
    else if (fold.quotes && DOUBLE_QUOTES.test(c)) c = '"';
    else if (fold.quotes && c === '…') c = '...';
    else if (fold.dashes && DASHES.test(c)) c = '-';
    else if (fold.case) {
      const lower = c.toLowerCase();
      // Keep characters whose lower case changes length (rare) so the map stays simple.
      if (lower.length === 1) c = lower;
    }
    push(c, i, i + 1);
  }
  return {s, from, to};
}

function foldedMatch(text: string, quote: string, fold: Folding): TextSpan | null {
  const t = normalize(text, fold);
  const q = normalize(quote, fold).s;
  if (q === '') return null;
  const at = t.s.indexOf(q);
  if (at === -1) return null;
  return {start: t.from[at] as number, end: t.to[at + q.length - 1] as number};
}

const show = (s: string) => JSON.stringify(s);

/** Texts longer than this get only the cheap near-miss hint. */
const MAX_FOLDED_TEXT = 1_000_000;

/** Distinct character substitutions between two strings of equal length, like `’ instead of '`. */
function substitutions(found: string, wanted: string): string[] {
  const seen = new Set<string>();
  for (let i = 0; i < found.length && seen.size < 3; i++) {
    if (found[i] !== wanted[i]) seen.add(`${found[i]} instead of ${wanted[i]}`);
  }
  return [...seen];
}

/**
 * Explains why `quote` is not a verbatim substring of `text`, when it nearly is:
 * it is there with other quote marks, dashes, capitals or whitespace, or only its
 * beginning matches. Returns null when the quote is found verbatim or nothing near
 * it is. Only ever used for messages; anchoring stays exact.
 */
export function findNearMiss(text: string, quote: string): string | null {
  if (quote === '' || text.includes(quote)) return null;
  // Folding copies the text with an offset map: skip it for huge texts, the prefix hint is cheap.
  if (text.length > MAX_FOLDED_TEXT) return prefixHint(text, quote);
  // Quote marks and dashes in one pass: the substitutions listed are the ones that differ.
  const tries: [Folding, (span: TextSpan) => string][] = [
    [{quotes: true, dashes: true}, (m) => `with ${substitutions(text.slice(m.start, m.end), quote).join(' and ')}`],
    [{space: true}, () => 'with different whitespace (line breaks or spaces)'],
    [{case: true}, (m) => `with different capitals: ${show(text.slice(m.start, m.end))}`],
  ];
  for (const [fold, describe] of tries) {
    const m = foldedMatch(text, quote, fold);
    // Substitution wording needs equal lengths (`…` against `...` is not).
    if (m && (!('quotes' in fold || 'dashes' in fold) || m.end - m.start === quote.length)) {
      return `not found verbatim; the text has it ${describe(m)} at offset ${m.start}`;
    }
  }
  const loose = foldedMatch(text, quote, {space: true, quotes: true, dashes: true, case: true});
  if (loose) {
    const found = text.slice(loose.start, loose.end);
    const shown = found.length > 80 ? `${found.slice(0, 80)}…` : found;
    return `not found verbatim; the text has it when ignoring capitals, quote marks, dashes and whitespace at offset ${loose.start}: ${show(shown)}`;
  }
  return prefixHint(text, quote);
}

/** Where the longest matching beginning of the quote stops matching: usually a typo on one side. */
function prefixHint(text: string, quote: string): string | null {
  // A prefix that occurs implies every shorter one does, so the longest can be found by bisection.
  let lo = 0;
  let hi = quote.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo < Math.min(12, quote.length - 1)) return null;
  const at = text.indexOf(quote.slice(0, lo));
  const theirs = text.slice(at + lo, at + lo + 20);
  const ours = quote.slice(lo, lo + 20);
  const then = theirs === '' ? 'then the text ends' : `then the text has ${show(theirs)}`;
  return `not found verbatim; the first ${lo} characters match at offset ${at}, ${then} where the quote has ${show(ours)}`;
}

/** How sentences are found: `Intl.Segmenter` where the browser has it, else a punctuation regex. */
export interface SentenceOptions {
  /** Locale for `Intl.Segmenter`; sentence rules barely depend on it. */
  locale?: string;
  /** Force one method; by default `intl` when available. */
  method?: 'intl' | 'regex';
}

/** Beyond this, a "paragraph" is cut short so that a text without line breaks stays fast. */
const MAX_CONTEXT = 5_000;

function intlSegmenter(locale: string | undefined): Intl.Segmenter | undefined {
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return undefined;
  return segmenter(locale, {granularity: 'sentence'});
}

/** Sentence boundaries (offsets into `region`, ascending, ending with region.length) by punctuation. */
function regexBoundaries(region: string): number[] {
  const out: number[] = [];
  // A full stop (or ! ? …) with any closing quotes or brackets, then whitespace; or a line break.
  const end = /[.!?…]+["'”’»)\]]*\s+|\n+/g;
  for (let m = end.exec(region); m; m = end.exec(region)) out.push(m.index + m[0].length);
  out.push(region.length);
  return out;
}

function intlBoundaries(region: string, segmenter: Intl.Segmenter): number[] {
  const out: number[] = [];
  for (const seg of segmenter.segment(region)) out.push(seg.index + seg.segment.length);
  return out;
}

/** Boundaries of the paragraphs of the last text seen: a document's events mostly share paragraphs. */
let boundaryText: string | undefined;
const boundaryCache = new Map<string, number[]>();

function cachedBoundaries(
  text: string,
  from: number,
  to: number,
  segmenter: Intl.Segmenter | undefined,
  compute: () => number[],
): number[] {
  if (text !== boundaryText) {
    boundaryText = text;
    boundaryCache.clear();
  }
  const key = `${segmenter ? 'i' : 'r'}${from}:${to}`;
  let boundaries = boundaryCache.get(key);
  if (!boundaries) {
    boundaries = compute();
    boundaryCache.set(key, boundaries);
  }
  return boundaries;
}

/**
 * Expands `span` to the whole sentence or sentences that cover it, trimmed of
 * surrounding whitespace. A line break always ends a sentence, so a heading
 * never runs into the paragraph below it.
 */
export function sentenceSpan(text: string, span: TextSpan, options: SentenceOptions = {}): TextSpan {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const from = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - MAX_CONTEXT);
  const next = text.indexOf('\n', end);
  const to = Math.min(next === -1 ? text.length : next, end + MAX_CONTEXT);
  const region = text.slice(from, to);

  const segmenter = options.method === 'regex' ? undefined : intlSegmenter(options.locale);
  const boundaries = cachedBoundaries(text, from, to, segmenter, () =>
    segmenter ? intlBoundaries(region, segmenter) : regexBoundaries(region),
  );

  let s = from;
  let e = to;
  let segStart = 0;
  for (const boundary of boundaries) {
    const a = from + segStart;
    const b = from + boundary;
    // The last sentence starting at or before the span's start, the first ending at or after its end.
    if (a <= start) s = a;
    if (b >= end && b > start) {
      e = b;
      break;
    }
    segStart = boundary;
  }
  while (s < e && SPACE.test(text[s] as string)) s++;
  while (e > s && SPACE.test(text[e - 1] as string)) e--;
  return {start: Math.min(s, start), end: Math.max(e, end)};
}

/**
 * Finds the phrase a date comes from ("on Monday"), which may occur many times:
 * an occurrence inside the quote wins, then one inside the quote's sentence, then
 * the one nearest the quote (the earlier on a tie).
 */
export function findDateText(
  text: string,
  dateText: string,
  quote: TextSpan,
  sentence: TextSpan | (() => TextSpan) = () => sentenceSpan(text, quote),
): TextSpan | null {
  if (dateText === '') return null;
  const len = dateText.length;
  // The nearest occurrence on each side of the quote's start is all that can win: the
  // first one at or after it (inside the quote, overlapping it, or after it) and the last before it.
  const after = text.indexOf(dateText, quote.start);
  if (after !== -1 && after + len <= quote.end) return {start: after, end: after + len};
  const before = quote.start > 0 ? text.lastIndexOf(dateText, quote.start - 1) : -1;
  let best: {span: TextSpan; rank: number; distance: number} | null = null;
  // The sentence is only needed from here on, and only computed then (it costs a segmentation).
  const s = typeof sentence === 'function' ? sentence() : sentence;
  for (const at of [before, after]) {
    if (at === -1) continue;
    const span = {start: at, end: at + len};
    const rank = span.start >= quote.start && span.end <= quote.end ? 0 : span.start >= s.start && span.end <= s.end ? 1 : 2;
    const distance = span.end <= quote.start ? quote.start - span.end : span.start >= quote.end ? span.start - quote.end : 0;
    if (!best || rank < best.rank || (rank === best.rank && distance < best.distance)) best = {span, rank, distance};
  }
  return best ? best.span : null;
}
