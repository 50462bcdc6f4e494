/**
 * Which side of the publication day a phrase without its own direction ("on Friday",
 * "in September") falls on, from the tense of its clause: news reports the past unless the
 * clause speaks of the future ("will", "is expected to"). The verb marker nearest the phrase
 * in its clause decides ("said on Thursday that a vote was expected": "said"); a clause with
 * none defers to the sentence, and a sentence with none is in the past. "until spring"
 * points ahead unless its clause is in the past.
 */
import type {Direction} from './calendar.js';
import {LEXICONS} from './lexicon.js';
import type {ExtractLanguage} from './types.js';

const patterns = new Map<string, RegExp>();

function markers(lang: ExtractLanguage, which: 'future' | 'past' | 'pastWeak'): RegExp {
  const key = `${lang}:${which}`;
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${LEXICONS[lang][which]})(?![\\p{L}\\p{N}])`, 'giu');
    patterns.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/** "until spring", "until at least April": the phrase or the words right before it. */
const UNTIL: Record<ExtractLanguage, RegExp> = {
  en: /(?:^|\s)(?:until|till)\s+(?:at least\s+|at the earliest\s+)?$/i,
  de: /(?:^|\s)bis\s+(?:mindestens\s+|frühestens\s+)?$/i,
  fr: /(?:^|\s)jusqu['’]/i,
};

const SINCE: Record<ExtractLanguage, RegExp> = {
  en: /(?:^|\s)since\s+$/i,
  de: /(?:^|\s)seit\s+$/i,
  fr: /(?:^|\s)depuis\s+$/i,
};

const PASSIVE: Record<ExtractLanguage, RegExp> = {
  en: /(?:^|\s)(?:be|been|being|get|gets|got)\s+$/i,
  de: /(?!)/,
  fr: /(?:^|\s)(?:être|été)\s+$/i,
};

const CLAUSE_BREAK = /[,;:—–()]|\s-\s/g;

/** The bounds of the clause of `sentence` around the offsets `[from, to)`. */
function clauseBounds(sentence: string, from: number, to: number): {start: number; end: number} {
  let start = 0;
  let end = sentence.length;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    if (at < from) start = at + m[0].length;
    else if (at >= to) {
      end = at;
      break;
    }
  }
  return {start, end};
}

/**
 * The tense of the marker nearest the phrase within `[start, end)`, outside the phrase; null
 * when none. Weak past markers ("-ed": also "will stay closed") count only when no other does.
 */
function nearestMarker(sentence: string, from: number, to: number, start: number, end: number, lang: ExtractLanguage): Direction | null {
  return (
    nearestOf(['future', 'past'], sentence, from, to, start, end, lang) ?? nearestOf(['pastWeak'], sentence, from, to, start, end, lang)
  );
}

function nearestOf(
  kinds: ('future' | 'past' | 'pastWeak')[],
  sentence: string,
  from: number,
  to: number,
  start: number,
  end: number,
  lang: ExtractLanguage,
): Direction | null {
  let best: {distance: number; direction: Direction} | null = null;
  for (const kind of kinds) {
    const direction: Direction = kind === 'future' ? 'future' : 'past';
    for (const m of sentence.matchAll(markers(lang, kind))) {
      const a = m.index ?? 0;
      const b = a + m[0].length;
      if (a < start || b > end || (a < to && b > from)) continue;
      // A participle after "be" ("would be held", "will be built") is a passive, not a past tense.
      if (direction === 'past' && PASSIVE[lang].test(sentence.slice(Math.max(0, a - 8), a))) continue;
      const distance = b <= from ? from - b : a - to;
      // On a tie the future wins: "was expected" reads as the future of the past.
      if (!best || distance < best.distance || (distance === best.distance && direction === 'future')) best = {distance, direction};
    }
  }
  return best?.direction ?? null;
}

/** A tense reading: the direction, and whether a clear marker gave it (rather than an "-ed" form, the sentence or the default). */
export interface TenseReading {
  direction: Direction;
  certain: boolean;
}

/** "requests filed in September", "who booked before Oct. 15": an "-ed" form right before the phrase is its own verb. */
const OWN_WEAK_VERB: Record<ExtractLanguage, RegExp> = {
  en: /(?:^|[^\p{L}])(?<!(?:be|been|being|is|are|was|were|get|gets|got)\s)\p{L}+ed\s+(?:(?:in|on|before|after|by|during|through)\s+)?$/iu,
  de: /(?!)/,
  fr: /(?!)/,
};

/** The direction of the phrase at `[from, to)` of `sentence`, and how sure the clause is of it. */
export function tenseReading(sentence: string, from: number, to: number, lang: ExtractLanguage): TenseReading {
  const clause = clauseBounds(sentence, from, to);
  const phrase = sentence.slice(from, to);
  const lead = /^\S+\s/.exec(phrase)?.[0] ?? '';
  if (UNTIL[lang].test(` ${lead}`) || UNTIL[lang].test(sentence.slice(Math.max(0, from - 30), from))) {
    // Only a plain past verb ("stayed shut until spring") turns it back; a participle does not.
    return {direction: nearestOf(['future', 'past'], sentence, from, to, clause.start, clause.end, lang) ?? 'future', certain: true};
  }
  // "since January": the state began before the publication day.
  if (SINCE[lang].test(` ${lead}`) || SINCE[lang].test(sentence.slice(Math.max(0, from - 12), from)))
    return {direction: 'past', certain: true};
  if (OWN_WEAK_VERB[lang].test(sentence.slice(Math.max(clause.start, from - 30), from))) return {direction: 'past', certain: false};
  const strong = nearestOf(['future', 'past'], sentence, from, to, clause.start, clause.end, lang);
  if (strong) return {direction: strong, certain: true};
  const weak = nearestOf(['pastWeak'], sentence, from, to, clause.start, clause.end, lang);
  if (weak) return {direction: weak, certain: false};
  return {direction: nearestMarker(sentence, from, to, 0, sentence.length, lang) ?? 'past', certain: false};
}

/** The direction of the phrase at `[from, to)` of `sentence`. */
export function tenseDirection(sentence: string, from: number, to: number, lang: ExtractLanguage): Direction {
  return tenseReading(sentence, from, to, lang).direction;
}

/** Whether the clause around the phrase has a verb marker of either tense (for "today" as filler). */
export function clauseHasTense(sentence: string, from: number, to: number, lang: ExtractLanguage): boolean {
  const clause = clauseBounds(sentence, from, to);
  return nearestMarker(sentence, from, to, clause.start, clause.end, lang) !== null;
}
