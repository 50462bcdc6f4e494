/**
 * Which side of the publication day a phrase without its own direction ("on Friday",
 * "in September") falls on, from the tense of its clause: news reports the past unless the
 * clause speaks of the future ("will", "is expected to"). A clause is the stretch between
 * commas, semicolons or dashes; one with no verb marker at all defers to its sentence.
 */
import type {Direction} from './calendar.js';
import {LEXICONS} from './lexicon.js';
import type {ExtractLanguage} from './types.js';

const patterns = new Map<string, RegExp>();

function markers(lang: ExtractLanguage, which: 'future' | 'past'): RegExp {
  const key = `${lang}:${which}`;
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}\\p{N}'’])(?:${LEXICONS[lang][which]})(?![\\p{L}\\p{N}])`, 'iu');
    patterns.set(key, re);
  }
  return re;
}

const CLAUSE_BREAK = /[,;:—–()]|\s-\s/g;

/** The clause of `sentence` around the offsets `[from, to)`, without the phrase itself. */
function clauseAround(sentence: string, from: number, to: number): string {
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
  return `${sentence.slice(start, from)} ${sentence.slice(to, end)}`;
}

/**
 * The direction of the phrase at `[from, to)` of `sentence`: the clause's markers first
 * (a future marker wins), then the sentence's, then the past.
 */
export function tenseDirection(sentence: string, from: number, to: number, lang: ExtractLanguage): Direction {
  const future = markers(lang, 'future');
  const past = markers(lang, 'past');
  const clause = clauseAround(sentence, from, to);
  if (future.test(clause)) return 'future';
  if (past.test(clause)) return 'past';
  const rest = `${sentence.slice(0, from)} ${sentence.slice(to)}`;
  return future.test(rest) ? 'future' : 'past';
}

/** Whether the clause around the phrase has a verb marker of either tense (for "today" as filler). */
export function clauseHasTense(sentence: string, from: number, to: number, lang: ExtractLanguage): boolean {
  const clause = clauseAround(sentence, from, to);
  return markers(lang, 'future').test(clause) || markers(lang, 'past').test(clause);
}
