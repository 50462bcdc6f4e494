import {fixture, html, oneEvent} from '@open-wc/testing';
import '../../src/define.js';
import type {ArticleTimeline} from '../../src/element/article-timeline.js';
import type {TimelineDocument} from '../../src/document/types.js';

export const DOC_URL = '/data/xi-putin-moscow-2023.timeline.json';

/** The article's timeline, loaded and drawn at a given width. */
export async function articleTimeline(width = 1000, attrs: Record<string, string> = {}): Promise<ArticleTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  return mountArticle(wrapper, attrs);
}

/**
 * Puts the article's timeline into `wrapper` (or wherever `insert` puts it) with these
 * attributes, and waits until it is loaded and drawn.
 */
export async function mountArticle(
  wrapper: Element,
  attrs: Record<string, string> = {},
  insert: (el: ArticleTimeline) => void = (el) => wrapper.append(el),
): Promise<ArticleTimeline> {
  const el = document.createElement('article-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const loaded = oneEvent(el, 'timeline-load');
  el.setAttribute('src', DOC_URL);
  insert(el);
  await loaded;
  await settle(el);
  return el;
}

/** A timeline from a document object, with attributes set before it loads. */
export async function timelineFrom(doc: TimelineDocument, width = 800, attrs: Record<string, string> = {}): Promise<ArticleTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  const el = document.createElement('article-timeline');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const loaded = oneEvent(el, 'timeline-load');
  el.timeline = doc;
  wrapper.append(el);
  await loaded;
  await settle(el);
  return el;
}

/** Waits for the resize observer's first report and the renders it causes. */
export async function settle(el: ArticleTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await el.updateComplete;
  }
}

export function parts(el: ArticleTimeline, name: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

export function eventLi(el: ArticleTimeline, id: string): HTMLElement {
  const li = el.shadowRoot!.querySelector<HTMLElement>(`[part~="event"][data-event-id="${id}"]`);
  if (!li) throw new Error(`no event ${id}`);
  return li;
}

export function labelOf(el: ArticleTimeline, id: string): HTMLElement {
  return eventLi(el, id).querySelector<HTMLElement>('[part~="event-label"]')!;
}

export function tooltip(el: ArticleTimeline): HTMLElement {
  return el.shadowRoot!.querySelector<HTMLElement>('[part~="tooltip"]')!;
}

export function isOpen(tip: HTMLElement): boolean {
  return !tip.hidden && tip.matches(':popover-open');
}

/** Rectangles of the labels that are shown (not collapsed onto their marks). */
export function visibleLabelRects(el: ArticleTimeline): DOMRect[] {
  return parts(el, 'event-label')
    .filter((b) => !b.classList.contains('unlabelled'))
    .map((b) => b.getBoundingClientRect());
}

export function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

export const minimalDoc = (
  events: TimelineDocument['events'],
  text = 'On Monday, A happened. In 2019, B happened. Then C.',
): TimelineDocument => ({
  source: {title: 'Test article', publisher: 'Test', published: '2023-03-20', text},
  events,
});

/**
 * Every event drawn: its own item, or counted in a cluster mark (an event inside a cluster
 * has no item of its own until it has the keyboard focus or is selected).
 */
export function drawnIds(el: ArticleTimeline): Set<string> {
  const ids = new Set(parts(el, 'event').map((e) => e.dataset.eventId!));
  for (const c of parts(el, 'cluster')) for (const id of c.dataset.ids!.split(' ')) ids.add(id);
  return ids;
}

/** The label of an event, focusing it first when it is drawn inside a cluster. */
export async function reveal(el: ArticleTimeline, id: string): Promise<HTMLElement> {
  if (!el.shadowRoot!.querySelector(`[part~="event"][data-event-id="${id}"]`)) {
    el.focusEvent(id);
    await settle(el);
  }
  return labelOf(el, id);
}
