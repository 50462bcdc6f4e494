/**
 * Temporal phrases read by chrono-node, turned into date values at the precision the phrase
 * gives. chrono fills what a phrase leaves out from the reference day; its `isCertain` says
 * which parts were written, and only those make the date. Weekdays and months written
 * without a year are placed by the tense of their clause, not by chrono's "closest" guess.
 * Durations and offsets from another event ("nine years after", "within twelve months",
 * "a day before") are dropped: they do not date a happening against the publication day.
 */
import * as chrono from 'chrono-node';
import {nearestWeekday, weekOf} from './calendar.js';
import {B, E, re, yearlessYear, type LocalMention, type SentenceContext} from './parsers.js';
import {clauseHasTense, tenseDirection} from './tense.js';
import type {CalendarPoint, DateValue, ExtractLanguage} from './types.js';

const PARSERS: Record<ExtractLanguage, chrono.Chrono> = {en: chrono.en.casual, de: chrono.de.casual, fr: chrono.fr.casual};

/** Time units, for telling "last week" from "two weeks later". */
const UNIT: Record<ExtractLanguage, RegExp> = {
  en: /(?<![\p{L}])(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:sekunde|minute|stunde|tag|woche|monat|quartal|jahr|jahrzehnt)(?:e|en|n|s|es)?(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:seconde|minute|heure|jour|semaine|mois|trimestre|an|année|décennie)s?(?![\p{L}])/iu,
};
const WEEK: Record<ExtractLanguage, RegExp> = {en: /week/i, de: /woche/i, fr: /semaine/i};
/** An amount of time: a number, or a number word. */
const AMOUNT: Record<ExtractLanguage, RegExp> = {
  en: /\d|(?<![\p{L}])(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|few|several|couple|half)(?![\p{L}])/iu,
  de: /\d|(?<![\p{L}])(?:ein|eine|einem|einen|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|paar|einigen|mehreren|halb)(?![\p{L}])/iu,
  fr: /\d|(?<![\p{L}])(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs|demi)(?![\p{L}])/iu,
};
/** "ago": an amount of time counted back from the publication day. */
const AGO: Record<ExtractLanguage, RegExp> = {en: /\bago\b/i, de: /^vor\s/i, fr: /il y a/i};

const NUMBER: Record<ExtractLanguage, string> = {
  en: '\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|a few|few|several|a couple of|half a|many',
  de: '\\d+|ein|eine|einem|einen|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|ein paar|einigen|mehreren|wenigen',
  fr: '\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quelques|plusieurs',
};
const UNIT_WORD: Record<ExtractLanguage, string> = {
  en: '(?:second|minute|hour|day|week|fortnight|month|quarter|year|decade)s?',
  de: '(?:sekunde|minute|stunde|tag|woche|monat|quartal|jahr|jahrzehnt)(?:e|en|n|s|es)?',
  fr: '(?:seconde|minute|heure|jour|semaine|mois|trimestre|an|année|décennie)s?',
};
/** Words before an amount of time that make it a duration: "within twelve months", "pendant cinq mois". */
const DURATION_BEFORE: Record<ExtractLanguage, string> = {
  en: '(?:within|in|for|over|during|after|about|nearly|almost|some|another)\\s+(?:the\\s+(?:next|past|last|first|following)\\s+)?',
  de: '(?:innerhalb von|innerhalb|binnen|nach|seit|für|über|fast|rund|etwa)\\s+',
  fr: '(?:pendant|durant|en|dans|depuis|après|près de|environ|presque)\\s+',
};
/** Words after an amount of time that make it an offset from another event: "two days after", "deux jours plus tard". */
const OFFSET_AFTER: Record<ExtractLanguage, string> = {
  en: '\\s+(?:after|later|before|earlier|afterwards|prior|on|into)',
  de: '\\s+(?:später|danach|zuvor|vorher|davor|darauf|nach)',
  fr: '\\s+(?:plus tard|après|avant|plus tôt|auparavant)',
};

/** "over the next year", "in the past month": a stretch of time counted from now, not a date. */
const STRETCH: Record<ExtractLanguage, string> = {
  en: '(?:over|during|within|throughout|for|in)\\s+the\\s+(?:next|past|last|following|coming)\\s+(?:few\\s+)?(?:months?|years?|decades?)(?!\\s+of)',
  de: '(?!)',
  fr: '(?!)',
};

/** Parts of a day before a date ("the night of Oct. 3"): chrono merges them into a date it then loses. */
const DAY_PART_OF: Record<ExtractLanguage, string> = {
  en: '(?:early\\s+)?(?:night|morning|evening|afternoon|early hours|small hours)\\s+of',
  de: '(?:nacht|morgen|abend|nachmittag)\\s+(?:zum|auf den|des)',
  fr: '(?:nuit|matinée|soirée|après-midi)\\s+du',
};

const masks = new Map<ExtractLanguage, RegExp>();

/**
 * The sentence with durations and offsets from other events blanked out (same length, so
 * offsets hold): chrono would otherwise read them as dates, or merge them into the date next
 * to them ("Oct. 3, 2022, two days after the audit" is not a relative date).
 */
function maskDurations(sentence: string, lang: ExtractLanguage): string {
  let mask = masks.get(lang);
  if (!mask) {
    const amount = `(?:${NUMBER[lang]})(?:[\\s-]+(?:more|weitere|autres))?[\\s-]+${UNIT_WORD[lang]}`;
    mask = new RegExp(
      `${B}(?:${DURATION_BEFORE[lang]}${amount}(?:${OFFSET_AFTER[lang]})?|${amount}${OFFSET_AFTER[lang]}|${DAY_PART_OF[lang]}|${STRETCH[lang]})${E}`,
      'giu',
    );
    masks.set(lang, mask);
  }
  mask.lastIndex = 0;
  return sentence.replace(mask, (m) => ' '.repeat(m.length));
}
const NEXT_WORD: Record<ExtractLanguage, RegExp> = {
  en: /(?<![\p{L}])(?:next|coming)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:nächste[nms]?|kommende[nms]?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:prochain|prochaine|suivant|suivante)(?![\p{L}])/iu,
};
const LAST_WORD: Record<ExtractLanguage, RegExp> = {
  en: /(?<![\p{L}])(?:last|past|previous)(?![\p{L}])/iu,
  de: /(?<![\p{L}])(?:letzte[nms]?|vergangene[nms]?|vorige[nms]?)(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:dernier|dernière|passé|passée|précédent|précédente)(?![\p{L}])/iu,
};
const THIS_WORD: Record<ExtractLanguage, RegExp> = {
  en: /(?<![\p{L}])this(?![\p{L}])/iu,
  de: /(?<![\p{L}])diese[nms]?(?![\p{L}])/iu,
  fr: /(?<![\p{L}])(?:ce|cet|cette)(?![\p{L}])/iu,
};

type Components = chrono.ParsedComponents;

function point(c: Components, withMonth: boolean, withDay: boolean): CalendarPoint {
  const p: CalendarPoint = {year: c.get('year') as number};
  if (withMonth) p.month = c.get('month') as number;
  if (withMonth && withDay) p.day = c.get('day') as number;
  return p;
}

const REFERENCE_TAGS = /casualReference|relativeDate/;

/** Whether chrono's result names a day, a month or a year, not just a time of day. */
function datesSomething(c: Components, tags: Set<string>): boolean {
  if (['year', 'month', 'day', 'weekday'].some((k) => c.isCertain(k as chrono.Component))) return true;
  return [...tags].some((t) => REFERENCE_TAGS.test(t));
}

/**
 * Turns one side of a chrono result into a date value, or null when it is not a date.
 * `text` is the phrase as written (with any modifier word taken in before it).
 */
function sideValue(
  c: Components,
  tags: Set<string>,
  text: string,
  ctx: SentenceContext,
  at: {start: number; end: number},
): {value: DateValue; relative: boolean} | null {
  const {lang, ref, sentence} = ctx;
  const certain = (k: chrono.Component) => c.isCertain(k);
  const relative = [...tags].some((t) => REFERENCE_TAGS.test(t));
  const direction = () => tenseDirection(sentence, at.start, at.end, lang);
  if (relative && WEEK[lang].test(text) && certain('day')) {
    // "two weeks ago": the Monday–Sunday week that day falls in.
    const {start, end} = weekOf({year: c.get('year')!, month: c.get('month')!, day: c.get('day')!});
    return {value: {kind: 'interval', start, end}, relative: true};
  }
  if (certain('day') && certain('month') && certain('year')) return {value: {kind: 'point', point: point(c, true, true)}, relative};
  if (certain('weekday') && !certain('day')) {
    const weekday = c.get('weekday') as number;
    // "last Friday", "next Thursday": chrono's own arithmetic; a bare "on Friday" follows the tense.
    if (LAST_WORD[lang].test(text) || NEXT_WORD[lang].test(text))
      return {value: {kind: 'point', point: point(c, true, true)}, relative: true};
    return {value: {kind: 'point', point: nearestWeekday(ref, weekday, direction())}, relative: true};
  }
  if (certain('month') && !certain('year')) {
    const month = c.get('month') as number;
    const day = certain('day') ? (c.get('day') as number) : undefined;
    let year: number;
    if (LAST_WORD[lang].test(text)) year = month >= ref.month - 1 ? ref.year - 1 : ref.year;
    else if (NEXT_WORD[lang].test(text)) year = month > ref.month ? ref.year : ref.year + 1;
    else if (THIS_WORD[lang].test(text)) year = ref.year;
    else year = yearlessYear(ctx, month, day, at.start, at.end);
    const p: CalendarPoint = {year, month};
    if (day !== undefined) p.day = day;
    return {value: {kind: 'point', point: p}, relative: true};
  }
  if (certain('month')) return {value: {kind: 'point', point: point(c, true, certain('day'))}, relative};
  if (certain('year')) return {value: {kind: 'point', point: point(c, false, false)}, relative};
  if (certain('day')) return {value: {kind: 'point', point: point(c, true, true)}, relative};
  return null;
}

function samePoint(a: CalendarPoint, b: CalendarPoint): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

function pointKey(p: CalendarPoint): number {
  return p.year * 10000 + (p.month ?? 0) * 100 + (p.day ?? 0);
}

/** chrono's mentions in the sentence, as date values; durations, the clock and time-only phrases left out. */
export function chronoMentions(ctx: SentenceContext): LocalMention[] {
  const {lang, ref, sentence, lex} = ctx;
  const instant = new Date(Date.UTC(ref.year, ref.month - 1, ref.day, 12));
  const results = PARSERS[lang].parse(maskDurations(sentence, lang), {instant, timezone: 0});
  const out: LocalMention[] = [];
  const clock = re(`${lang}:clock`, () => `^(?:${lex.clock})$`, 'iu');
  const today = re(`${lang}:today`, () => `${B}(?:${lex.today})${E}`, 'iu');
  const modifierBefore = re(`${lang}:modifier-before`, () => `${B}(?:${lex.last}|${lex.this}|${lex.next})\\s+$`, 'iu');
  for (const r of results) {
    let start = r.index;
    // chrono takes in a comma after a weekday ("dimanche,"): leave it to the next clause.
    const end = r.index + r.text.replace(/[\s,;:]+$/u, '').length;
    const tags = r.tags();
    if (clock.test(sentence.slice(start, end).trim())) continue;
    // English and German write weekdays with a capital: "sat", "sun" are a verb and a star.
    if (lang !== 'fr' && r.start.isCertain('weekday') && !r.start.isCertain('day') && !/\p{Lu}/u.test(r.text)) continue;
    if (!datesSomething(r.start, tags)) continue;
    // Hours and minutes from now ("in 2 hours", and chrono's "last s(econd)" in "lasts"): not a day.
    if (tags.has('result/relativeDateAndTime')) continue;
    // A month or weekday with its modifier before it: "Last February", "vergangenen Montag".
    const before = sentence.slice(Math.max(0, start - 20), start);
    const mod = modifierBefore.exec(before);
    if (mod && !r.start.isCertain('year') && (r.start.isCertain('month') || r.start.isCertain('weekday'))) start -= mod[0].length;
    const text = sentence.slice(start, end);
    const relative = [...tags].some((t) => REFERENCE_TAGS.test(t));
    // Amounts of time: kept only when counted back from today ("three years ago").
    if (relative && UNIT[lang].test(text) && AMOUNT[lang].test(text) && !AGO[lang].test(text)) continue;
    // "today" as the reporting clock: a date only when its clause has a past or future verb.
    if (today.test(text) && !clauseHasTense(sentence, start, end, lang)) continue;
    const at = {start, end};
    const first = sideValue(r.start, tags, text, ctx, at);
    if (!first) continue;
    let value = first.value;
    if (r.end) {
      const second = sideValue(r.end, tags, text, ctx, at);
      if (second && first.value.kind === 'point' && second.value.kind === 'point' && !samePoint(first.value.point, second.value.point)) {
        const a = first.value.point;
        const b = second.value.point;
        // "March 3-5": the end takes the precision of the start.
        if (pointKey(b) > pointKey(a)) value = {kind: 'interval', start: a, end: b};
      }
    }
    out.push({start, end, value, relative: first.relative, source: 'chrono', priority: 1});
  }
  return out;
}
