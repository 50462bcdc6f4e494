/**
 * Sentences of an article, as spans of the original text so that quotes stay verbatim.
 * A full stop ends a sentence unless it belongs to an abbreviation ("Mr.", "a.m.", "U.S."),
 * an initial ("J. K. Rowling"), a number ("3.5", German "3. März"); closing quotes and
 * brackets stay with the sentence they close. A blank line always ends one, and so does a
 * line break after a short line (a heading) or after end punctuation.
 */
import {LEXICONS} from './lexicon.js';
import type {ExtractLanguage} from './types.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Lines shorter than this that end without punctuation are headings, captions or datelines. */
const SHORT_LINE = 70;
const CLOSERS = '"\'”’»“‘›)]';
const OPENERS = '"\'“‘«„‚‹([¿¡';
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isUpperStart = (c: string | undefined) =>
  c !== undefined && (/[\p{Lu}\p{N}]/u.test(c) || OPENERS.includes(c) || c === '—' || c === '-');

/** The word (letters and inner dots) that ends right before `at`, lower-cased. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}\p{N}.'’-]/u.test(text[i - 1] as string)) i--;
  return text
    .slice(i, at)
    .toLowerCase()
    .replace(/^[.'’-]+/, '');
}

function nextWord(text: string, from: number): string {
  const m = /^[\s"'“‘«(]*([\p{L}\p{N}]+)/u.exec(text.slice(from, from + 40));
  return m ? (m[1] as string) : '';
}

/** Whether the full stop at `dot` ends a sentence, given what follows. */
function stopEnds(text: string, dot: number, lang: ExtractLanguage, abbreviations: Set<string>): boolean {
  const word = wordBefore(text, dot);
  if (word === '') return true;
  // "a.m." "U.S." "e.g.": inner dots make an abbreviation; one capital is an initial.
  if (abbreviations.has(word)) return isAmPmBeforeNewSentence(text, dot, word);
  if (/^\p{Lu}$/u.test(text[dot - 1] as string) && word.length === 1) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false;
  // German ordinals: "am 3. März".
  if (lang === 'de' && /^\d{1,2}$/.test(word)) return false;
  return true;
}

const NOT_AFTER_CLOCK =
  /^(?:mon|tues|wednes|thurs|fri|satur|sun)day$|^(?:et|est|edt|ct|cst|cdt|pt|pst|pdt|gmt|utc|bst|cet|local|eastern|pacific|central|on|in|at|and|or|to|until)$/i;

/** "at 9 a.m. Tuesday" goes on; "at 9 a.m. The police…" starts a new sentence. */
function isAmPmBeforeNewSentence(text: string, dot: number, word: string): boolean {
  if (word !== 'a.m' && word !== 'p.m') return false;
  const next = nextWord(text, dot + 1);
  if (!next || !/^\p{Lu}/u.test(next)) return false;
  return !NOT_AFTER_CLOCK.test(next) && !(LEXICONS.en.months[next.toLowerCase()] !== undefined);
}

/** Splits `text` into sentence spans, trimmed of surrounding whitespace; empty text gives none. */
export function splitSentences(text: string, lang: ExtractLanguage = 'en'): SentenceSpan[] {
  const abbreviations = new Set(
    LEXICONS[lang].abbreviations.concat(lang === 'en' ? [] : LEXICONS.en.abbreviations.filter((a) => a.includes('.'))),
  );
  const out: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) out.push({start: s, end: e});
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\n') {
      const lineStart = text.lastIndexOf('\n', i - 1) + 1;
      const line = text.slice(lineStart, i).trim();
      const blank = /^[ \t\r]*\n/.test(text.slice(i + 1));
      if (blank || line.length < SHORT_LINE || /[.!?…:"”»]$/.test(line) || line === '') push(i);
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Runs of end marks ("?!", "...") and the closers after them stay together.
    let j = i + 1;
    while (j < text.length && '.!?…'.includes(text[j] as string)) j++;
    while (j < text.length && CLOSERS.includes(text[j] as string)) j++;
    if (j < text.length && !isSpace(text[j])) {
      i = j - 1;
      continue; // "3.5", "example.com", "U.S.-led"
    }
    let k = j;
    while (k < text.length && isSpace(text[k]) && text[k] !== '\n') k++;
    if (k < text.length && text[k] !== '\n' && !isUpperStart(text[k])) {
      i = j - 1;
      continue; // "… etc. and more", a lower-case continuation
    }
    if (c === '.' && j === i + 1 + countClosers(text, i + 1) && !stopEnds(text, i, lang, abbreviations)) {
      i = j - 1;
      continue;
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

function countClosers(text: string, from: number): number {
  let n = 0;
  while (from + n < text.length && CLOSERS.includes(text[from + n] as string)) n++;
  return n;
}
