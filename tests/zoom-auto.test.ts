import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {ArticleTimeline} from '../src/element/article-timeline.js';
import {articleTimeline, labelOf, mountArticle, parts, settle} from './helpers/timeline.js';
import {pointer} from './helpers/gestures.js';

/**
 * Zoom and pan on the default (auto) scale, as a reader sees them: whatever the gesture, what was
 * under the pointer (or the focus) stays there, and everything else moves away from it or towards it
 * by the zoom factor. Checked on the marks: every mark wholly inside the axis before and after a
 * step must be `factor` times as far from the pointer as it was.
 */

const plot = (el: ArticleTimeline) => el.shadowRoot!.querySelector<HTMLElement>('.plot')!;

/** Centres of the marks drawn on their own, along the time axis (x, or y when vertical), by event id. */
function markCentres(el: ArticleTimeline, vertical = false): Map<string, number> {
  const box = plot(el).getBoundingClientRect();
  const out = new Map<string, number>();
  for (const li of parts(el, 'event')) {
    const r = li.querySelector('[part~="event-mark"]')!.getBoundingClientRect();
    // Wholly inside the axis (a mark at an edge is clipped to it, or stands for time beyond it).
    const [a, b, lo, hi] = vertical ? [r.top, r.bottom, box.top + 14, box.bottom - 14] : [r.left, r.right, box.left + 18, box.right - 18];
    if (a > lo && b < hi) out.set(li.dataset.eventId!, (a + b) / 2);
  }
  return out;
}

/** Every mark inside the axis before and after is `factor` times as far from `at` (within a px); returns how many. */
function expectScaledAbout(before: Map<string, number>, after: Map<string, number>, at: number, factor: number): number {
  let compared = 0;
  for (const [id, x0] of before) {
    const x1 = after.get(id);
    if (x1 === undefined || Math.abs(x0 - at) < 4) continue;
    expect(x1 - at, `${id}: ${(x0 - at).toFixed(1)} px from the pointer before`).to.be.closeTo((x0 - at) * factor, 1);
    compared++;
  }
  return compared;
}

function wheelAt(el: ArticleTimeline, x: number, init: WheelEventInit) {
  const r = plot(el).getBoundingClientRect();
  plot(el).dispatchEvent(
    new WheelEvent('wheel', {bubbles: true, cancelable: true, composed: true, clientX: x, clientY: r.top + 20, ...init}),
  );
}

/** Everything a reader sees of the drawing: each mark's and label's box, and the tick labels. */
function drawing(el: ArticleTimeline): string {
  const boxes = parts(el, 'event').map((li) => {
    const m = li.querySelector('[part~="event-mark"]')!.getBoundingClientRect();
    const l = li.querySelector('[part~="event-label"]')!.getBoundingClientRect();
    return `${li.dataset.eventId} ${[m.left, m.top, m.width, l.left, l.top, l.width].map((v) => v.toFixed(2)).join(' ')}`;
  });
  const ticks = [...parts(el, 'axis')[0]!.querySelectorAll('.tick')].map(
    (t) => `${t.textContent} ${t.getBoundingClientRect().left.toFixed(2)}`,
  );
  const breaks = parts(el, 'axis-break').map((b) => `${b.dataset.skips} ${b.getBoundingClientRect().left.toFixed(2)}`);
  return [...boxes, ...ticks, ...breaks].join('\n');
}

async function rtlTimeline(attrs: Record<string, string> = {orientation: 'horizontal'}): Promise<ArticleTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" lang="ar" style="width:1000px"></div>`);
  return mountArticle(wrapper, attrs);
}

describe('<article-timeline> zoom on the auto scale: the time under the pointer stays there', () => {
  for (const dir of ['ltr', 'rtl']) {
    it(`${dir}: Ctrl + wheel at several places, in and out, keeps every mark's distance from the pointer in proportion`, async () => {
      const el = dir === 'rtl' ? await rtlTimeline() : await articleTimeline(1000, {orientation: 'horizontal'});
      const box = plot(el).getBoundingClientRect();
      let compared = 0;
      // Over the busy week, the months before it, the years before that, and a break.
      for (const at of [0.92, 0.8, 0.6, 0.35, 0.1]) {
        const x = Math.round(box.left + box.width * (dir === 'rtl' ? 1 - at : at));
        for (const [deltaY, factor] of [
          [-50, 2],
          [-50, 2],
          [100, 1 / 4],
        ] as const) {
          const before = markCentres(el);
          wheelAt(el, x, {deltaY, ctrlKey: true});
          await settle(el);
          compared += expectScaledAbout(before, markCentres(el), x, factor);
        }
      }
      expect(compared, 'marks compared').to.be.at.least(30);
    });
  }

  it('a burst of wheel events in one frame goes on from step to step, about the same time', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const box = plot(el).getBoundingClientRect();
    const x = Math.round(box.left + box.width * 0.75);
    const before = markCentres(el);
    for (let i = 0; i < 3; i++) wheelAt(el, x, {deltaY: -25, ctrlKey: true});
    await new Promise((r) => requestAnimationFrame(r));
    await settle(el);
    expect(expectScaledAbout(before, markCentres(el), x, 2 ** 1.5)).to.be.at.least(4);
  });

  it('a two-finger pinch zooms about the middle of the fingers', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const r = plot(el).getBoundingClientRect();
    const y = r.top + 20;
    const mid = Math.round(r.left + r.width * 0.7);
    const before = markCentres(el);
    pointer(plot(el), 'pointerdown', mid - 50, y, 1, 'touch');
    pointer(plot(el), 'pointerdown', mid + 50, y, 2, 'touch');
    pointer(plot(el), 'pointermove', mid - 100, y, 1, 'touch');
    pointer(plot(el), 'pointermove', mid + 100, y, 2, 'touch');
    pointer(plot(el), 'pointerup', mid - 100, y, 1, 'touch');
    pointer(plot(el), 'pointerup', mid + 100, y, 2, 'touch');
    await settle(el);
    expect(expectScaledAbout(before, markCentres(el), mid, 2)).to.be.at.least(4);
  });

  it('a double-click zooms in about the pointer', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const r = plot(el).getBoundingClientRect();
    const x = Math.round(r.left + r.width * 0.55);
    const before = markCentres(el);
    plot(el).dispatchEvent(new MouseEvent('dblclick', {bubbles: true, composed: true, cancelable: true, clientX: x, clientY: r.top + 10}));
    await settle(el);
    expect(expectScaledAbout(before, markCentres(el), x, 2)).to.be.at.least(4);
  });

  it('the + and − buttons zoom about the middle of the axis', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const r = plot(el).getBoundingClientRect();
    // The axis runs from 16 px to 16 px before the end.
    const middle = r.left + r.width / 2;
    const [plus, minus] = parts(el, 'controls')[0]!.querySelectorAll('button');
    const before = markCentres(el);
    plus!.click();
    await settle(el);
    const zoomed = markCentres(el);
    expect(expectScaledAbout(before, zoomed, middle, 2)).to.be.at.least(3);
    minus!.click();
    await settle(el);
    expect(expectScaledAbout(zoomed, markCentres(el), middle, 1 / 2)).to.be.at.least(3);
  });

  it('+ and − keys zoom about the focused event, horizontal and vertical', async () => {
    for (const orientation of ['horizontal', 'vertical']) {
      const vertical = orientation === 'vertical';
      const el = await articleTimeline(vertical ? 375 : 1000, {orientation});
      // The one event of its day: its dot is at the middle of its period, the time the keys zoom about.
      const centre = () => markCentres(el, vertical).get('visit-announced')!;
      // Focused first: the page may scroll to it.
      labelOf(el, 'visit-announced').focus();
      const at = centre();
      const before = markCentres(el, vertical);
      await sendKeys({press: '+'});
      await settle(el);
      expect(centre(), `${orientation}: the focused event stays`).to.be.closeTo(at, 1);
      expect(expectScaledAbout(before, markCentres(el, vertical), at, 2), orientation).to.be.at.least(3);
      const zoomed = markCentres(el, vertical);
      await sendKeys({press: '-'});
      await settle(el);
      expect(expectScaledAbout(zoomed, markCentres(el, vertical), at, 1 / 2), orientation).to.be.at.least(3);
    }
  });

  it('pans with the pointer: a drag, a sideways wheel and Shift + arrows move every mark alike', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    el.view = {start: '2023-02', end: '2023-03'};
    await settle(el);
    const r = plot(el).getBoundingClientRect();
    const y = r.top + 20;
    const x = Math.round(r.left + r.width / 2);
    const shifted = (before: Map<string, number>, by: number) => {
      let n = 0;
      for (const [id, x0] of before) {
        const x1 = markCentres(el).get(id);
        if (x1 === undefined) continue;
        expect(x1 - x0, id).to.be.closeTo(by, 1);
        n++;
      }
      return n;
    };
    let before = markCentres(el);
    pointer(plot(el), 'pointerdown', x, y);
    pointer(plot(el), 'pointermove', x + 40, y);
    pointer(plot(el), 'pointermove', x + 120, y);
    pointer(plot(el), 'pointerup', x + 120, y);
    await settle(el);
    expect(shifted(before, 120), 'drag').to.be.at.least(3);
    before = markCentres(el);
    wheelAt(el, x, {deltaX: 80});
    await settle(el);
    expect(shifted(before, -80), 'wheel').to.be.at.least(3);
    // Shift + ArrowLeft: earlier time, everything a fifth of the axis (968 px) to the right.
    labelOf(el, 'visit-announced').focus();
    before = markCentres(el);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'ArrowLeft'});
    await sendKeys({up: 'Shift'});
    await settle(el);
    expect(shifted(before, 0.2 * 968), 'Shift + ArrowLeft').to.be.at.least(2);
  });

  it('the overview window covers exactly what is in view', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', overview: ''});
    const box = plot(el).getBoundingClientRect();
    const strip = parts(el, 'overview')[0]!;
    // At zoom 1 the strip draws the whole period as the axis does: a mark's place there is its place on the strip.
    const whole = markCentres(el);
    wheelAt(el, Math.round(box.left + box.width * 0.85), {deltaY: -50, ctrlKey: true});
    await settle(el);
    wheelAt(el, Math.round(box.left + box.width * 0.6), {deltaY: -50, ctrlKey: true});
    await settle(el);
    const w = strip.querySelector('.overview-window')!.getBoundingClientRect();
    const s = strip.getBoundingClientRect();
    const [w0, w1] = [w.left - s.left + box.left, w.right - s.left + box.left];
    // The view is the window magnified to the axis, [16, 984] px of the plot.
    const [r0, r1] = [box.left + 16, box.right - 16];
    let compared = 0;
    for (const [id, x] of markCentres(el)) {
      expect(x, id).to.be.closeTo(r0 + ((whole.get(id)! - w0) * (r1 - r0)) / (w1 - w0), 1.5);
      compared++;
    }
    expect(compared).to.be.at.least(4);
  });

  it('draws a dot wherever its spread instant is in view, though the middle of its day is not', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    // Seven events on 20 March, spread across the day in document order: the first two before 06:00.
    el.view = {start: '2023-03-17', end: '2023-03-20T06:00:00Z'};
    await settle(el);
    const centres = markCentres(el);
    expect(centres.has('putin-letter') && centres.has('xi-letter'), [...centres.keys()].join()).to.equal(true);
    expect(centres.has('one-on-one-lunch')).to.equal(false);
  });

  it('zoomed out fully, the drawing is exactly the first one', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal'});
    const first = drawing(el);
    const box = plot(el).getBoundingClientRect();
    for (const at of [0.9, 0.7, 0.3]) {
      wheelAt(el, Math.round(box.left + box.width * at), {deltaY: -60, ctrlKey: true});
      await settle(el);
    }
    expect(drawing(el)).not.to.equal(first);
    for (let i = 0; i < 6; i++) {
      wheelAt(el, Math.round(box.left + box.width * 0.5), {deltaY: 100, ctrlKey: true});
      await settle(el);
    }
    expect(drawing(el)).to.equal(first);
  });

  it('zoomed in on the busy week, each day stretch is ticked by day, evenly', async () => {
    const el = await articleTimeline(1000, {orientation: 'horizontal', locale: 'en'});
    const box = plot(el).getBoundingClientRect();
    const visit = markCentres(el).get('visit-announced')!;
    for (let i = 0; i < 2; i++) {
      wheelAt(el, Math.round(visit), {deltaY: -50, ctrlKey: true});
      await settle(el);
    }
    const ticks = [...parts(el, 'axis')[0]!.querySelectorAll<SVGGElement & {__data__: Date}>('.tick')]
      .map((t) => ({t: +t.__data__, x: t.getBoundingClientRect().left + t.getBoundingClientRect().width / 2}))
      .filter((t) => t.x > box.left && t.x < box.right);
    // Consecutive days one after another, the same number of px apart: true time within the stretch.
    const days = ticks.filter((t, i) => i > 0 && t.t - ticks[i - 1]!.t === 864e5);
    expect(days.length, 'day steps').to.be.at.least(3);
    const step = days[0]!.x - ticks[ticks.indexOf(days[0]!) - 1]!.x;
    for (const d of days) expect(d.x - ticks[ticks.indexOf(d) - 1]!.x).to.be.closeTo(step, 1);
  });
});
