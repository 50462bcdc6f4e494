/**
 * Drafts an event's headline and id from its sentence. The headline is the sentence without
 * the date phrase and the small words that only link it to the story ("But", "However,"),
 * cut to at most 80 characters on a clause or word boundary: an editor's starting point.
 */

export const MAX_TITLE = 80;

const CONNECTORS =
  /^(?:but|and|however|meanwhile|still|yet|so|also|then|in addition|moreover|indeed|instead|by contrast|in contrast|aber|doch|und|jedoch|dann|auch|zudem|mais|et|cependant|pourtant|puis|ensuite|enfin|or)\b[,]?\s+/iu;
const OPENING_PUNCT = /^[\s,;:—–\-"'“”‘’«»()[\]]+/u;
const CLOSING_PUNCT = /[\s,;:—–\-"'“‘«(\[.!?…]+$/u;

function tidy(s: string): string {
  let out = s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:.!?])/g, '$1')
    .replace(/([,;:])\s*[,;:]/g, '$1')
    .replace(/\(\s*\)/g, '');
  let before;
  do {
    before = out;
    out = out.replace(OPENING_PUNCT, '').replace(CONNECTORS, '');
  } while (out !== before);
  return out.replace(CLOSING_PUNCT, '').replace(/[”’»)\]]+$/u, (m) => (balanced(out, m) ? m : ''));
}

/** Whether closing marks at the end have their openings in the title. */
function balanced(s: string, closers: string): boolean {
  const pairs: Record<string, string> = {'”': '“', '’': '‘', '»': '«', ')': '(', ']': '['};
  return [...closers].every((c) => s.includes(pairs[c] ?? c));
}

/** Relative clauses and appositions set off by commas: ", who has led Halvorsen for nine years,". */
const ASIDE = /,\s(?:who|whom|whose|which|where|qui|que|dont|où|der|die|das|dem|den|deren|dessen|welche[rsmn]?)\s[^,;]+,(?=\s)/giu;

/**
 * Cuts `s` to `max` characters: first without its asides, then at a clause break when that
 * keeps most of it, else at a word with "…".
 */
export function shorten(s: string, max = MAX_TITLE): string {
  if (s.length <= max) return s;
  const lean = s.replace(ASIDE, '');
  if (lean !== s) return shorten(lean, max);
  const head = s.slice(0, max + 1);
  const clause = Math.max(
    head.lastIndexOf(', '),
    head.lastIndexOf('; '),
    head.lastIndexOf(' — '),
    head.lastIndexOf(' – '),
    head.lastIndexOf(': '),
  );
  if (clause >= 50 && clause <= max) return tidy(s.slice(0, clause));
  const space = s.lastIndexOf(' ', max - 1);
  const cut = space > 0 ? s.slice(0, space) : s.slice(0, max - 1);
  return `${tidy(cut)}…`;
}

/** A date joined to another by "and" ("Thursday and Friday"): taking it out would leave half a pair. */
const PAIRED = /(?:^|\s)(?:and|or|und|oder|et|ou)\s*$/iu;
const PAIRED_AFTER = /^\s*(?:and|or|und|oder|et|ou)(?:\s|$)/iu;

/** A headline for the event of `sentence` dated by the phrase at `[from, to)`. */
export function draftTitle(sentence: string, from: number, to: number): string {
  const before = sentence.slice(0, from);
  const after = sentence.slice(to);
  const keep = PAIRED.test(before) || PAIRED_AFTER.test(after);
  // An elided word belongs to the phrase taken out: "jusqu'à dimanche", "d'août".
  let body = tidy(keep ? sentence : `${before.replace(/\p{L}+['’]$/u, '')} ${after}`);
  if (body.length < 3) body = tidy(sentence);
  const title = shorten(body);
  return title.charAt(0).toLocaleUpperCase() + title.slice(1);
}

/** A stable, readable id: the title's first words, ASCII, lower case; `taken` keeps them unique. */
export function slugId(title: string, taken: Set<string>): string {
  const words = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, 6);
  let base = words.join('-');
  while (base.length > 48) base = base.slice(0, base.lastIndexOf('-'));
  if (!base) base = 'event';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
