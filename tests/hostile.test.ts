/**
 * Hostile data: markup and `javascript:` URLs in every field of a document and in the article
 * text. The element must show them as text, create no element from them, run nothing, and
 * never link to a `javascript:` URL.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import type {TimelineDocument} from '../src/document/types.js';
import {isOpen, labelOf, parts, settle, timelineFrom, tooltip} from './helpers/timeline.js';

type Pwned = {__x?: number};
const pwned = () => (window as unknown as Pwned).__x;

const IMG = '<img src=x onerror=window.__x=1>';
const SCRIPT = '<script>window.__x=2</script>';
const SVG = '"><svg onload=window.__x=3>';
const JS_URL = 'javascript:window.__x=4';
const PAYLOADS = [IMG, SCRIPT, SVG, JS_URL] as const;

/** An article whose every sentence carries a payload, so quotes and date phrases can too. */
const TEXT = PAYLOADS.map((p, i) => `Sentence ${i} says ${p} on day ${i + 1} of March.`).join(' ');

/** One event per payload, the payload in each of its fields. */
function hostileDoc(url?: string): TimelineDocument {
  return {
    source: {title: `Title ${SVG}`, publisher: `Publisher ${IMG}`, published: '2023-03-20', text: TEXT, ...(url ? {url} : {})},
    events: PAYLOADS.map((p, i) => ({
      id: `e${i}`,
      date: `2023-03-0${i + 1}`,
      title: `Title ${p}`,
      place: `Place ${p}`,
      quote: `says ${p}`,
      dateText: `on day ${i + 1} of March`,
      tags: [p],
    })),
  };
}

/** Nothing the payloads try to create exists in the shadow root or the page. */
function expectNoMarkup(el: ArticleTimeline): void {
  const root = el.shadowRoot!;
  expect(root.querySelector('img'), 'img').to.equal(null);
  expect(root.querySelector('script'), 'script').to.equal(null);
  // The element draws svg of its own (the axis); none may appear where data is written.
  const textPlaces = ['[part~="heading"]', '.byline', '[part~="event-label"]', '[part~="tooltip"]', '[part~="error"]'];
  expect(root.querySelectorAll(textPlaces.map((p) => `${p} svg`).join(', ')).length, 'svg from data').to.equal(0);
  expect(root.querySelector('[onerror], [onload]'), 'event-handler attributes').to.equal(null);
  expect(document.querySelector('img[src="x"]'), 'img in the page').to.equal(null);
}

/** No attribute anywhere in the shadow root (href, cite, src…) holds a `javascript:` URL. */
function expectNoJavascriptUrl(el: ArticleTimeline): void {
  for (const node of el.shadowRoot!.querySelectorAll('*')) {
    for (const attr of node.attributes) {
      expect(/^\s*javascript:/i.test(attr.value), `${node.localName}[${attr.name}="${attr.value}"]`).to.be.false;
    }
  }
}

async function hover(el: ArticleTimeline, id: string): Promise<void> {
  labelOf(el, id).dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
  await settle(el);
}

/** Time for an onerror/onload to fire, had an element been created. */
const aMoment = () => new Promise((r) => setTimeout(r, 50));

describe('hostile data', () => {
  beforeEach(() => {
    delete (window as unknown as Pwned).__x;
  });

  it('shows markup in every field as text, and runs none of it', async () => {
    const el = await timelineFrom(hostileDoc(), 1200);
    expect(el.problems, 'the document is valid').to.deep.equal([]);
    expect(parts(el, 'event')).to.have.length(PAYLOADS.length);
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(`Title ${SVG}`);
    expect(el.shadowRoot!.querySelector('.byline')!.textContent).to.contain(`Publisher ${IMG}`);

    for (const [i, p] of PAYLOADS.entries()) {
      const id = `e${i}`;
      expect(labelOf(el, id).textContent, `${id} label`).to.contain(`Title ${p}`);
      await hover(el, id);
      const tip = tooltip(el);
      expect(isOpen(tip), `${id} detail`).to.be.true;
      expect(tip.querySelector('.tip-title')!.textContent).to.equal(`Title ${p}`);
      expect(tip.querySelector('.tip-meta')!.textContent).to.contain(`Place ${p}`);
      expect(tip.querySelector('mark')!.textContent).to.equal(`says ${p}`);
      // The whole sentence of the article text, payload and all, as text.
      expect(tip.querySelector('blockquote')!.textContent!.trim()).to.equal(`Sentence ${i} says ${p} on day ${i + 1} of March.`);
      expectNoMarkup(el);
    }
    await aMoment();
    expect(pwned()).to.equal(undefined);
  });

  it('shows markup in a date phrase and in an id as text (the id is reported, not used)', async () => {
    const text = `It began ${SCRIPT} in 2019. It ended on Monday.`;
    const doc: TimelineDocument = {
      source: {title: 'T', published: '2023-03-20', text},
      events: [
        {id: 'a', date: '2019', title: 'A', quote: 'It began', dateText: `${SCRIPT} in 2019`},
        {id: IMG, date: '2023-03-20', title: 'B', quote: 'It ended'},
      ],
    };
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    const el = document.createElement('article-timeline');
    const errored = oneEvent(el, 'timeline-error');
    el.timeline = doc;
    wrapper.append(el);
    await errored;
    await settle(el);
    await hover(el, 'a');
    expect(tooltip(el).querySelector('.date-text')!.textContent).to.equal(`${SCRIPT} in 2019`);
    expect(tooltip(el).querySelector('.tip-source')!.textContent).to.contain(`“${SCRIPT} in 2019”`);
    // The bad id is named in the error list, escaped as text.
    expect(parts(el, 'error')[0]!.textContent).to.contain(IMG);
    expectNoMarkup(el);
    await aMoment();
    expect(pwned()).to.equal(undefined);
  });

  it('never uses a javascript: source.url as a link or citation, even when an event is pinned', async () => {
    const el = await timelineFrom(hostileDoc(JS_URL), 1200);
    // The bad url is reported and dropped; the events are still drawn.
    expect(el.problems.map((p) => p.path)).to.deep.equal(['source.url']);
    expect(el.model!.source.url).to.equal(undefined);
    expect(parts(el, 'event')).to.have.length(PAYLOADS.length);
    labelOf(el, 'e3').click();
    await settle(el);
    expect(el.selected).to.equal('e3');
    expect(tooltip(el).getAttribute('role')).to.equal('dialog');
    expect(tooltip(el).querySelector('a'), 'no article link without a web url').to.equal(null);
    expectNoJavascriptUrl(el);
    expectNoMarkup(el);
    expect(parts(el, 'error')[0]!.textContent).to.contain('source.url');
    await aMoment();
    expect(pwned()).to.equal(undefined);
  });

  it('links a pinned event to an http(s) source, never anything else', async () => {
    // The control for the test above: a web url does become a link, so its absence there means something.
    const el = await timelineFrom(hostileDoc('https://example.com/article'), 1200);
    labelOf(el, 'e0').click();
    await settle(el);
    const link = tooltip(el).querySelector('a')!;
    expect(link.href.startsWith('https://example.com/article#')).to.be.true;
    expectNoJavascriptUrl(el);
  });

  it('refuses a javascript: source.textUrl without fetching it, and says so', async () => {
    const fetched: string[] = [];
    const realFetch = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(String(input instanceof Request ? input.url : input));
      return realFetch(input, init);
    };
    try {
      const doc = {source: {title: 'T', textUrl: JS_URL}, events: [{id: 'a', date: '2023', title: 'A', quote: 'x'}]};
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const el = document.createElement('article-timeline');
      const errored = oneEvent(el, 'timeline-error');
      el.timeline = doc as TimelineDocument;
      wrapper.append(el);
      await errored;
      await settle(el);
      expect(fetched.filter((u) => /^javascript:/i.test(u))).to.deep.equal([]);
      const error = parts(el, 'error')[0]!;
      expect(error.textContent).to.contain('source.textUrl');
      expect(parts(el, 'event')).to.have.length(0);
      expectNoJavascriptUrl(el);
    } finally {
      window.fetch = realFetch;
    }
    await aMoment();
    expect(pwned()).to.equal(undefined);
  });

  it('refuses a javascript: src with a readable error', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
    const el = document.createElement('article-timeline');
    const errored = oneEvent(el, 'timeline-error');
    el.src = JS_URL;
    wrapper.append(el);
    await errored;
    await settle(el);
    expect(parts(el, 'error')[0]!.textContent).to.contain('javascript:');
    expectNoJavascriptUrl(el);
    await aMoment();
    expect(pwned()).to.equal(undefined);
  });
});

describe('hostile data in an inline <script type="application/json">', () => {
  const PAYLOAD = '</script><script>window.__x=5</script>';
  /** Inserts page HTML the way the parser would: scripts in a contextual fragment do run. */
  async function parsePage(markup: string): Promise<HTMLDivElement> {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
    wrapper.append(document.createRange().createContextualFragment(markup));
    return wrapper;
  }
  const docWith = (title: string) =>
    JSON.stringify({
      source: {title: 'Inline', text: `Intro. ${PAYLOAD} happened on Monday.`},
      events: [{id: 'a', date: '2023-03-20', title, quote: `${PAYLOAD} happened`}],
    });

  beforeEach(() => {
    delete (window as unknown as Pwned).__x;
  });

  it('runs nothing when the author escapes "</" as "<\\/", and shows the payload as text', async () => {
    // Correct authoring: JSON allows "\/", so no "</script>" ever reaches the HTML parser.
    const json = docWith(PAYLOAD).replaceAll('</', '<\\/');
    const wrapper = await parsePage(`<article-timeline><script type="application/json">${json}</script></article-timeline>`);
    const el = wrapper.querySelector('article-timeline')!;
    await oneEvent(el, 'timeline-load');
    await settle(el);
    expect(labelOf(el, 'a').textContent).to.contain(PAYLOAD);
    labelOf(el, 'a').focus();
    await settle(el);
    expect(tooltip(el).querySelector('mark')!.textContent).to.equal(`${PAYLOAD} happened`);
    expectNoMarkup(el);
    // The only script is the author's JSON one.
    expect(wrapper.querySelectorAll('script')).to.have.length(1);
    await aMoment();
    expect(pwned()).to.equal(undefined);
  });

  it('(control) the same payload unescaped is run by the browser’s parser, not by the element', async () => {
    // Shows the harness above can see an injection: here the HTML itself is wrong.
    const wrapper = await parsePage(`<article-timeline><script type="application/json">${docWith(PAYLOAD)}</script></article-timeline>`);
    await aMoment();
    expect(pwned()).to.equal(5);
    // The element reads only its truncated JSON: a readable error, no throw.
    const el = wrapper.querySelector('article-timeline')!;
    await settle(el);
    expect(parts(el, 'error')[0]?.textContent ?? '').to.contain('not valid JSON');
    delete (window as unknown as Pwned).__x;
  });
});
