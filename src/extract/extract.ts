/**
 * Article text (and its publication day) → a draft timeline document: one event per dated
 * happening, each quoting its sentence verbatim, its date phrase verbatim inside the quote,
 * its date in EDTF at the precision the phrase gives.
 */
import type {TimelineDocument, TimelineEventInput, TimelineSource} from '../document/types.js';
import {toEdtf} from './edtf-forms.js';
import {LEXICONS} from './lexicon.js';
import {sentenceMentions} from './mentions.js';
import {splitSentences} from './sentences.js';
import {draftTitle, shorten, slugId} from './titles.js';
import {anchorPoint, resolveStory, type StoryMention} from './story-relative.js';
import type {CalendarPoint, DateValue, ExtractLanguage, Mention} from './types.js';

export interface ExtractOptions {
  /** Publication day, `YYYY-MM-DD` (a longer ISO date-time is read by its date) or a Date (its UTC day). */
  published: string | Date;
  /** `en` (default), `de` or `fr`; a region (`en-GB`) is ignored. */
  lang?: string;
  /** The article's headline; by default its first line. */
  title?: string;
  publisher?: string;
  url?: string;
}

/** Bad options, or a text that needs a publication day it was not given. */
export class ExtractError extends Error {
  /** The option concerned (`published`, `lang`, `text`), when there is one. */
  readonly option: string | undefined;
  /** For relative dates without a publication day: the first such phrase, as written ("on Friday"). */
  readonly phrase: string | undefined;
  /** …and its UTF-16 offset in the text. */
  readonly offset: number | undefined;
  constructor(message: string, option?: string, at?: {phrase: string; offset: number}) {
    super(message);
    this.name = 'ExtractError';
    this.option = option;
    this.phrase = at?.phrase;
    this.offset = at?.offset;
  }
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/** The publication day, or undefined when none was given; throws on one that is not a real day. */
export function readPublished(published: unknown): Required<CalendarPoint> | undefined {
  if (published === undefined || published === null || published === '') return undefined;
  if (published instanceof Date) {
    if (Number.isNaN(published.getTime())) throw new ExtractError('published: expected a valid Date, found an invalid one', 'published');
    return {year: published.getUTCFullYear(), month: published.getUTCMonth() + 1, day: published.getUTCDate()};
  }
  const shown = JSON.stringify(String(published)).slice(0, 60);
  if (typeof published !== 'string')
    throw new ExtractError(`published: expected a day as YYYY-MM-DD or a Date, found ${typeof published}`, 'published');
  const m = DAY.exec(published.trim());
  if (!m) throw new ExtractError(`published: expected a day as YYYY-MM-DD, found ${shown}`, 'published');
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new ExtractError(`published: ${shown} is not a calendar day (month 01–12, day within the month)`, 'published');
  }
  return {year, month, day};
}

export function readLanguage(lang: string | undefined): ExtractLanguage {
  if (lang === undefined || lang === '') return 'en';
  const base = lang.toLowerCase().split(/[-_]/)[0];
  if (base === 'en' || base === 'de' || base === 'fr') return base;
  throw new ExtractError(`lang: expected one of en, de, fr, found ${JSON.stringify(lang)}`, 'lang');
}

/** The headline: the given title, else the first line of the text when it is short, else a placeholder. */
function sourceTitle(text: string, title: string | undefined): string {
  if (title !== undefined && title.trim() !== '') return shorten(title.trim(), 500);
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find(Boolean);
  return first && first.length <= 200 ? first : first ? shorten(first, 120) : 'Untitled article';
}

/** The last date the text gave: what story phrases ("two days later") count from. */
interface StoryDate {
  value: DateValue;
  relative: boolean;
  sentence: number;
}

/**
 * The date a story phrase in sentence `sentence` counts from: the last one before it in its
 * sentence, else in one of the two sentences before it.
 */
function storyAnchor(last: StoryDate | undefined, sentence: number): StoryDate | undefined {
  if (!last) return undefined;
  const back = sentence - last.sentence;
  return back <= 2 ? last : undefined;
}

/**
 * The day a story told two or more years from the publication day has reached, when the
 * sentence before or this one gave it: year-less dates that follow take its year.
 */
function storyDay(last: StoryDate | undefined, sentence: number, ref: Required<CalendarPoint>): CalendarPoint | undefined {
  if (!last || last.relative || sentence - last.sentence > 1) return undefined;
  const p = anchorPoint(last.value, true);
  return p && p.day !== undefined && Math.abs(p.year - ref.year) >= 2 ? p : undefined;
}

/** Every temporal mention of the text, sentence by sentence, with offsets into the text. */
export function findMentions(
  text: string,
  ref: Required<CalendarPoint>,
  lang: ExtractLanguage,
): {sentence: {start: number; end: number}; mentions: Mention[]}[] {
  const lex = LEXICONS[lang];
  let last: StoryDate | undefined;
  return splitSentences(text, lang).map((span, index) => {
    const sentence = text.slice(span.start, span.end);
    const story = storyDay(last, index, ref);
    const mentions: Mention[] = [];
    for (const local of sentenceMentions({sentence, lang, lex, ref, story})) {
      const {priority: _p, ...m} = local;
      let {value, relative} = m;
      if ('story' in local) {
        // Counted from the date before it; dropped when there is none, or it is too coarse.
        const anchor = storyAnchor(last, index);
        const from = anchor && anchorPoint(anchor.value, (local as StoryMention).story.amount >= 0);
        const resolved = from && resolveStory((local as StoryMention).story, from);
        if (!anchor || !resolved) continue;
        value = resolved;
        relative = anchor.relative;
      }
      const {story: _s, ...rest} = m as typeof m & {story?: unknown};
      mentions.push({...rest, value, relative, start: span.start + m.start, end: span.start + m.end, text: sentence.slice(m.start, m.end)});
      last = {value, relative, sentence: index};
    }
    return {sentence: span, mentions};
  });
}

/** Drafts a timeline document from an article's text. See the README, "Extract a timeline from an article". */
export function extractTimeline(text: string, options: ExtractOptions): TimelineDocument {
  if (typeof text !== 'string')
    throw new ExtractError(`text: expected the article as a string, found ${text === null ? 'null' : typeof text}`, 'text');
  const opts: Partial<ExtractOptions> = options ?? {};
  const published = readPublished(opts.published);
  const lang = readLanguage(opts.lang);
  // Without a publication day, absolute dates still work; a relative one is an error below.
  const ref = published ?? {year: 2000, month: 1, day: 1};
  const found = findMentions(text, ref, lang);

  if (!published) {
    const relative = found.flatMap((s) => s.mentions).find((m) => m.relative);
    if (relative) {
      throw new ExtractError(
        `published: the text has relative dates (${JSON.stringify(relative.text)} at offset ${relative.start}) and needs the publication day to resolve them; give published as YYYY-MM-DD`,
        'published',
        {phrase: relative.text, offset: relative.start},
      );
    }
  }

  const events: TimelineEventInput[] = [];
  const ids = new Set<string>();
  for (const {sentence, mentions} of found) {
    const quote = text.slice(sentence.start, sentence.end);
    // The same date twice in one sentence is one happening told twice.
    const seen = new Set<string>();
    for (const m of mentions) {
      const date = toEdtf(m.value);
      if (seen.has(date)) continue;
      seen.add(date);
      const title = draftTitle(quote, m.start - sentence.start, m.end - sentence.start);
      events.push({id: slugId(title, ids), date, title, quote, dateText: m.text});
    }
  }

  const source: TimelineSource = {title: sourceTitle(text, opts.title)};
  if (opts.publisher) source.publisher = opts.publisher;
  if (published) source.published = toEdtf({kind: 'point', point: published});
  if (opts.url) source.url = opts.url;
  source.text = text;
  return {source, events};
}
