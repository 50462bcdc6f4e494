/**
 * Phrases dated from the story, not from the publication day: "two days later", "the next
 * day", "the following week", "that evening", "a year earlier", "le lendemain", "am Tag
 * darauf". Each is found in its sentence here, and resolved in `extract.ts` against the date
 * the text last gave (see `storyAnchor`), at the precision that date allows: a day offset
 * needs a day, a month one a month; otherwise the phrase is dropped, never given an invented day.
 */
import {shiftDays, shiftMonths, weekOf} from './calendar.js';
import {alternation} from './lexicon.js';
import {B, E, re, type LocalMention, type SentenceContext} from './parsers.js';
import type {CalendarPoint, DateValue, ExtractLanguage} from './types.js';

export type StoryUnit = 'day' | 'week' | 'month' | 'year';

/**
 * How a phrase moves from its anchor: `offset` counts units from the anchor's day ("two days
 * later", "a week earlier"); `calendar` names the unit's calendar period `amount` away ("the
 * following week" is the Monday–Sunday week after the anchor's, "that year" the anchor's year).
 */
export interface StoryShift {
  unit: StoryUnit;
  amount: number;
  how: 'offset' | 'calendar';
  /** "that September": the named month (1–12) of the anchor's year, or the next one after the anchor's month. */
  month?: number;
}

const NUMBER_WORDS: Record<ExtractLanguage, Record<string, number>> = {
  en: {a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12},
  de: {
    ein: 1,
    eine: 1,
    einen: 1,
    einem: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
  },
  fr: {un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12},
};

const UNITS: Record<ExtractLanguage, [RegExp, StoryUnit][]> = {
  en: [
    [/^days?$/i, 'day'],
    [/^weeks?$/i, 'week'],
    [/^months?$/i, 'month'],
    [/^years?$/i, 'year'],
  ],
  de: [
    [/^tag(?:e|en)?$/i, 'day'],
    [/^woche(?:n)?$/i, 'week'],
    [/^monat(?:e|en)?$/i, 'month'],
    [/^jahr(?:e|en)?$/i, 'year'],
  ],
  fr: [
    [/^jours?$/i, 'day'],
    [/^semaines?$/i, 'week'],
    [/^mois$/i, 'month'],
    [/^(?:ans?|années?)$/i, 'year'],
  ],
};

/** Fixed phrases → their shift. Times of day ("that evening") are the anchor's day. */
const FIXED: Record<ExtractLanguage, [string, StoryShift][]> = {
  en: [
    [
      '(?:the )?(?:next|following) (?:day|morning|afternoon|evening|night)|the day after(?=\\s*[,.;:!?)]|$)',
      {unit: 'day', amount: 1, how: 'offset'},
    ],
    [
      'the (?:day|night|evening) before(?=\\s*[,.;:!?)]|$)|the previous (?:day|morning|afternoon|evening|night)',
      {unit: 'day', amount: -1, how: 'offset'},
    ],
    [
      '(?:later |earlier )?that (?:same )?(?:day|morning|afternoon|evening|night)|the same day|(?:later|earlier) in the day',
      {unit: 'day', amount: 0, how: 'offset'},
    ],
    ['the following week|the week after(?=\\s*[,.;:!?)]|$)', {unit: 'week', amount: 1, how: 'calendar'}],
    ['the previous week|the week before(?=\\s*[,.;:!?)]|$)', {unit: 'week', amount: -1, how: 'calendar'}],
    ['(?:later |earlier )?that (?:same )?week|the same week', {unit: 'week', amount: 0, how: 'calendar'}],
    ['the following month|the month after(?=\\s*[,.;:!?)]|$)', {unit: 'month', amount: 1, how: 'calendar'}],
    ['the previous month|the month before(?=\\s*[,.;:!?)]|$)', {unit: 'month', amount: -1, how: 'calendar'}],
    ['(?:later |earlier )?that (?:same )?month|the same month', {unit: 'month', amount: 0, how: 'calendar'}],
    ['the following year|the year after(?=\\s*[,.;:!?)]|$)', {unit: 'year', amount: 1, how: 'calendar'}],
    ['the previous year|the year before(?=\\s*[,.;:!?)]|$)', {unit: 'year', amount: -1, how: 'calendar'}],
    ['(?:later |earlier )?that (?:same )?year|the same year', {unit: 'year', amount: 0, how: 'calendar'}],
  ],
  de: [
    ['am (?:nächsten|folgenden|darauffolgenden) (?:tag|morgen|abend)|am tag darauf|tags darauf', {unit: 'day', amount: 1, how: 'offset'}],
    ['am vortag|am tag zuvor|am vorabend', {unit: 'day', amount: -1, how: 'offset'}],
    ['am (?:selben|gleichen) (?:tag|morgen|abend)|noch am selben tag', {unit: 'day', amount: 0, how: 'offset'}],
    ['in der (?:folgenden|darauffolgenden) woche|in der woche darauf', {unit: 'week', amount: 1, how: 'calendar'}],
    ['im (?:folgenden|darauffolgenden) monat|im monat darauf', {unit: 'month', amount: 1, how: 'calendar'}],
    ['im (?:folgenden|darauffolgenden) jahr|im jahr darauf|ein jahr darauf', {unit: 'year', amount: 1, how: 'calendar'}],
    ['im (?:selben|gleichen) jahr', {unit: 'year', amount: 0, how: 'calendar'}],
  ],
  fr: [
    ['le lendemain(?: matin| soir)?', {unit: 'day', amount: 1, how: 'offset'}],
    ['le surlendemain', {unit: 'day', amount: 2, how: 'offset'}],
    ['la veille(?: au soir)?(?=\\s*[,.;:!?)]|$)', {unit: 'day', amount: -1, how: 'offset'}],
    ['le jour même|le même jour|ce jour-là|ce soir-là|ce matin-là', {unit: 'day', amount: 0, how: 'offset'}],
    ["la semaine suivante|la semaine d['’]après", {unit: 'week', amount: 1, how: 'calendar'}],
    ['la semaine précédente', {unit: 'week', amount: -1, how: 'calendar'}],
    ['le mois suivant', {unit: 'month', amount: 1, how: 'calendar'}],
    ["l['’](?:année|an) suivante?|l['’]année d['’]après", {unit: 'year', amount: 1, how: 'calendar'}],
    ["l['’]année précédente|l['’]année d['’]avant", {unit: 'year', amount: -1, how: 'calendar'}],
    ['cette année-là|la même année', {unit: 'year', amount: 0, how: 'calendar'}],
  ],
};

/** Counted offsets: "two days later", "a week earlier", "drei Tage später", "deux jours plus tard". */
const COUNTED: Record<ExtractLanguage, {unit: string; later: string; earlier: string; end: string}> = {
  en: {
    unit: 'days?|weeks?|months?|years?',
    later: 'later|after',
    earlier: 'earlier|before',
    // "a day before it was shut": an offset from the clause that follows, not from the story.
    end: '(?=\\s*[,.;:!?)]|\\s*$)',
  },
  de: {unit: 'tage?n?|wochen?|monate?n?|jahre?n?', later: 'später|danach|darauf', earlier: 'zuvor|früher|davor|vorher', end: ''},
  fr: {
    unit: 'jours?|semaines?|mois|ans|années?',
    later: 'plus tard|après',
    earlier: 'plus tôt|auparavant|avant',
    end: '(?=\\s*[,.;:!?)]|\\s*$)',
  },
};

export type StoryMention = LocalMention & {story: StoryShift};

const storyMention = (start: number, end: number, story: StoryShift): StoryMention => ({
  start,
  end,
  // A stand-in until the anchor is known (see resolveStory); never written out as is.
  value: {kind: 'point', point: {year: 0}},
  relative: false,
  source: 'story',
  priority: 3,
  story,
});

/** The story-relative phrases of a sentence, not yet resolved. */
export function storyPhrases(ctx: SentenceContext): StoryMention[] {
  const {lang, sentence} = ctx;
  const out: StoryMention[] = [];
  if (lang === 'en') {
    const r = re('en:story-that-month', () => `${B}that (?:same )?(${alternation(ctx.lex.months)})${E}(?!\\s+\\d)`);
    for (const m of sentence.matchAll(r)) {
      const month = ctx.lex.months[(m[1] as string).toLowerCase()]!;
      out.push(storyMention(m.index, m.index + m[0].length, {unit: 'month', amount: 0, how: 'calendar', month}));
    }
  }
  FIXED[lang].forEach(([pattern, shift], i) => {
    for (const m of sentence.matchAll(re(`${lang}:story:${i}`, () => `${B}(?:${pattern})${E}`))) {
      out.push(storyMention(m.index, m.index + m[0].length, shift));
    }
  });
  const c = COUNTED[lang];
  const numbers = Object.keys(NUMBER_WORDS[lang]).join('|');
  const counted = re(`${lang}:story-counted`, () => `${B}(\\d{1,2}|${numbers})[\\s-]+(${c.unit})\\s+(${c.later}|${c.earlier})${E}${c.end}`);
  for (const m of sentence.matchAll(counted)) {
    const [, count, unitWord, direction] = m;
    const amount = /^\d+$/.test(count as string) ? Number(count) : NUMBER_WORDS[lang][(count as string).toLowerCase()]!;
    const unit = UNITS[lang].find(([r]) => r.test(unitWord as string))?.[1];
    if (!unit) continue;
    const later = re(`${lang}:story-later`, () => `^(?:${c.later})$`, 'iu').test(direction as string);
    out.push(storyMention(m.index, m.index + m[0].length, {unit, amount: later ? amount : -amount, how: 'offset'}));
  }
  return out;
}

/**
 * The point a story phrase counts from, out of the date value of the mention before it:
 * a point is itself; an interval its end for a later phrase, its start for an earlier one;
 * a season, "since" or a range of years their year. Decades and centuries anchor nothing.
 */
export function anchorPoint(value: DateValue, forward: boolean): CalendarPoint | null {
  switch (value.kind) {
    case 'point':
      return value.point;
    case 'interval':
      return forward ? value.end : value.start;
    case 'season':
      return {year: value.year};
    case 'since':
      return anchorPoint(value.from, false);
    default:
      return null;
  }
}

/** The date a story phrase gives from its anchor, at the precision both allow; null when the anchor is too coarse. */
export function resolveStory(shift: StoryShift, anchor: CalendarPoint): DateValue | null {
  const {unit, amount, how, month} = shift;
  const hasDay = anchor.month !== undefined && anchor.day !== undefined;
  if (month !== undefined) {
    // "elected in November 2013 … took office that January": the next January.
    return {kind: 'point', point: {year: anchor.month !== undefined && month < anchor.month ? anchor.year + 1 : anchor.year, month}};
  }
  if (unit === 'year') return {kind: 'point', point: {year: anchor.year + amount}};
  if (unit === 'month') {
    if (anchor.month === undefined) return null;
    return {kind: 'point', point: shiftMonths(anchor, amount)};
  }
  if (!hasDay) return null;
  if (unit === 'day') return {kind: 'point', point: shiftDays(anchor, amount)};
  if (how === 'offset') return {kind: 'point', point: shiftDays(anchor, 7 * amount)};
  const {start, end} = weekOf(anchor, amount);
  return {kind: 'interval', start, end};
}
