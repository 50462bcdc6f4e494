import type {TimelineDocument, TimelineEventInput} from './types.js';

/** Between two quotes in the built article text: a line break ends a sentence, so each quote is its own passage. */
const QUOTE_SEPARATOR = '\n\n';

/** Elements whose text is not part of an item's title. */
const NOT_TITLE = new Set(['TIME', 'Q', 'BLOCKQUOTE', 'SCRIPT', 'STYLE', 'TEMPLATE']);

/** Collapses runs of white space (markup indentation, line breaks) to one space and trims. */
function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The item's own text, leaving out its date, its quote and anything that is not prose. */
function ownText(node: Node): string {
  let out = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) out += child.textContent ?? '';
    else if (child.nodeType === Node.ELEMENT_NODE && !NOT_TITLE.has((child as Element).tagName.toUpperCase())) {
      out += ownText(child);
    }
  }
  return out;
}

/** Titles written as "…, In 2018 – " keep stray separators once the date and quote are cut out. */
function trimPunctuation(text: string): string {
  return text.replace(/^[\s,;:·•–—-]+|[\s,;:·•–—-]+$/g, '');
}

function readItem(li: Element, index: number): TimelineEventInput {
  const time = li.querySelector('time');
  const quoteEl = li.querySelector('q, blockquote');
  const strong = li.querySelector('strong');
  const dateText = clean(time?.textContent);
  const quote = clean(quoteEl?.textContent);
  const event: TimelineEventInput = {
    id: li.getAttribute('data-id')?.trim() || `event-${index + 1}`,
    // Missing pieces stay empty: the schema then names the item and the field.
    date: (time?.getAttribute('datetime') ?? time?.textContent ?? '').trim(),
    title: strong ? clean(strong.textContent) : trimPunctuation(clean(ownText(li))),
    quote,
  };
  const place = li.getAttribute('data-place')?.trim();
  if (place) event.place = place;
  if (dateText && quote.includes(dateText)) event.dateText = dateText;
  return event;
}

/**
 * Reads a timeline document from plain light-DOM markup, the list a page shows
 * before the script runs (or without it):
 *
 * ```html
 * <article-timeline heading="…"><ol>
 *   <li data-id="…" data-place="…"><time datetime="2018">In 2018</time> <strong>Title</strong> <q>quote</q></li>
 * </ol></article-timeline>
 * ```
 *
 * Each item gives its date (the `<time>`'s `datetime`), its title (a `<strong>`, else
 * the item's own text without its date and quote), its quote (a `<q>` or `<blockquote>`),
 * and optionally `data-id` (else `event-1`, `event-2`…) and `data-place`. The article
 * text is the items' quotes joined, one paragraph each, so every quote anchors; the
 * `<time>`'s text becomes the event's `dateText` when the quote contains it. Reads text
 * with `textContent` only and never changes the DOM.
 *
 * @param host The element whose first child `<ol>` or `<ul>` holds the items.
 * @returns The document, or undefined when there is no such list or it has no items.
 */
export function readLightDomDocument(host: Element): TimelineDocument | undefined {
  const list = host.querySelector(':scope > ol, :scope > ul');
  if (!list) return undefined;
  const items = [...list.querySelectorAll(':scope > li')];
  if (!items.length) return undefined;
  const events = items.map(readItem);
  return {
    source: {
      title: host.getAttribute('heading')?.trim() || 'Timeline',
      text: events.map((e) => e.quote).join(QUOTE_SEPARATOR),
    },
    events,
  };
}
