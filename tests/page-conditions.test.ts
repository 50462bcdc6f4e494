import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {ArticleTimeline} from '../src/define.js';
import {
  mountArticle,
  isOpen,
  labelOf,
  minimalDoc,
  overlaps,
  parts,
  settle,
  tooltip,
  visibleLabelRects,
  drawnIds,
} from './helpers/timeline.js';

const ARTICLE_EVENT_COUNT = 21;

/** The article's timeline inside a wrapper the test can dress (dir, width). */
async function inWrapper(wrapperAttrs: Record<string, string> = {}, width = 1000): Promise<ArticleTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width:${width}px"></div>`);
  for (const [k, v] of Object.entries(wrapperAttrs)) wrapper.setAttribute(k, v);
  return mountArticle(wrapper, {orientation: 'horizontal'});
}

/** What every page must leave intact: a finite height, labels apart and inside the element. */
function expectSoundLayout(el: ArticleTimeline): void {
  const host = el.getBoundingClientRect();
  expect(Number.isFinite(host.height)).to.be.true;
  expect(host.height, 'host height').to.be.within(100, 900);
  const labels = visibleLabelRects(el);
  expect(labels.length, 'some labels are shown').to.be.greaterThan(5);
  for (let i = 0; i < labels.length; i++) {
    const a = labels[i]!;
    expect(a.left, 'label inside the host (left)').to.be.at.least(host.left - 1);
    expect(a.right, 'label inside the host (right)').to.be.at.most(host.right + 1);
    for (let j = i + 1; j < labels.length; j++) expect(overlaps(a, labels[j]!), `labels ${i} and ${j} overlap`).to.be.false;
  }
}

function hover(el: ArticleTimeline, id: string): void {
  labelOf(el, id).dispatchEvent(new PointerEvent('pointerover', {bubbles: true, composed: true}));
}

describe('page conditions', () => {
  describe('hostile page CSS', () => {
    let style: HTMLStyleElement;
    beforeEach(() => {
      style = document.createElement('style');
      style.textContent = `
        *, *::before, *::after { box-sizing: content-box; margin: 0; padding: 0; }
        :where(ol, ul) { list-style: none; }
        svg { display: block; max-width: 100%; }
        button { all: unset; }
        * { line-height: 3 !important; letter-spacing: .2em; }
        html { font-size: 24px; }
        body { font-size: 30px; }
      `;
      document.head.append(style);
    });
    afterEach(() => style.remove());

    it('reaches the host only: its typography is reset inside, and the layout holds', async () => {
      const el = await inWrapper();
      // The page's rules win on the host itself (they beat :host)…
      expect(getComputedStyle(el).lineHeight).to.not.equal('normal');
      expect(getComputedStyle(el).letterSpacing).to.not.equal('normal');
      // …but do not cross the shadow boundary, and what would be inherited is reset inside.
      const label = labelOf(el, 'vladivostok-pancakes');
      expect(getComputedStyle(label).letterSpacing).to.equal('normal');
      expect(parseFloat(getComputedStyle(label).lineHeight)).to.be.below(parseFloat(getComputedStyle(label).fontSize) * 2);
      // The base font follows the root font size (rem), not the body's 30px.
      expect(getComputedStyle(el).fontSize).to.equal('21px');
      expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
      expectSoundLayout(el);
    });

    it('keeps a label box tall enough for its text, so text is not clipped', async () => {
      const el = await inWrapper();
      const labels = parts(el, 'event-label').filter((b) => !b.classList.contains('unlabelled'));
      expect(labels.length).to.be.greaterThan(5);
      for (const label of labels) {
        expect(label.scrollHeight, label.textContent!).to.be.at.most(label.clientHeight + 1);
      }
    });
  });

  // The mirrored axis, its keys and gestures are pinned in tests/rtl.test.ts.
  describe('right to left', () => {
    it('keeps the layout sound', async () => {
      const el = await inWrapper({dir: 'rtl'});
      expect(getComputedStyle(el).direction).to.equal('rtl');
      expectSoundLayout(el);
    });

    it('sets the detail in the page direction, close button at the inline end, and an English label in its own', async () => {
      const el = await inWrapper({dir: 'rtl'});
      // A title runs its own way, so that a cut falls at its end (tests/title-direction.test.ts).
      expect(getComputedStyle(labelOf(el, 'icc-warrant')).direction).to.equal('ltr');
      el.selected = 'icc-warrant';
      await settle(el);
      const tip = tooltip(el);
      expect(isOpen(tip)).to.be.true;
      expect(getComputedStyle(tip).direction).to.equal('rtl');
      const box = tip.getBoundingClientRect();
      const close = tip.querySelector('.tip-close')!.getBoundingClientRect();
      const title = tip.querySelector('.tip-title')!.getBoundingClientRect();
      expect(close.left - box.left, 'close button on the left in rtl').to.be.below(box.right - close.right);
      expect(overlaps(close, title), 'title runs under the close button').to.be.false;
      // The quote's rule is on the inline-start side: the right.
      const quote = getComputedStyle(tip.querySelector('.tip-quote')!);
      expect(quote.borderRightWidth).to.equal('3px');
      expect(quote.borderLeftWidth).to.equal('0px');
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({media: 'screen'}));

    it('prints a chronological list instead of the axis', async () => {
      const el = await inWrapper();
      const plot = el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
      // On screen the list is not even built (it would double the DOM).
      expect(el.shadowRoot!.querySelector('.print-list'), 'no print list on screen').to.equal(null);

      await emulateMedia({media: 'print'});
      await settle(el);
      const list = el.shadowRoot!.querySelector<HTMLElement>('.print-list')!;
      expect(getComputedStyle(plot).display).to.equal('none');
      expect(getComputedStyle(list).display).to.equal('block');
      const items = [...list.querySelectorAll('li')];
      expect(items).to.have.length(ARTICLE_EVENT_COUNT);
      expect(items[0]!.getBoundingClientRect().height).to.be.greaterThan(0);
      // In time order, each with its date, title, place and quoted sentence.
      const pancakes = items[1]!.textContent!.replace(/\s+/g, ' ');
      expect(pancakes).to.contain('2018');
      expect(pancakes).to.contain('Xi and Putin cook pancakes in Vladivostok');
      expect(pancakes).to.contain('Vladivostok');
      expect(pancakes).to.contain('the two cooked Russian pancakes together');
    });
  });

  describe('upgrade', () => {
    it('honours properties set before the element is defined', async () => {
      const name = 'article-timeline-lazy';
      expect(customElements.get(name)).to.equal(undefined);
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:800px"></div>`);
      const el = document.createElement(name) as ArticleTimeline;
      // Set on a plain HTMLElement: these shadow the accessors the class will bring.
      el.timeline = minimalDoc([{id: 'a', date: '2023-03-20', title: 'A', quote: 'A happened', dateText: 'On Monday'}]);
      el.locale = 'fr';
      el.selected = 'a';
      wrapper.append(el);
      const loaded = oneEvent(el, 'timeline-load');
      customElements.define(name, class extends ArticleTimeline {});
      await loaded;
      await settle(el);
      expect(Object.prototype.hasOwnProperty.call(el, 'timeline'), 'instance property moved onto the accessor').to.be.false;
      expect(parts(el, 'event').map((e) => e.dataset.eventId)).to.deep.equal(['a']);
      expect(labelOf(el, 'a').getAttribute('aria-label')).to.contain('20 mars 2023');
      expect(isOpen(tooltip(el))).to.be.true;
    });
  });

  describe('hidden containers', () => {
    // Tabs, accordions and closed <details> hide their content with display: none, often while it loads.
    it('loads inside a hidden tab panel and draws, horizontally, once the panel is shown', async () => {
      const panel = await fixture<HTMLDivElement>(html`<div hidden style="width:1000px"></div>`);
      const el = await mountArticle(panel);
      expect(el.getBoundingClientRect().width, 'hidden: no box').to.equal(0);
      panel.hidden = false;
      await settle(el);
      await settle(el);
      expect(el.shadowRoot!.querySelector('.vertical'), 'not laid out for the 0 px it had while hidden').to.equal(null);
      expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
      expectSoundLayout(el);
      expect(parts(el, 'axis')[0]!.querySelectorAll('.tick').length).to.be.greaterThan(5);
    });

    it('draws inside a <details> opened after it loaded', async () => {
      const details = await fixture<HTMLDetailsElement>(html`<details style="width:1000px"><summary>Timeline</summary></details>`);
      const el = await mountArticle(details, {orientation: 'horizontal'});
      details.open = true;
      await settle(el);
      await settle(el);
      expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
      expectSoundLayout(el);
    });
  });

  describe('web fonts', () => {
    it('measures its labels again once a web font they use has loaded, so none is cut short', async function () {
      // A font the page uses nowhere else loads only once the labels are drawn in it, after they were
      // measured in its fallback. Here: a wide face (a monospace) behind a narrower fallback.
      const family = 'Late Wide Test';
      const face = new FontFace(family, 'local("DejaVu Sans Mono"), local("DejaVuSansMono"), local("Liberation Mono")');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:1000px"></div>`);
      wrapper.style.setProperty('--article-timeline-font', `"${family}", sans-serif`);
      const el = await mountArticle(wrapper, {orientation: 'horizontal'});
      const labels = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.label:not(.unlabelled)')];
      // Cut short: the text overflows a box narrower than the widest a label may be (340 px here).
      const cutShort = () => labels().filter((l) => l.scrollWidth > l.clientWidth + 1 && l.getBoundingClientRect().width < 330);
      expect(
        cutShort().map((l) => l.textContent),
        'in the fallback',
      ).to.deep.equal([]);
      const narrow = labelOf(el, 'invasion-of-ukraine').scrollWidth;
      document.fonts.add(face);
      try {
        await face.load();
      } catch {
        document.fonts.delete(face);
        this.skip(); // no such font on this machine
      }
      try {
        await settle(el);
        await settle(el);
        if (labelOf(el, 'invasion-of-ukraine').scrollWidth <= narrow) this.skip(); // not wider here: nothing to show
        expect(labels().length).to.be.greaterThan(5);
        expect(
          cutShort().map((l) => l.textContent),
          'in the web font',
        ).to.deep.equal([]);
      } finally {
        document.fonts.delete(face);
      }
    });
  });

  describe('several instances', () => {
    it('do not share hover, selection or ids', async () => {
      const a = await inWrapper();
      const b = await inWrapper();
      hover(a, 'icc-warrant');
      await settle(a);
      await settle(b);
      expect(isOpen(tooltip(a))).to.be.true;
      expect(isOpen(tooltip(b))).to.be.false;

      b.selected = 'vladivostok-pancakes';
      await settle(b);
      expect(a.selected).to.equal('');
      expect(tooltip(a).textContent).to.contain('warrant');
      expect(tooltip(b).textContent).to.contain('pancakes');
      expect(tooltip(a).id).to.not.equal(tooltip(b).id);
    });

    it('survive removal and re-insertion, including moving to another container', async () => {
      const el = await inWrapper();
      const other = await fixture<HTMLDivElement>(html`<div style="width:700px"></div>`);
      el.remove();
      other.append(el);
      await settle(el);
      expect(drawnIds(el).size).to.equal(ARTICLE_EVENT_COUNT);
      hover(el, 'sco-summit');
      await settle(el);
      expect(isOpen(tooltip(el))).to.be.true;
    });
  });
});
