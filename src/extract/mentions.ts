/**
 * All temporal phrases of one sentence: chrono's and our own parsers', merged so that each
 * stretch of text is read once. The longer phrase wins an overlap ("late September" over
 * "September"); on equal length, the parser made for that kind of phrase does.
 */
import {chronoMentions} from './chrono-mentions.js';
import {B, comparesSince, ownMentions, re, type LocalMention, type SentenceContext} from './parsers.js';
import {storyPhrases} from './story-relative.js';

function overlaps(a: {start: number; end: number}, b: {start: number; end: number}): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Keeps the best of overlapping mentions, in text order. */
export function mergeMentions(mentions: LocalMention[]): LocalMention[] {
  const ranked = [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: LocalMention[] = [];
  for (const m of ranked) if (!kept.some((k) => overlaps(k, m))) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

/** Takes the preposition before a phrase into it, so that `dateText` reads "in 2012", "on Friday". */
function withLead(m: LocalMention, ctx: SentenceContext): LocalMention {
  const article = ctx.lang === 'en' ? '(?:\\s+the)?' : '';
  const lead = re(`${ctx.lang}:lead`, () => `${B}(?:${ctx.lex.lead}|${ctx.lex.since})${article}\\s+$`, 'iu').exec(
    ctx.sentence.slice(Math.max(0, m.start - 25), m.start),
  );
  return lead ? {...m, start: m.start - lead[0].length} : m;
}

/** Drops the commas, brackets and spaces chrono takes in at a phrase's ends ("on Monday,"). */
function trimmed(m: LocalMention, sentence: string): LocalMention {
  let {start, end} = m;
  while (end > start && /[\s,;:()（）]/u.test(sentence[end - 1] as string)) end--;
  while (start < end && /[\s,;:()（）]/u.test(sentence[start] as string)) start++;
  return {...m, start, end};
}

const SINCE_LEAD = /^(?:ever since|since|seit|depuis)\s/i;

/** "since March", "seit Montag": a state that began then, unless the sentence only compares ("the largest since 2019"). */
function sinceValue(m: LocalMention, ctx: SentenceContext): LocalMention {
  const v = m.value;
  if (v.kind !== 'point' && v.kind !== 'interval' && v.kind !== 'season') return m;
  const lead = SINCE_LEAD.exec(ctx.sentence.slice(m.start, m.end));
  if (!lead || comparesSince(ctx.sentence.slice(0, m.start + lead[0].length), ctx.lang)) return m;
  return {...m, value: {kind: 'since', from: v}};
}

/** The temporal phrases of a sentence, with offsets into the sentence. */
export function sentenceMentions(ctx: SentenceContext): LocalMention[] {
  const merged = mergeMentions([...storyPhrases(ctx), ...ownMentions(ctx), ...chronoMentions(ctx)]);
  const out: LocalMention[] = [];
  for (const raw of merged) {
    const m = trimmed(raw, ctx.sentence);
    const extended = withLead(m, ctx);
    // Never reach into the phrase before: "from 2010 to 2015" stays one mention.
    const previous = out[out.length - 1];
    out.push(sinceValue(previous && extended.start < previous.end ? m : extended, ctx));
  }
  return out;
}
