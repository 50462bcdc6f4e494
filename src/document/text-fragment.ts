/** Quotes longer than this many words are linked by their first and last words (textStart,textEnd). */
const WHOLE_QUOTE_WORDS = 8;
/** Words at each end of a long quote: enough to be unique in an article, short enough to survive edits in between. */
const EDGE_WORDS = 4;

/**
 * Percent-encodes one term of a text directive. `encodeURIComponent` leaves `-` alone,
 * but the text fragment syntax gives `-`, `,` and `&` a meaning, so all three are escaped.
 */
export function encodeTextDirectiveTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * The `text=` directive that scrolls to and highlights `quote` in a page
 * (https://wicg.github.io/scroll-to-text-fragment/): the whole quote when it is short,
 * else its first and last few words as `textStart,textEnd`.
 * @returns `text=…`, or undefined for a quote with no words.
 */
export function textDirective(quote: string): string | undefined {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return undefined;
  if (words.length <= WHOLE_QUOTE_WORDS) return `text=${encodeTextDirectiveTerm(words.join(' '))}`;
  const start = words.slice(0, EDGE_WORDS).join(' ');
  const end = words.slice(-EDGE_WORDS).join(' ');
  return `text=${encodeTextDirectiveTerm(start)},${encodeTextDirectiveTerm(end)}`;
}

/**
 * A link to `quote` inside the article at `url`, as a text fragment (`#:~:text=…`).
 * An existing fragment is kept in front of the directive, as the syntax allows.
 * @returns The URL, or undefined when `url` is not an absolute http(s) URL or the quote is empty.
 */
export function textFragmentUrl(url: string, quote: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Only web pages: a `javascript:` or `data:` URL must never become a link.
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const directive = textDirective(quote);
  if (!directive) return undefined;
  // A fragment directive already in the URL would be replaced, not added to.
  const hash = parsed.hash.replace(/^#/, '').split(':~:')[0] ?? '';
  parsed.hash = '';
  return `${parsed.href}#${hash}:~:${directive}`;
}
