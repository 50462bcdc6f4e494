/**
 * Colours follow the page, not the operating system (#13.5): the element has no color-scheme of its
 * own, so light-dark() and Canvas pick by what the page declares. axe's colour-contrast rule is
 * checked in each combination of page (none, `light dark`, `dark`) and system (light, dark).
 */
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import '../src/define.js';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {labelOf, mountArticle, parts, settle, tooltip, isOpen} from './helpers/timeline.js';

const LIGHT_TEXT = 'rgb(27, 31, 36)'; // #1b1f24
const DARK_TEXT = 'rgb(230, 232, 235)'; // #e6e8eb

/**
 * A page as the test runner gives it (white, no colours of its own), or a page that declares a
 * colour scheme on its root and paints its background with the scheme's Canvas, as such a page does.
 */
async function pageWith(scheme: string | null): Promise<HTMLDivElement> {
  const style = scheme ? `color-scheme:${scheme}; background:Canvas; color:CanvasText;` : '';
  return fixture<HTMLDivElement>(html`<div style="width:1000px; padding:8px; ${style}"></div>`);
}

async function hover(el: ArticleTimeline, id: string): Promise<void> {
  labelOf(el, id).dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
  await settle(el);
}

/** The heading's colour, and axe's colour-contrast rule on the drawing and an open detail. */
async function expectReadable(el: ArticleTimeline, text: string): Promise<void> {
  expect(getComputedStyle(parts(el, 'heading')[0]!).color).to.equal(text);
  await expect(el).to.be.accessible({runOnly: ['color-contrast']} as never);
  await hover(el, 'invasion-of-ukraine');
  expect(isOpen(tooltip(el))).to.be.true;
  await expect(el).to.be.accessible({runOnly: ['color-contrast']} as never);
}

const CASES: {page: string | null; system: 'light' | 'dark'; palette: 'light' | 'dark'}[] = [
  {page: null, system: 'light', palette: 'light'},
  // The case of #13: a dark-mode reader on a news site without a dark mode used to get light text on white.
  {page: null, system: 'dark', palette: 'light'},
  {page: 'light dark', system: 'light', palette: 'light'},
  {page: 'light dark', system: 'dark', palette: 'dark'},
  {page: 'dark', system: 'light', palette: 'dark'},
  {page: 'dark', system: 'dark', palette: 'dark'},
  {page: 'light', system: 'dark', palette: 'light'},
];

describe('colours follow the page’s color-scheme', () => {
  before(() => setViewport({width: 1280, height: 900}));
  afterEach(() => emulateMedia({colorScheme: 'light'}));

  for (const {page, system, palette} of CASES) {
    it(`page ${page ? `color-scheme: ${page}` : 'with no colour scheme'}, system ${system}: ${palette} palette, readable`, async () => {
      await emulateMedia({colorScheme: system});
      expect(matchMedia(`(prefers-color-scheme: ${system})`).matches).to.be.true;
      const el = await mountArticle(await pageWith(page), {orientation: 'horizontal'});
      await expectReadable(el, palette === 'dark' ? DARK_TEXT : LIGHT_TEXT);
    });
  }

  it('a page that declares its schemes with <meta name="color-scheme"> is followed too', async () => {
    const meta = Object.assign(document.createElement('meta'), {name: 'color-scheme', content: 'light dark'});
    document.head.append(meta);
    try {
      await emulateMedia({colorScheme: 'dark'});
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px; background:Canvas"></div>`);
      const el = await mountArticle(wrapper, {orientation: 'horizontal'});
      await expectReadable(el, DARK_TEXT);
    } finally {
      meta.remove();
    }
  });

  it('labels sit on the page’s Canvas, not a system one', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const el = await mountArticle(await pageWith(null), {orientation: 'horizontal'});
    expect(getComputedStyle(labelOf(el, 'vladivostok-pancakes')).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('--article-timeline-* overrides still win over either palette', async () => {
    await emulateMedia({colorScheme: 'dark'});
    const wrapper = await pageWith('light dark');
    wrapper.style.setProperty('--article-timeline-color', '#fafafa');
    wrapper.style.setProperty('--article-timeline-label-background', '#202020');
    const el = await mountArticle(wrapper, {orientation: 'horizontal'});
    expect(getComputedStyle(el).color).to.equal('rgb(250, 250, 250)');
    expect(getComputedStyle(labelOf(el, 'vladivostok-pancakes')).backgroundColor).to.equal('rgb(32, 32, 32)');
  });
});
