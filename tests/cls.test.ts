/**
 * No layout shift (#15.1): a page that pastes the README's two lines (tests/cls/*.html, made by
 * tests/cls/pages.mjs) must not jump when the timeline arrives, and neither must the demo. Each page
 * is loaded in an iframe of a phone's or a desktop's size; its CLS is read from `layout-shift` entries.
 */
import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import {clsInPage, type ClsResult} from './cls/measure.mjs';
import {settle} from './helpers/timeline.js';
import {HORIZONTAL_ROOM_EM} from '../src/element/reserve-room.js';

async function clsOf(url: string, width: number, height = 800): Promise<ClsResult> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display:block; width:${width}px; height:${height}px; border:0`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = url;
  document.body.append(frame);
  try {
    await loaded;
    return await clsInPage(frame.contentWindow!, 1000);
  } finally {
    frame.remove();
  }
}

const CASES: {page: string; width: number; max: number}[] = [
  {page: '/tests/cls/src.html', width: 1280, max: 0.02},
  {page: '/tests/cls/src.html', width: 375, max: 0.02},
  {page: '/tests/cls/inline.html', width: 1280, max: 0.005},
  {page: '/tests/cls/inline.html', width: 375, max: 0.005},
  {page: '/demo/index.html', width: 1280, max: 0.02},
  {page: '/demo/index.html', width: 375, max: 0.02},
];

describe('layout shift while the timeline loads', function () {
  this.timeout(60000);
  before(() => setViewport({width: 1300, height: 900}));

  for (const {page, width, max} of CASES) {
    it(`${page} at ${width} px: CLS ≤ ${max}`, async () => {
      const result = await clsOf(page, width);
      expect(result.drawn, 'the timeline was drawn').to.be.true;
      expect(result.cls, JSON.stringify(result.shifts)).to.be.at.most(max);
    });
  }

  it('(control) the measurement sees a shift: content pushed down after the first paint', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'display:block; width:800px; height:600px; border:0';
    // A stand-in for the element, defined once the page has painted, and text pushed down 200 px then.
    frame.srcdoc = `<p id="a">${'text '.repeat(200)}</p><article-timeline></article-timeline><script>
      requestAnimationFrame(() => setTimeout(() => {
        document.getElementById('a').style.marginTop = '200px';
        document.querySelector('article-timeline').attachShadow({mode: 'open'}).innerHTML = '<div part="event"></div>';
        customElements.define('article-timeline', class extends HTMLElement {});
      }, 100));
    <\/script>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    document.body.append(frame);
    try {
      await loaded;
      const result = await clsInPage(frame.contentWindow!, 300);
      expect(result.cls).to.be.greaterThan(0.05);
    } finally {
      frame.remove();
    }
  });

  describe('the room held before the document arrives', () => {
    const real = window.fetch;
    let release: () => void = () => {};
    /** Holds the document's response until `release()`. */
    beforeEach(() => {
      const held = new Promise<void>((resolve) => (release = resolve));
      window.fetch = async (...args) => {
        await held;
        return real(...args);
      };
    });
    afterEach(() => {
      release();
      window.fetch = real;
    });

    async function loadingTimeline(style: string, src = '/data/xi-putin-moscow-2023.timeline.json') {
      const wrapper = await fixture<HTMLDivElement>(html`<div style=${style}></div>`);
      const el = document.createElement('article-timeline');
      el.setAttribute('src', src);
      wrapper.append(el);
      await el.updateComplete;
      return el;
    }

    it('horizontal: HORIZONTAL_ROOM_EM (37 em) while loading, kept when the drawing is shorter, dropped when the width changes', async () => {
      const ROOM = HORIZONTAL_ROOM_EM * 14;
      const el = await loadingTimeline('width:1000px');
      expect(el.getBoundingClientRect().height).to.equal(ROOM);
      const loaded = oneEvent(el, 'timeline-load');
      el.timeline = {
        source: {title: 'Two events', text: 'It began in May 2020. It ended on 3 June 2020.'},
        events: [
          {id: 'a', date: '2020-05', title: 'Began', quote: 'It began in May 2020.'},
          {id: 'b', date: '2020-06-03', title: 'Ended', quote: 'It ended on 3 June 2020.'},
        ],
      };
      await loaded;
      await settle(el);
      const drawing = el.shadowRoot!.querySelector('.plot')!.getBoundingClientRect();
      expect(drawing.bottom - el.getBoundingClientRect().top, 'the drawing is shorter').to.be.below(ROOM);
      expect(el.getBoundingClientRect().height, 'the room is kept').to.equal(ROOM);
      (el.parentElement as HTMLElement).style.width = '900px';
      await settle(el);
      await settle(el);
      expect(el.getBoundingClientRect().height, 'a new width draws it at its own height').to.be.below(ROOM);
    });

    it('vertical (a phone): the rest of the viewport below its top', async () => {
      await setViewport({width: 400, height: 800});
      try {
        const el = await loadingTimeline('width:375px');
        const {top, height} = el.getBoundingClientRect();
        expect(Math.round(top + height)).to.be.at.least(800);
      } finally {
        await setViewport({width: 1300, height: 900});
      }
    });

    it('--article-timeline-min-height, where the page knows better', async () => {
      const el = await loadingTimeline('width:1000px; --article-timeline-min-height: 180px');
      expect(el.getBoundingClientRect().height).to.equal(180);
    });

    it('nothing to load, nothing held', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
      const el = document.createElement('article-timeline');
      wrapper.append(el);
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(0);
    });
  });
});
