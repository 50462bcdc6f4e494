// Without ResizeObserver (jsdom, happy-dom, as Vitest users run the element), it draws all the same,
// throws nothing, and follows the window's size instead.
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument} from '../src/document/types.js';

const TEXT = 'Xi landed in Moscow on Monday. Talks continue on Tuesday.';
const doc: TimelineDocument = {
  source: {title: 'Visit', text: TEXT, published: '2023-03-20'},
  events: [
    {id: 'land', date: '2023-03-20', title: 'Xi lands', quote: 'Xi landed in Moscow on Monday.'},
    {id: 'talks', date: '2023-03-21', title: 'Talks continue', quote: 'Talks continue on Tuesday.'},
  ],
};

describe('without ResizeObserver', () => {
  const saved = globalThis.ResizeObserver;
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  beforeEach(() => {
    // @ts-expect-error: the environments this stands for have none
    delete globalThis.ResizeObserver;
    errors.length = 0;
    addEventListener('error', onError);
  });
  afterEach(() => {
    globalThis.ResizeObserver = saved;
    removeEventListener('error', onError);
  });

  it('draws every event without an error, and lays out again when the window resizes', async () => {
    const box = await fixture<HTMLDivElement>(
      html`<div style="width: 700px"><article-timeline orientation="horizontal"></article-timeline></div>`,
    );
    const el = box.querySelector('article-timeline') as ArticleTimeline;
    const loaded = oneEvent(el, 'timeline-load');
    el.timeline = doc;
    await loaded;
    await el.updateComplete;
    const labels = [...el.shadowRoot!.querySelectorAll('[part~="event-label"]')].map((l) => l.textContent);
    expect(labels).to.deep.equal(['Xi lands', 'Talks continue']);
    const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
    expect(plot.getBoundingClientRect().width).to.be.closeTo(700, 1);
    const firstX = el.shadowRoot!.querySelector('[data-event-id="talks"]')!.getBoundingClientRect().x;
    box.style.width = '500px';
    dispatchEvent(new Event('resize'));
    await el.updateComplete;
    const secondX = el.shadowRoot!.querySelector('[data-event-id="talks"]')!.getBoundingClientRect().x;
    expect(secondX).to.be.below(firstX - 100);
    expect(errors).to.deep.equal([]);
  });
});
