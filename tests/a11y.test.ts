/**
 * Accessibility: axe in every state the element can be in, large text, a dark theme, and a
 * keyboard-only walk through all 21 events of the article with real key presses.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia, sendKeys, setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {
  articleTimeline,
  isOpen,
  labelOf,
  overlaps,
  parts,
  settle,
  tooltip,
  visibleLabelRects,
  drawnIds,
  mountArticle,
} from './helpers/timeline.js';

const ARTICLE_EVENT_COUNT = 21;

async function hover(el: ArticleTimeline, id: string): Promise<void> {
  labelOf(el, id).dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
  await settle(el);
}

/** The tokens of a dark theme, as a page with its own dark design would set them. */
const DARK_THEME = {
  '--article-timeline-color': '#e6e8eb',
  '--article-timeline-background': '#121417',
  '--article-timeline-muted-color': '#a4acb8',
  '--article-timeline-accent-color': '#ff8a80',
  '--article-timeline-highlight-color': '#6b5400',
  '--article-timeline-highlight-text-color': '#fff8e1',
  '--article-timeline-tooltip-background': '#1f2329',
  '--article-timeline-tooltip-color': '#e6e8eb',
  '--article-timeline-tooltip-border-color': '#4a515c',
  '--article-timeline-focus-color': '#8ab4f8',
  '--article-timeline-error-color': '#ffb4ab',
};

describe('a11y: axe in every state', () => {
  before(async () => {
    await setViewport({width: 1280, height: 900});
  });

  it('loading', async () => {
    const real = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    try {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
      const el = document.createElement('article-timeline');
      el.src = '/never.json';
      wrapper.append(el);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.status[role=status]')).to.exist;
      await expect(el).to.be.accessible();
    } finally {
      window.fetch = real;
    }
  });

  it('error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
    const el = document.createElement('article-timeline');
    const errored = oneEvent(el, 'timeline-error');
    el.src = '/tests/fixtures/no-such-file.json';
    wrapper.append(el);
    await errored;
    await settle(el);
    expect(parts(el, 'error')).to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('drawn, horizontal at 1000 px', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
    await expect(el).to.be.accessible();
  });

  it('detail open on hover', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    await hover(el, 'vladivostok-pancakes');
    expect(isOpen(tooltip(el))).to.be.true;
    expect(tooltip(el).getAttribute('role')).to.equal('tooltip');
    await expect(el).to.be.accessible();
  });

  it('detail pinned', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    labelOf(el, 'icc-warrant').click();
    await settle(el);
    expect(isOpen(tooltip(el))).to.be.true;
    expect(tooltip(el).getAttribute('role')).to.equal('dialog');
    await expect(el).to.be.accessible();
  });

  it('zoomed in, with the overview, a cluster listed and the compressed scale', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', overview: '', scale: 'compressed'});
    el.view = {start: '2023-03-10', end: '2023-03-24'};
    await settle(el);
    expect(parts(el, 'overview')).to.have.length(1);
    await expect(el).to.be.accessible();
    el.view = null;
    await settle(el);
    const cluster = parts(el, 'cluster')[0];
    expect(cluster, 'a cluster at full view').to.exist;
    cluster!.dispatchEvent(new PointerEvent('pointerenter'));
    await settle(el);
    expect(isOpen(tooltip(el))).to.be.true;
    await expect(el).to.be.accessible();
  });

  it('vertical', async () => {
    const el = await articleTimeline(420, {orientation: 'vertical'});
    expect(el.shadowRoot!.querySelector('section')!.classList.contains('vertical')).to.be.true;
    await hover(el, 'xi-takes-office');
    await expect(el).to.be.accessible();
  });

  it('dark theme set through the custom properties, on a dark page', async () => {
    // prefers-color-scheme cannot be switched from inside the page; the next test asks the runner to emulate it.
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1000px; background:#121417; color:#e6e8eb; color-scheme:dark"></div>`,
    );
    for (const [k, v] of Object.entries(DARK_THEME)) wrapper.style.setProperty(k, v);
    const el = await mountArticle(wrapper, {orientation: 'horizontal'});
    expect(getComputedStyle(el).color).to.equal('rgb(230, 232, 235)');
    await hover(el, 'invasion-of-ukraine');
    await expect(el).to.be.accessible();
  });

  it('dark colour scheme preferred by the reader (emulated by the test runner)', async () => {
    await emulateMedia({colorScheme: 'dark'});
    try {
      expect(matchMedia('(prefers-color-scheme: dark)').matches).to.be.true;
      // A dark page, as a site that follows the preference would have.
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px; background:#121417; color-scheme:dark"></div>`);
      const el = await mountArticle(wrapper, {orientation: 'horizontal'});
      expect(getComputedStyle(el).color).to.equal('rgb(230, 232, 235)');
      await hover(el, 'invasion-of-ukraine');
      await expect(el).to.be.accessible();
    } finally {
      await emulateMedia({colorScheme: 'light'});
    }
  });

  it('(control) axe sees inside the shadow root: unreadable colours fail', async () => {
    // Without this, a pass above could mean axe never looked past the host.
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px; --article-timeline-color:#ddd"></div>`);
    const el = await mountArticle(wrapper);
    await expect(el).not.to.be.accessible();
  });

  describe('at 200% text size', () => {
    afterEach(() => {
      document.documentElement.style.fontSize = '';
    });

    for (const orientation of ['horizontal', 'vertical'] as const) {
      it(`${orientation}: labels stay inside the element and never overlap`, async () => {
        document.documentElement.style.fontSize = '200%';
        const el = await articleTimeline(orientation === 'horizontal' ? 1000 : 500, {orientation});
        const host = el.getBoundingClientRect();
        const fontSize = parseFloat(getComputedStyle(labelOf(el, 'icc-warrant')).fontSize);
        expect(fontSize, 'text did grow').to.be.at.least(24);
        const rects = visibleLabelRects(el);
        expect(rects.length, 'some labels are shown').to.be.greaterThan(0);
        for (const r of rects) {
          expect(r.left, 'label left').to.be.at.least(host.left - 0.5);
          expect(r.right, 'label right').to.be.at.most(host.right + 0.5);
          expect(r.top, 'label top').to.be.at.least(host.top - 0.5);
          expect(r.bottom, 'label bottom').to.be.at.most(host.bottom + 0.5);
        }
        for (let a = 0; a < rects.length; a++) {
          for (let b = a + 1; b < rects.length; b++) expect(overlaps(rects[a]!, rects[b]!), `labels ${a} and ${b}`).to.be.false;
        }
        // Every event stays reachable, labelled or not.
        expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
        await expect(el).to.be.accessible();
      });
    }
  });
});

describe('a11y: keyboard only', () => {
  it('Tab reaches the timeline and ArrowRight visits all 21 events in time order, each with its sentence', async function () {
    this.timeout(30_000);
    await setViewport({width: 1280, height: 900});
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="width:1000px"><button id="before">before</button><button id="after">after</button></div>`,
    );
    // Linear: the fortnight of March 2023 is a cluster there, whose keyboard stop is checked too.
    const el = await mountArticle(wrapper, {orientation: 'horizontal', scale: 'linear'}, (t) => wrapper.querySelector('#after')!.before(t));
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

    const focusedEvent = () => el.shadowRoot!.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id') ?? null;
    // Tab past whatever comes first inside the element (zoom controls) to the events.
    for (let i = 0; i < 8 && !focusedEvent(); i++) {
      await sendKeys({press: 'Tab'});
      await settle(el);
    }
    expect(document.activeElement, 'focus is inside the element').to.equal(el);
    expect(focusedEvent(), 'Tab lands on the first event').to.equal(el.model!.events[0]!.id);

    const text = el.model!.source.text;
    const visited: string[] = [];
    let clusterStops = 0;
    let nextAfterCluster: string | undefined;
    for (let i = 0; visited.length < ARTICLE_EVENT_COUNT && i < 3 * ARTICLE_EVENT_COUNT; i++) {
      if (i > 0) {
        await sendKeys({press: 'ArrowRight'});
        await settle(el);
      }
      // A cluster mark is a stop of its own, just before its first event: its detail lists its events.
      const cluster = el.shadowRoot!.activeElement?.closest('[part~="cluster"]');
      if (cluster) {
        const ids = cluster.getAttribute('data-ids')!.split(' ');
        const tip = tooltip(el);
        expect(isOpen(tip), `cluster ${ids.join(',')}: list open`).to.be.true;
        expect(tip.querySelectorAll('.tip-list li')).to.have.length(ids.length);
        expect(cluster.getAttribute('aria-describedby')).to.equal(tip.id);
        expect(cluster.getAttribute('tabindex'), 'the focused cluster holds the roving tabindex').to.equal('0');
        clusterStops++;
        nextAfterCluster = ids[0];
        continue;
      }
      const id = focusedEvent();
      expect(id, `focus after ${i} ArrowRight`).to.be.a('string');
      if (nextAfterCluster) expect(id, 'the stop after a cluster is its first event').to.equal(nextAfterCluster);
      nextAfterCluster = undefined;
      visited.push(id!);
      const event = el.model!.events.find((e) => e.id === id)!;
      const tip = tooltip(el);
      expect(isOpen(tip), `${id}: detail open`).to.be.true;
      const sentence = text.slice(event.sentenceSpan.start, event.sentenceSpan.end);
      expect(tip.querySelector('blockquote')!.textContent!.replace(/\s+/g, ' ').trim(), id!).to.equal(sentence.replace(/\s+/g, ' ').trim());
      expect(tip.querySelector('mark')!.textContent, id!).to.equal(event.quote);
      expect(labelOf(el, id!).getAttribute('aria-describedby'), `${id}: label described by the detail`).to.equal(tip.id);
    }
    // Time order, every event once; and the fortnight of March 2023 is a cluster at this width.
    expect(visited).to.deep.equal(el.model!.events.map((e) => e.id));
    expect(clusterStops, 'cluster marks are in the keyboard order').to.be.greaterThan(0);
    expect(new Set(visited).size).to.equal(ARTICLE_EVENT_COUNT);

    // One more ArrowRight stays on the last event; Escape closes its detail and keeps focus.
    await sendKeys({press: 'ArrowRight'});
    await settle(el);
    expect(focusedEvent()).to.equal(visited[visited.length - 1]);
    await sendKeys({press: 'Escape'});
    await settle(el);
    expect(isOpen(tooltip(el))).to.be.false;
    expect(focusedEvent()).to.equal(visited[visited.length - 1]);

    // Tab leaves the timeline's event list in one step (roving tabindex): no trap of 21 stops.
    await sendKeys({press: 'Tab'});
    await settle(el);
    expect(focusedEvent(), 'Tab moves out of the events').to.equal(null);
    // A Tab past the page's last control would move focus to the browser itself, and later test pages
    // would then get no focus events: tab on until the button after the element has it.
    for (let i = 0; i < 8 && document.activeElement?.id !== 'after'; i++) await sendKeys({press: 'Tab'});
    expect(document.activeElement?.id, 'Tab reaches the control after the timeline').to.equal('after');
  });

  it('at phone width, the detail never hides the label that has the focus (WCAG 2.4.11)', async function () {
    this.timeout(30_000);
    await setViewport({width: 375, height: 800});
    try {
      const el = await articleTimeline(360, {orientation: 'vertical'});
      const focused = () => el.shadowRoot!.activeElement as HTMLElement | null;
      labelOf(el, el.model!.events[0]!.id).focus();
      await settle(el);
      for (let i = 0; i < ARTICLE_EVENT_COUNT; i++) {
        const label = focused()!;
        const id = label.closest('[data-event-id]')!.getAttribute('data-event-id');
        const tip = tooltip(el);
        expect(isOpen(tip), `${id}: detail open`).to.be.true;
        expect(overlaps(label.getBoundingClientRect(), tip.getBoundingClientRect()), `${id}: label not under the detail`).to.be.false;
        await sendKeys({press: 'ArrowDown'});
        await settle(el);
      }
    } finally {
      await setViewport({width: 1280, height: 900});
    }
  });
});
