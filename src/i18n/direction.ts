// The direction a title is written in, whatever the page's: a label too long for its room is cut
// at the title's own end, so an English title on a right-to-left page loses its last words, not its
// first, and a Hebrew one that begins with a Latin name still reads right to left.

export type Direction = 'ltr' | 'rtl';

const LETTERS = /\p{L}/gu;
/** Letters of the scripts written right to left: Hebrew, Arabic, Syriac, Thaana, N'Ko, and their presentation forms. */
const RTL_LETTERS = /(?=\p{L})[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/gu;

const count = (text: string, letters: RegExp) => text.match(letters)?.length ?? 0;

/** The direction most of a text's letters run in (its first 2,000 characters decide): an article's, say. */
export function textDirection(text: string): Direction {
  const start = text.slice(0, 2000);
  return count(start, RTL_LETTERS) * 2 > count(start, LETTERS) ? 'rtl' : 'ltr';
}

/**
 * A title's own direction: the way its letters run when they all run one way; for a title that
 * mixes both (a Hebrew title that begins with a Latin name, an English one quoting Arabic), the
 * article's, which says what language the titles are in. Undefined for a title without letters
 * ("2024"), which takes the page's.
 */
export function titleDirection(title: string, article: Direction): Direction | undefined {
  const all = count(title, LETTERS);
  const rtl = count(title, RTL_LETTERS);
  return !all ? undefined : !rtl ? 'ltr' : rtl === all ? 'rtl' : article;
}
