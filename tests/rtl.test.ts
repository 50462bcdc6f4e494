import {expect, fixture, html} from '@open-wc/testing';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {eventLi, labelOf, mountArticle, overlaps, parts, settle, visibleLabelRects} from './helpers/timeline.js';
import {pointer} from './helpers/gestures.js';

/**
 * The article's timeline inside `<div dir="rtl" lang="ar">`, on the linear scale unless `attrs` say
 * otherwise: these tests pin positions and gestures worked out on it (the auto scale in rtl is
 * checked in first-impression.test.ts and layout-auto.test.ts).
 */
async function rtlTimeline(attrs: Record<string, string> = {orientation: 'horizontal'}, width = 1000): Promise<ArticleTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style=${`width:${width}px`}></div>`);
  return mountArticle(wrapper, {scale: 'linear', ...attrs});
}

const plot = (el: ArticleTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.plot')!;
const mark = (el: ArticleTimeline, id: string) => eventLi(el, id).querySelector('[part~="event-mark"]')!.getBoundingClientRect();
const centre = (r: DOMRect) => r.left + r.width / 2;
const key = (target: Element, k: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', {key: k, bubbles: true, composed: true, cancelable: true, ...init}));
/** Tick labels with their x on screen, in the order d3 draws them (time order). */
const ticks = (el: ArticleTimeline) =>
  [...parts(el, 'axis')[0]!.querySelectorAll<SVGGElement>('.tick')].map((g) => ({
    text: g.querySelector('text')!,
    x: g.getBoundingClientRect().left + g.getBoundingClientRect().width / 2,
  }));

describe('<article-timeline> right to left (dir="rtl")', () => {
  it('runs time right to left: the earliest event is right of the latest, labels apart and inside', async () => {
    const el = await rtlTimeline();
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(centre(mark(el, 'xi-takes-office')), '2012 right of 2018').to.be.greaterThan(centre(mark(el, 'vladivostok-pancakes')));
    const host = el.getBoundingClientRect();
    const labels = visibleLabelRects(el);
    expect(labels.length).to.be.greaterThan(5);
    for (let i = 0; i < labels.length; i++) {
      expect(labels[i]!.left).to.be.at.least(host.left - 1);
      expect(labels[i]!.right).to.be.at.most(host.right + 1);
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!), `labels ${i} and ${j}`).to.be.false;
    }
    // A label box ends at the start of its mark (the right end of a bar), not short of it.
    const office = labelOf(el, 'xi-takes-office').getBoundingClientRect();
    expect(office.right).to.be.closeTo(mark(el, 'xi-takes-office').right, 8);
  });

  it('draws the axis mirrored: the first tick on the right, every shown tick label inside', async () => {
    const el = await rtlTimeline();
    const all = ticks(el);
    expect(all.length).to.be.greaterThan(3);
    for (let k = 1; k < all.length; k++) expect(all[k]!.x, `tick ${k} left of tick ${k - 1}`).to.be.below(all[k - 1]!.x);
    const host = el.getBoundingClientRect();
    const shown = all.filter((t) => t.text.getAttribute('visibility') !== 'hidden');
    expect(shown.length, 'ticks are not all hidden as overlapping').to.be.greaterThan(all.length / 2);
    for (const t of shown) {
      const r = t.text.getBoundingClientRect();
      expect(r.left).to.be.at.least(host.left - 1);
      expect(r.right).to.be.at.most(host.right + 1);
    }
  });

  it('moves the arrows the way the axis runs: ArrowLeft goes to the later event, Shift+ArrowLeft pans later', async () => {
    const el = await rtlTimeline();
    labelOf(el, 'xi-takes-office').focus();
    await settle(el);
    key(labelOf(el, 'xi-takes-office'), 'ArrowLeft');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(labelOf(el, 'vladivostok-pancakes'));
    key(labelOf(el, 'vladivostok-pancakes'), 'ArrowRight');
    await settle(el);
    expect(el.shadowRoot!.activeElement).to.equal(labelOf(el, 'xi-takes-office'));

    el.view = {start: '2018', end: '2019'};
    await settle(el);
    const before = +el.view.start;
    key(el.shadowRoot!.activeElement!, 'ArrowLeft', {shiftKey: true});
    await settle(el);
    expect(+el.view.start, 'Shift+ArrowLeft: later').to.be.greaterThan(before);
    const later = +el.view.start;
    key(el.shadowRoot!.activeElement!, 'ArrowRight', {shiftKey: true});
    await settle(el);
    expect(+el.view.start, 'Shift+ArrowRight: earlier').to.be.lessThan(later);
  });

  it('zooms with Ctrl + wheel around the pointer: the time under it stays under it', async () => {
    // The default (auto) scale: every mark inside the axis is twice as far from the pointer after.
    const el = await rtlTimeline({orientation: 'horizontal', scale: 'auto'});
    const r = plot(el).getBoundingClientRect();
    const x = Math.round(r.left + r.width * 0.3);
    const centres = () =>
      new Map(
        parts(el, 'event')
          .map((li) => [li.dataset.eventId!, li.querySelector('[part~="event-mark"]')!.getBoundingClientRect()] as const)
          .filter(([, m]) => m.left > r.left + 18 && m.right < r.right - 18)
          .map(([id, m]) => [id, centre(m)]),
      );
    const before = centres();
    const whole = +el.view.end - +el.view.start;
    plot(el).dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        composed: true,
        clientX: x,
        clientY: r.top + 20,
        deltaY: -50,
        ctrlKey: true,
      }),
    );
    await settle(el);
    expect(+el.view.end - +el.view.start).to.be.lessThan(whole * 0.8);
    let compared = 0;
    for (const [id, at] of centres()) {
      if (!before.has(id) || Math.abs(before.get(id)! - x) < 4) continue;
      expect(at - x, id).to.be.closeTo((before.get(id)! - x) * 2, 1);
      compared++;
    }
    expect(compared).to.be.at.least(4);
  });

  it('pans the way the fingers move: a drag to the right brings in the later time drawn on the left', async () => {
    const el = await rtlTimeline();
    el.view = {start: '2023-03-08', end: '2023-03-24'};
    await settle(el);
    const before = el.view;
    // A day: a dot, whose place is one instant (a bar would be clipped at the view's edge).
    const x0 = centre(mark(el, 'visit-announced'));
    const y = plot(el).getBoundingClientRect().top + 20;
    pointer(plot(el), 'pointerdown', x0, y);
    pointer(plot(el), 'pointermove', x0 + 60, y);
    pointer(plot(el), 'pointermove', x0 + 120, y);
    pointer(plot(el), 'pointerup', x0 + 120, y);
    await settle(el);
    expect(+el.view.start, 'later time came into view').to.be.greaterThan(+before.start);
    expect(+el.view.end - +el.view.start).to.be.closeTo(+before.end - +before.start, 1000);
    // What was under the pointer moved with it.
    expect(centre(mark(el, 'visit-announced'))).to.be.closeTo(x0 + 120, 1);
  });

  it('scrolls sideways towards what is drawn there: a wheel to the right shows earlier time', async () => {
    const el = await rtlTimeline();
    el.view = {start: '2018', end: '2019'};
    await settle(el);
    const before = +el.view.start;
    const r = plot(el).getBoundingClientRect();
    plot(el).dispatchEvent(
      new WheelEvent('wheel', {
        bubbles: true,
        cancelable: true,
        composed: true,
        clientX: r.left + r.width / 2,
        clientY: r.top + 20,
        deltaX: 200,
      }),
    );
    await settle(el);
    expect(+el.view.start).to.be.lessThan(before);
  });

  it('mirrors the overview: the view of the earliest years is at its right end, ArrowLeft moves it later', async () => {
    const el = await rtlTimeline({orientation: 'horizontal', overview: ''});
    el.view = {start: '2012', end: '2014'};
    await settle(el);
    const strip = parts(el, 'overview')[0]!.getBoundingClientRect();
    const win = parts(el, 'overview')[0]!.querySelector<HTMLElement>('.overview-window')!;
    const w = win.getBoundingClientRect();
    expect(w.width).to.be.within(10, strip.width / 2);
    expect(strip.right - w.right, 'window near the right end').to.be.lessThan(strip.width / 4);
    // The start handle sits on the window's right edge.
    const start = win.querySelector('[data-edge="start"]')!.getBoundingClientRect();
    expect(centre(start)).to.be.greaterThan(centre(w));
    const before = +el.view.start;
    win.focus();
    key(win, 'ArrowLeft');
    await settle(el);
    expect(+el.view.start).to.be.greaterThan(before);
  });

  it('mirrors a compressed scale too', async () => {
    const el = await rtlTimeline({orientation: 'horizontal', scale: 'compressed'});
    expect(centre(mark(el, 'xi-takes-office'))).to.be.greaterThan(centre(mark(el, 'vladivostok-pancakes')));
    expect(parts(el, 'axis-break').length).to.be.greaterThan(0);
  });

  it('stands a vertical axis right of its labels, tick labels outside it', async () => {
    const el = await rtlTimeline({orientation: 'vertical'}, 400);
    const axis = parts(el, 'axis')[0]!.querySelector('path.domain')!.getBoundingClientRect();
    const labels = visibleLabelRects(el);
    expect(labels.length).to.be.greaterThan(5);
    for (const label of labels) expect(label.right, 'label left of the axis').to.be.below(axis.left);
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(overlaps(labels[i]!, labels[j]!)).to.be.false;
    const office = mark(el, 'xi-takes-office');
    expect(office.right).to.be.at.most(axis.left + 1);
    expect(office.left).to.be.greaterThan(labels[0]!.right);
    const texts = [...parts(el, 'axis')[0]!.querySelectorAll('.tick text')].map((t) => t.getBoundingClientRect());
    expect(texts.length).to.be.greaterThan(2);
    for (const t of texts) {
      expect(t.left, 'tick label right of the axis').to.be.greaterThan(axis.right);
      expect(t.right).to.be.at.most(el.getBoundingClientRect().right + 1);
    }
    // Earlier stays on top vertically.
    expect(office.top).to.be.below(mark(el, 'vladivostok-pancakes').top);
  });

  it('passes axe, horizontal and vertical', async () => {
    const el = await rtlTimeline();
    await expect(el).to.be.accessible();
    const tall = await rtlTimeline({orientation: 'vertical'}, 400);
    await expect(tall).to.be.accessible();
  });
});
