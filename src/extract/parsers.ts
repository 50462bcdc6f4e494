/**
 * Our own parsers, for what chrono-node does not read: bare years ("in 2016", "a 2019
 * meeting", "since 2009"), year ranges, decades, seasons, early/mid/late, and weeks as
 * Monday–Sunday intervals. Each works on one sentence and returns mentions with offsets
 * into that sentence; `mentions.ts` merges them with chrono's.
 */
import {nearestWeekday, placeSeason, placeYearless, shiftDays, toDate, weekOf} from './calendar.js';
import {alternation, type Lexicon} from './lexicon.js';
import {tenseDirection, tenseReading} from './tense.js';
import type {CalendarPoint, DateValue, ExtractLanguage, Mention} from './types.js';

/** What a parser knows about the sentence it reads. */
export interface SentenceContext {
  sentence: string;
  lang: ExtractLanguage;
  lex: Lexicon;
  /** The publication day (or a stand-in when unknown: relative mentions are flagged). */
  ref: Required<CalendarPoint>;
  /** The day or month the story is telling when it is far from the publication year: year-less dates take its year. */
  story?: CalendarPoint | undefined;
}

/** "2022, when … in July", "1998, als … im Mai", "2019, lorsque … en mars": a clause that takes the year before it. */
const WHEN_CLAUSE: Record<ExtractLanguage, RegExp> = {
  en: /(?<![\p{L}\p{N}])(1\d{3}|20\d{2}),?\s+when\s[^.;:]*$/u,
  de: /(?<![\p{L}\p{N}])(1\d{3}|20\d{2}),\s+als\s[^.;:]*$/u,
  fr: /(?<![\p{L}\p{N}])(1\d{3}|20\d{2}),?\s+(?:lorsque|quand|où)\s[^.;:]*$/u,
};

/** The year of a month (and day) written without one, at `[start, end)` of the sentence. */
export function yearlessYear(ctx: SentenceContext, month: number, day: number | undefined, start: number, end: number): number {
  const when = WHEN_CLAUSE[ctx.lang].exec(ctx.sentence.slice(0, start));
  if (when) return Number(when[1]);
  return placeYearless(month, day, {ref: ctx.ref, tense: tenseReading(ctx.sentence, start, end, ctx.lang), story: ctx.story});
}

/** A mention before it is placed in the whole text. */
export type LocalMention = Omit<Mention, 'text'> & {priority: number};

// Word edges that know accented letters (\b does not).
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';
const YEAR = '(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})';
const NOT_NUMBER_BEFORE = "(?<![\\p{L}\\p{N}$€£¥.,/:'’-])";
const NOT_NUMBER_AFTER = '(?![\\p{L}\\p{N}%]|[.,:/]\\d)';

const cache = new Map<string, RegExp>();
/** A regex built once per key (the key names the language and the rule); `g` ones start over at 0. */
export function re(key: string, build: () => string, flags = 'giu'): RegExp {
  let r = cache.get(key);
  if (!r) {
    r = new RegExp(build(), flags);
    cache.set(key, r);
  }
  r.lastIndex = 0;
  return r;
}

const weekdayOf = (p: CalendarPoint) => toDate(p).getDay();

const mention = (start: number, end: number, value: DateValue, relative: boolean, source: string, priority = 1): LocalMention => ({
  start,
  end,
  value,
  relative,
  source,
  priority,
});

/** "last week", "this week's", "letzte Woche", "la semaine dernière" → Monday to Sunday. */
export function weekMentions(ctx: SentenceContext): LocalMention[] {
  const out: LocalMention[] = [];
  ctx.lex.weeks.forEach(([pattern, weeks], i) => {
    const r = re(`${ctx.lang}:week:${i}`, () => `${B}(?:${pattern})${E}`);
    for (const m of ctx.sentence.matchAll(r)) {
      const {start, end} = weekOf(ctx.ref, weeks);
      out.push(mention(m.index, m.index + m[0].length, {kind: 'interval', start, end}, true, 'week', 2));
    }
  });
  return out;
}

type Part = 'early' | 'mid' | 'late';

/** The months of a year's first, middle or last third. */
function yearPart(year: number, part: Part): DateValue {
  const [a, b] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return {kind: 'interval', start: {year, month: a}, end: {year, month: b}};
}

/** Words for "next year", "last year", "this year" in each language, with the years they move. */
const RELATIVE_YEAR: Record<ExtractLanguage, [string, number][]> = {
  en: [
    ['next year', 1],
    ['last year', -1],
    ['this year', 0],
    ['the year', 0],
  ],
  de: [
    ['nächsten jahres', 1],
    ['kommenden jahres', 1],
    ['letzten jahres', -1],
    ['vergangenen jahres', -1],
    ['des jahres', 0],
    ['dieses jahres', 0],
  ],
  fr: [
    ["l'année prochaine", 1],
    ['l’année prochaine', 1],
    ["l'année dernière", -1],
    ['l’année dernière', -1],
    ["l'année", 0],
    ['l’année', 0],
    ["l'an prochain", 1],
    ['l’an prochain', 1],
    ["l'an dernier", -1],
    ['l’an dernier', -1],
  ],
};

/**
 * "early 2023", "mid-2026", "late September", "early next year", "Ende März", "mi-mars",
 * "fin 2022": a part of a year is a span of months, a part of a month is the month, approximate.
 */
export function partMentions(ctx: SentenceContext): LocalMention[] {
  const {lex, lang, sentence, ref} = ctx;
  const out: LocalMention[] = [];
  const parts = alternation(lex.parts);
  const months = alternation(lex.months);
  const relYears = RELATIVE_YEAR[lang];
  const rel = alternation(relYears.map(([w]) => w));
  const joiner =
    lang === 'fr'
      ? "(?:[- ]|\\s(?:du mois d'|du mois d’|du mois de |de |d'|d’|du |de l'|de l’)?)"
      : lang === 'de'
        ? '\\s(?:des |dieses |)?'
        : '(?:-|\\s(?:of )?(?:the )?)';
  const r = re(
    `${lang}:part`,
    () => `${B}(${parts})${joiner}(?:${YEAR}${NOT_NUMBER_AFTER}|(${rel})${E}|(${months})${E}(?:\\s${YEAR}${NOT_NUMBER_AFTER})?)`,
  );
  for (const m of sentence.matchAll(r)) {
    const part = lex.parts[(m[1] as string).toLowerCase()] as Part;
    const start = m.index;
    const end = start + m[0].length;
    if (m[2]) {
      out.push(mention(start, end, yearPart(Number(m[2]), part), false, 'part'));
    } else if (m[3]) {
      const shift = relYears.find(([w]) => w === (m[3] as string).toLowerCase())?.[1] ?? 0;
      out.push(mention(start, end, yearPart(ref.year + shift, part), true, 'part'));
    } else if (m[4]) {
      const month = lex.months[(m[4] as string).toLowerCase()] as number;
      const year = m[5] ? Number(m[5]) : yearlessYear(ctx, month, undefined, start, end);
      out.push(mention(start, end, {kind: 'point', point: {year, month}, approximate: true}, !m[5], 'part'));
    }
  }
  // "earlier this month", "later this year": the stretch of the period before or after the day.
  if (lang === 'en') {
    const r2 = re('en:earlier-later', () => `${B}(earlier|later) this (month|year)${E}`);
    for (const m of sentence.matchAll(r2)) {
      const earlier = (m[1] as string).toLowerCase() === 'earlier';
      const value: DateValue =
        m[2]!.toLowerCase() === 'month'
          ? {kind: 'point', point: {year: ref.year, month: ref.month}}
          : earlier
            ? {kind: 'interval', start: {year: ref.year, month: 1}, end: {year: ref.year, month: ref.month}}
            : {kind: 'interval', start: {year: ref.year, month: ref.month}, end: {year: ref.year, month: 12}};
      out.push(mention(m.index, m.index + m[0].length, value, true, 'part'));
    }
  }
  return out;
}

/** Seasons. A bare English season needs a year, a modifier or "in the" before it ("a fall in prices" is none). */
export function seasonMentions(ctx: SentenceContext): LocalMention[] {
  const {lex, lang, sentence, ref} = ctx;
  const out: LocalMention[] = [];
  const seasons = alternation(lex.seasons);
  const mods = `${lex.last}|${lex.this}|${lex.next}`;
  const lead =
    lang === 'en'
      ? '(?:in|during|over|through|by|since|until|till|before|after|from|throughout) (?:the )?'
      : lang === 'de'
        ? '(?:im|in diesem|seit dem) '
        : "(?:en |au |à l'|à l’|l'|l’|de l'|de l’|depuis l'|depuis l’|cet |ce )";
  const of = lang === 'en' ? '(?: of)?' : lang === 'de' ? '(?: des jahres)?' : "(?: de l'année| de l’année)?";
  const r = re(
    `${lang}:season`,
    () =>
      `${B}(${lead})?(?:(${mods})\\s)?${lang === 'en' ? '(?:early |mid-|mid |late )?' : ''}(${seasons})${E}(?:${of}\\s${YEAR}${NOT_NUMBER_AFTER})?(?:\\s(${lex.last}|${lex.next})${E})?`,
  );
  for (const m of sentence.matchAll(r)) {
    const [, leadWord, modBefore, name, year, modAfter] = m;
    const season = lex.seasons[(name as string).toLowerCase()]!;
    const mod = (modBefore ?? modAfter)?.toLowerCase();
    // A season needs a preposition, a modifier or a year: "avait été", "a spring in his step" are none.
    if (!year && !mod && !leadWord) continue;
    // "in the fall of Kabul": an English "fall" followed by "of" something other than a year is no season.
    if (lang === 'en' && /fall/i.test(name as string) && !year && /^\s+of\s/i.test(sentence.slice(m.index + m[0].length))) continue;
    const start = m.index;
    const end = start + m[0].length;
    let y: number;
    if (year) y = Number(year);
    else {
      const how = !mod
        ? tenseDirection(sentence, start, end, lang)
        : re(`${lang}:is-last`, () => `^(?:${lex.last})$`, 'iu').test(mod)
          ? 'last'
          : re(`${lang}:is-next`, () => `^(?:${lex.next})$`, 'iu').test(mod)
            ? 'next'
            : 'this';
      y = placeSeason(ref, season, how);
    }
    out.push(mention(start, end, {kind: 'season', year: y, season}, !year, 'season'));
  }
  return out;
}

/** "the 1990s", "die 1990er Jahre", "les années 1990". */
export function decadeMentions(ctx: SentenceContext): LocalMention[] {
  const r = re(`${ctx.lang}:decade`, () => `${B}${ctx.lex.decade}${E}`);
  return [...ctx.sentence.matchAll(r)].map((m) =>
    mention(m.index, m.index + m[0].length, {kind: 'decade', decade: Number(m[1])}, false, 'decade'),
  );
}

/** Counted things after a number: "2000 vehicles" is not a year. */
const COUNTED =
  /^\s*(?:people|persons|vehicles|cars|units|km|kilomet(?:re|er)s|miles|met(?:re|er)s|feet|ft|tons|tonnes|dollars|euros|pounds|jobs|homes|houses|workers|troops|soldiers|students|votes|points|times|years|days|hours|minutes|seconds|copies|users|cases|deaths|employees|residents|acres|hectares|items|pieces|words|pages|menschen|personen|fahrzeuge|euro|stück|jahre|tage|personnes|véhicules|habitants|emplois|ans|jours|mètres|kilomètres|tonnes|morts)(?![\p{L}])/iu;

/**
 * Words before "since" that make it a comparison, not a state: "the largest outbreak since
 * 2019", "the first time since May", "der höchste Stand seit 1992", "le plus bas depuis 2010".
 * Such a "since" dates the earlier happening itself.
 */
const COMPARATIVE: Record<ExtractLanguage, RegExp> = {
  en: /(?:^|[^\p{L}])(?:(?:the|its|their|his|her|a)\s+(?:\p{L}+['’]s\s+)?(?:\p{L}+est|most|least|first|last|only|best|worst|biggest)|first time|record|more than at any time)(?:[^\p{L}]+\p{L}+){0,6}[^\p{L}]+since\s+(?:the\s+)?$/iu,
  de: /(?:^|[^\p{L}])(?:(?:der|die|das|den|dem|des)\s+(?:\p{L}+ste[nmrs]?|erste[nmrs]?|einzige[nmrs]?|meisten)|zum ersten mal|rekord\p{L}*)(?:[^\p{L}]+\p{L}+){0,6}[^\p{L}]+seit\s+(?:dem\s+|der\s+|den\s+)?$/iu,
  fr: /(?:^|[^\p{L}])(?:(?:le|la|les)\s+(?:plus|moins|premier|première|seule?)|pour la première fois|record)(?:[^\p{L}]+\p{L}+){0,6}[^\p{L}]+depuis\s+(?:l['’]|le\s+|la\s+|les\s+)?$/iu,
};

/** Whether the "since" that ends `before` compares rather than dates a state. */
export function comparesSince(before: string, lang: ExtractLanguage): boolean {
  const clause = before.split(/[,;:—–()]/).pop() ?? before;
  return COMPARATIVE[lang].test(clause);
}

/** Bare years, "since 2009", and ranges "from 2010 to 2015", "2019–20". */
export function yearMentions(ctx: SentenceContext): LocalMention[] {
  const {lex, lang, sentence, ref} = ctx;
  const out: LocalMention[] = [];
  const plausible = (y: number) => y <= ref.year + 100;
  // Ranges first: they are longer and win over their years in the merge.
  const range = re(
    `${lang}:year-range`,
    () =>
      `${B}(?:(${lex.rangeFrom})\\s)?${NOT_NUMBER_BEFORE}${YEAR}(?:\\s?[-–—]\\s?|\\s(?:${lex.rangeTo})\\s)(\\d{4}|\\d{2})${NOT_NUMBER_AFTER}`,
  );
  for (const m of sentence.matchAll(range)) {
    const a = Number(m[2]);
    let b = Number(m[3]);
    if ((m[3] as string).length === 2) b = Math.floor(a / 100) * 100 + b;
    if (b <= a || !plausible(b) || b - a > 200) continue;
    // "between 2010 and 2015" needs its first word; a bare "2010 and 2015" is two years.
    if (!m[1] && !/[-–—]/.test(m[0])) continue;
    out.push(mention(m.index, m.index + m[0].length, {kind: 'interval', start: {year: a}, end: {year: b}}, false, 'year-range', 2));
  }
  const single = re(`${lang}:year`, () => `${NOT_NUMBER_BEFORE}${YEAR}${NOT_NUMBER_AFTER}`);
  const leads = re(`${lang}:year-lead`, () => `(?:^|[^\\p{L}])(${lex.yearLead})\\s+$`, 'iu');
  const articles = re(`${lang}:year-article`, () => `(?:^|[^\\p{L}])(${lex.yearArticle})\\s+$`, 'iu');
  // "a difficult 2023,": an article and an adjective, the year closing the phrase.
  const articleAdjective = re(`${lang}:year-article-adjective`, () => `(?:^|[^\\p{L}])(?:${lex.yearArticle})\\s+\\p{Ll}+\\s+$`, 'u');
  const since = re(`${lang}:year-since`, () => `(?:^|[^\\p{L}])(?:${lex.since})\\s+$`, 'iu');
  const months = re(`${lang}:year-month`, () => `(?:${alternation(lex.months)})\\.?,?\\s+$`, 'iu');
  for (const m of sentence.matchAll(single)) {
    const year = Number(m[1]);
    const start = m.index;
    const end = start + m[0].length;
    const before = sentence.slice(Math.max(0, start - 30), start);
    const after = sentence.slice(end, end + 30);
    if (!plausible(year) || COUNTED.test(after)) continue;
    const byLead = leads.test(before);
    const byArticle =
      (articles.test(before) && /^\s+\p{L}/u.test(after)) || (articleAdjective.test(before) && /^(?:[,;:.!?)]|$)/u.test(after));
    const possessive = /^['’]s\b/.test(after);
    const bracketed = /\($/.test(before) && /^\)/.test(after);
    const opening = before.trim() === '' && /^[\s,]/.test(after);
    // German: "wurde 1962 eröffnet" (a verb after it), not "1500 neue Wohnungen" (a noun after it).
    const germanVerb = lang === 'de' && year >= 1800 && /^\s+\p{Ll}+(?:[\s,.;]+(?!\p{Lu})|$)/u.test(after);
    // "remains 2022, when a dry winter…": a clause that the year dates.
    const whenAfter = /^,\s+(?:when|als|lorsque|quand)\s/u.test(after);
    if (!(byLead || byArticle || possessive || bracketed || opening || germanVerb || whenAfter || months.test(before))) continue;
    const point: DateValue = {kind: 'point', point: {year}};
    const value: DateValue = since.test(before) && !comparesSince(sentence.slice(0, start), lang) ? {kind: 'since', from: point} : point;
    out.push(mention(start, end, value, false, 'year', 0));
  }
  return out;
}

/** Month leads for German and French, whose chrono parsers need a day with a month name. */
const MONTH_LEAD: Partial<Record<ExtractLanguage, string>> = {
  de: 'im|seit|bis|ab|vom|von|anfang|mitte|ende|zum',
  fr: "en|depuis|dès|jusqu'en|jusqu’en|au mois de|au mois d'|au mois d’|courant|fin|début|mi|de|d'|d’",
};

/** "im Oktober", "en janvier 2023", "im vergangenen Oktober", "en janvier dernier" (de, fr). */
export function monthMentions(ctx: SentenceContext): LocalMention[] {
  const {lex, lang, sentence, ref} = ctx;
  const lead = MONTH_LEAD[lang];
  if (!lead) return [];
  const out: LocalMention[] = [];
  const months = alternation(lex.months);
  const r = re(
    `${lang}:month`,
    () =>
      `${B}(?:(${lead})[\\s-]?)?(?:(${lex.last}|${lex.this}|${lex.next})\\s)?(${months})${E}(?:\\s${YEAR}${NOT_NUMBER_AFTER})?(?:\\s(${lex.last}|${lex.next})${E})?`,
  );
  for (const m of sentence.matchAll(r)) {
    const [, leadWord, modBefore, name, year, modAfter] = m;
    if (!leadWord && !year && !modBefore && !modAfter) continue;
    const month = lex.months[(name as string).toLowerCase()] as number;
    const start = m.index;
    const end = start + m[0].length;
    const mod = (modBefore ?? modAfter ?? '').toLowerCase();
    let y: number;
    if (year) y = Number(year);
    else if (mod && re(`${lang}:is-last`, () => `^(?:${lex.last})$`, 'iu').test(mod)) y = month >= ref.month - 1 ? ref.year - 1 : ref.year;
    else if (mod && re(`${lang}:is-next`, () => `^(?:${lex.next})$`, 'iu').test(mod)) y = month > ref.month ? ref.year : ref.year + 1;
    else if (mod) y = ref.year;
    else y = yearlessYear(ctx, month, undefined, start, end);
    out.push(mention(start, end, {kind: 'point', point: {year: y, month}}, !year, 'month', 0));
  }
  return out;
}

/** "l'an dernier", "im vergangenen Jahr", "dieses Jahr": the year, where chrono does not read it. */
const YEAR_WORDS: Partial<Record<ExtractLanguage, [string, number][]>> = {
  de: [
    ['(?:im |)(?:letzten|vergangenen|vorigen) jahr|letztes jahr|vergangenes jahr|voriges jahr', -1],
    ['(?:im |)(?:nächsten|kommenden) jahr|nächstes jahr|kommendes jahr', 1],
    ['(?:in )?diesem jahr|dieses jahr', 0],
  ],
  fr: [
    ["l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée)", -1],
    ["l['’]an prochain|l['’]année prochaine", 1],
    ['cette année', 0],
  ],
};

export function relativeYearMentions(ctx: SentenceContext): LocalMention[] {
  const out: LocalMention[] = [];
  (YEAR_WORDS[ctx.lang] ?? []).forEach(([pattern, shift], i) => {
    for (const m of ctx.sentence.matchAll(re(`${ctx.lang}:rel-year:${i}`, () => `${B}(?:${pattern})${E}`))) {
      out.push(mention(m.index, m.index + m[0].length, {kind: 'point', point: {year: ctx.ref.year + shift}}, true, 'year-word', 2));
    }
  });
  return out;
}

/** Halves and quarters of a year, by language: ordinal words → 1-based index, and the period words. */
const PERIODS: Record<ExtractLanguage, {ordinals: Record<string, number>; half: string; quarter: string; of: string; fiscal: string}> = {
  en: {
    ordinals: {first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4},
    half: 'half',
    quarter: 'quarter',
    of: '(?:\\s+of)?',
    fiscal: 'fiscal|financial',
  },
  de: {
    ordinals: {ersten: 1, erste: 1, zweiten: 2, zweite: 2, dritten: 3, dritte: 3, vierten: 4, vierte: 4},
    half: 'halbjahr|jahreshälfte|halbjahres|jahreshälfte',
    quarter: 'quartal|quartals',
    of: '',
    fiscal: 'geschäftsjahr|geschäftsjahres|fiskal',
  },
  fr: {
    ordinals: {premier: 1, '1er': 1, second: 2, deuxième: 2, '2e': 2, troisième: 3, '3e': 3, quatrième: 4, '4e': 4},
    half: 'semestre',
    quarter: 'trimestre',
    of: '',
    fiscal: 'exercice|fiscal',
  },
};

/**
 * "the second half of 2025", "the third quarter", "Q3 2024", "im dritten Quartal", "au premier
 * semestre 2025": the months they cover. A fiscal period is left out: its calendar is the company's.
 */
export function periodMentions(ctx: SentenceContext): LocalMention[] {
  const {lang, sentence, ref} = ctx;
  const p = PERIODS[lang];
  const ordinals = alternation(p.ordinals);
  const out: LocalMention[] = [];
  const rel = alternation(RELATIVE_YEAR[lang].map(([w]) => w));
  const r = re(
    `${lang}:period`,
    () =>
      `${B}(?:(${ordinals})\\s+(?:(${p.fiscal})[\\s-]+)?(${p.half}|${p.quarter})|(?:q|t)([1-4]))${E}(?:${p.of}\\s+(?:(?:fiscal|financial)\\s+)?${YEAR}${NOT_NUMBER_AFTER}|${p.of}\\s+(${rel})${E})?`,
  );
  for (const m of sentence.matchAll(r)) {
    const [, ordinal, fiscal, period, qNumber, year, relYear] = m;
    const before = sentence.slice(Math.max(0, m.index - 20), m.index);
    if (fiscal || re(`${lang}:fiscal-before`, () => `(?:${p.fiscal})\\s+$`, 'iu').test(before)) continue;
    // "Q3" needs a year: alone it is too often a name.
    if (qNumber && !year) continue;
    const isHalf = period !== undefined && re(`${lang}:is-half`, () => `^(?:${p.half})$`, 'iu').test(period);
    const index = qNumber ? Number(qNumber) : p.ordinals[(ordinal as string).toLowerCase()]!;
    if (isHalf && index > 2) continue;
    const size = isHalf ? 6 : 3;
    const n = index;
    const first = (n - 1) * size + 1;
    const last = first + size - 1;
    const start = m.index;
    const end = start + m[0].length;
    let y: number;
    if (year) y = Number(year);
    else if (relYear) y = ref.year + (RELATIVE_YEAR[lang].find(([w]) => w === relYear.toLowerCase())?.[1] ?? 0);
    else {
      // A period named without a year: this year's if it has begun (past) or not ended (future).
      const direction = tenseDirection(sentence, start, end, lang);
      y = direction === 'past' ? (first <= ref.month ? ref.year : ref.year - 1) : last >= ref.month ? ref.year : ref.year + 1;
    }
    out.push(mention(start, end, {kind: 'interval', start: {year: y, month: first}, end: {year: y, month: last}}, !year, 'period', 2));
  }
  return out;
}

const ROMAN: Record<string, number> = {xv: 15, xvi: 16, xvii: 17, xviii: 18, xix: 19, xx: 20, xxi: 21};
/** "the 19th century", "im 19. Jahrhundert", "au XIXe siècle": a one-based century number in group 1 or 2. */
const CENTURY: Record<ExtractLanguage, string> = {
  en: '(?:the\\s+)?(1[5-9]|2[01])(?:st|nd|rd|th)\\s+century',
  de: '(?:im\\s+|dem\\s+|das\\s+)?(1[5-9]|2[01])\\.\\s+jahrhundert(?:s)?',
  fr: '(?:au\\s+|le\\s+|du\\s+)?(?:(1[5-9]|2[01])e|(xv|xvi|xvii|xviii|xix|xx|xxi)e)\\s+siècle',
};

/**
 * Centuries as EDTF years with unspecified digits: the 19th century is `18XX` (1800–1899, the
 * common reading, not the strict 1801–1900). "early/late 19th century" keeps just the century.
 */
export function centuryMentions(ctx: SentenceContext): LocalMention[] {
  const r = re(`${ctx.lang}:century`, () => `${B}${CENTURY[ctx.lang]}${E}`);
  return [...ctx.sentence.matchAll(r)].map((m) => {
    const n = m[1] ? Number(m[1]) : ROMAN[(m[2] as string).toLowerCase()]!;
    return mention(m.index, m.index + m[0].length, {kind: 'century', century: (n - 1) * 100}, false, 'century');
  });
}

const WEEKEND: Record<ExtractLanguage, [string, 'last' | 'this' | 'next' | 'tense'][]> = {
  en: [
    ['(?:last|this past|past) weekend', 'last'],
    ['next weekend', 'next'],
    ['this (?:coming )?weekend', 'this'],
    ['(?:over|during|through|throughout|at|on) the weekend', 'tense'],
  ],
  de: [
    ['(?:am )?(?:letzten|vergangenen) wochenende', 'last'],
    ['(?:am )?(?:nächsten|kommenden) wochenende', 'next'],
    ['(?:an )?diesem wochenende|am wochenende', 'tense'],
  ],
  fr: [
    ['le week-end (?:dernier|passé)', 'last'],
    ['le week-end prochain', 'next'],
    ['ce week-end', 'this'],
  ],
};

/** Weekends as Saturday–Sunday intervals: "over the weekend" by tense, "last weekend", "this weekend". */
export function weekendMentions(ctx: SentenceContext): LocalMention[] {
  const {lang, sentence, ref} = ctx;
  const out: LocalMention[] = [];
  WEEKEND[lang].forEach(([pattern, how], i) => {
    for (const m of sentence.matchAll(re(`${lang}:weekend:${i}`, () => `${B}(?:${pattern})${E}`))) {
      const start = m.index;
      const end = start + m[0].length;
      const direction =
        how === 'last'
          ? 'past'
          : how === 'next'
            ? 'future'
            : how === 'this'
              ? weekdayOf(ref) === 0
                ? 'past'
                : 'future'
              : tenseDirection(sentence, start, end, lang);
      // The Saturday on or before the day (past), or on or after it (future); from a Sunday, its own weekend.
      let saturday = nearestWeekday(ref, 6, direction);
      if (direction === 'future' && weekdayOf(ref) === 0) saturday = nearestWeekday(ref, 6, 'past');
      if (how === 'next') saturday = nearestWeekday(shiftDays(ref, 1), 6, 'future');
      out.push(mention(start, end, {kind: 'interval', start: saturday, end: shiftDays(saturday, 1)}, true, 'weekend', 2));
    }
  });
  return out;
}

/** Every mention our own parsers find in the sentence. */
export function ownMentions(ctx: SentenceContext): LocalMention[] {
  return [
    ...weekMentions(ctx),
    ...partMentions(ctx),
    ...seasonMentions(ctx),
    ...decadeMentions(ctx),
    ...yearMentions(ctx),
    ...monthMentions(ctx),
    ...relativeYearMentions(ctx),
    ...periodMentions(ctx),
    ...centuryMentions(ctx),
    ...weekendMentions(ctx),
  ];
}
