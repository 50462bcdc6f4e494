import {expect} from '@open-wc/testing';
import {
  DAY_MS,
  MARK_TARGET_PX,
  MAX_BAR_ROWS,
  assignLanes,
  dodge,
  layoutTimeline,
  mirrorLayout,
  tickCount,
  timeDomain,
  timeScale,
} from '../src/layout/index.js';
import type {LayoutInput, LayoutItem, LayoutItemInput, LayoutResult} from '../src/layout/index.js';
import {mulberry32} from './helpers/random.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Every number in the layout (scale aside) is finite. */
function expectFinite(layout: LayoutResult) {
  const {scale: _scale, ...rest} = layout;
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'number') expect(Number.isFinite(v), `${path} = ${v}`).to.equal(true);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(rest, 'layout');
  expect(Number.isFinite(layout.scale(layout.scale.domain()[0]))).to.equal(true);
}

function expectLabelsApart(layout: LayoutResult) {
  const rects = layout.items
    .filter((i) => i.labelVisible)
    .map((i) => ({id: i.id, x: i.labelX, y: i.labelY, w: i.labelWidth, h: i.labelHeight}));
  for (let a = 0; a < rects.length; a++)
    for (let b = a + 1; b < rects.length; b++)
      expect(overlaps(rects[a], rects[b]), `${rects[a].id} overlaps ${rects[b].id}`).to.equal(false);
}

describe('layout/scale', () => {
  describe('timeDomain', () => {
    it('pads a long period by 3% on each side', () => {
      const items = [{start: utc(2000), end: utc(2010)}];
      const [lo, hi] = timeDomain(items);
      const pad = (utc(2010) - utc(2000)) * 0.03;
      expect(lo).to.be.closeTo(utc(2000) - pad, 1);
      expect(hi).to.be.closeTo(utc(2010) + pad, 1);
    });

    it('pads a period of ten days or more by at least a day', () => {
      const [lo, hi] = timeDomain([{start: utc(2023, 3, 17), end: utc(2023, 3, 27)}]);
      expect(lo).to.equal(utc(2023, 3, 16));
      expect(hi).to.equal(utc(2023, 3, 28));
    });

    it('pads a shorter period by a tenth of it, so that a day of hours or an hour of minutes fills the width', () => {
      const hour = DAY_MS / 24;
      const day = timeDomain([{start: utc(2023, 3, 17), end: utc(2023, 3, 18)}]);
      expect(day).to.deep.equal([utc(2023, 3, 17) - 2.4 * hour, utc(2023, 3, 18) + 2.4 * hour]);
      // Six events between 09:00 and 20:00 (issue #17): 11 hours, padded by 66 minutes, not by a day.
      const hours = timeDomain([{start: utc(2023, 3, 17) + 9 * hour, end: utc(2023, 3, 17) + 20 * hour}]);
      expect(hours).to.deep.equal([utc(2023, 3, 17) + 9 * hour - 66 * 60_000, utc(2023, 3, 17) + 20 * hour + 66 * 60_000]);
      const minutes = timeDomain([{start: utc(2023, 3, 17) + 9 * hour, end: utc(2023, 3, 17) + 10 * hour}]);
      expect(minutes[1] - minutes[0]).to.equal(72 * 60_000);
    });

    it('spans the earliest start to the latest end of all items', () => {
      const [lo, hi] = timeDomain(
        [
          {start: utc(2023, 3, 20), end: utc(2023, 3, 23)},
          {start: utc(2018), end: utc(2019)},
        ],
        {padding: 0},
      );
      expect([lo, hi]).to.deep.equal([utc(2018), utc(2023, 3, 23)]);
    });

    it('uses explicit start and end instead of the padded ones', () => {
      const items = [{start: utc(2018), end: utc(2024)}];
      expect(timeDomain(items, {start: utc(2020), end: utc(2030)})).to.deep.equal([utc(2020), utc(2030)]);
      const [lo, hi] = timeDomain(items, {start: utc(2015)});
      expect(lo).to.equal(utc(2015));
      expect(hi).to.be.greaterThan(utc(2024));
    });

    it('keeps an explicit start after every item usable', () => {
      const [lo, hi] = timeDomain([{start: utc(2018), end: utc(2019)}], {start: utc(2025)});
      expect(lo).to.equal(utc(2025));
      expect(hi).to.be.greaterThan(lo);
    });

    it('falls back without reading the clock when there are no dates', () => {
      expect(timeDomain([])).to.deep.equal([0, DAY_MS]);
      expect(timeDomain([{start: NaN, end: NaN}])).to.deep.equal([0, DAY_MS]);
      expect(timeDomain([], {fallback: [utc(2020), utc(2021)]})).to.deep.equal([utc(2020), utc(2021)]);
    });
  });

  describe('timeScale', () => {
    it('maps later dates further along the range', () => {
      const scale = timeScale([utc(2018), utc(2024)], [40, 1000]);
      const rand = mulberry32(7);
      const times = Array.from({length: 50}, () => utc(2018) + rand() * (utc(2024) - utc(2018))).sort((a, b) => a - b);
      const px = times.map((t) => scale(t));
      for (let i = 1; i < px.length; i++) expect(px[i]).to.be.at.least(px[i - 1]);
      expect(scale(utc(2018))).to.equal(40);
      expect(scale(utc(2024))).to.equal(1000);
    });

    it('stays finite for a zero-length domain', () => {
      const scale = timeScale([utc(2020), utc(2020)], [0, 500]);
      expect(scale(utc(2020))).to.equal(250);
      expect(Number.isFinite(scale(utc(2021)))).to.equal(true);
    });
  });

  describe('tickCount', () => {
    for (const px of [320, 768, 1280, 1920]) {
      it(`gives one tick per 80-100 px across ${px} px`, () => {
        const n = tickCount(px, 'horizontal');
        expect(n).to.be.within(Math.max(2, Math.floor(px / 100)), Math.ceil(px / 80));
      });
      it(`gives one tick per 50-60 px down ${px} px`, () => {
        const n = tickCount(px, 'vertical');
        expect(n).to.be.within(Math.floor(px / 60), Math.ceil(px / 50));
      });
    }

    it('never asks for fewer than two ticks', () => {
      expect(tickCount(0, 'horizontal')).to.equal(2);
      expect(tickCount(100, 'horizontal')).to.equal(2);
      expect(tickCount(NaN, 'vertical')).to.equal(2);
    });
  });
});

describe('layout/lanes', () => {
  describe('assignLanes', () => {
    it('never overlaps labels in a lane, and keeps them in bounds (200 random cases)', () => {
      const rand = mulberry32(42);
      for (let c = 0; c < 200; c++) {
        const min = Math.floor(rand() * 50);
        const max = min + 100 + Math.floor(rand() * 1200);
        const gap = Math.floor(rand() * 12);
        const maxLanes = 1 + Math.floor(rand() * 5);
        const n = Math.floor(rand() * 40);
        const labels = Array.from({length: n}, () => ({
          anchor: min - 20 + rand() * (max - min + 40),
          width: 10 + rand() * Math.min(300, max - min - 10),
          priority: rand() < 0.2 ? 1 : undefined,
        }));
        const out = assignLanes(labels, {min, max, gap, maxLanes});
        expect(out).to.have.length(n);
        const shown = out.map((p, i) => ({...p, w: labels[i].width})).filter((p) => p.lane >= 0);
        for (const p of out) expect(p.lane).to.be.within(-1, maxLanes - 1);
        for (const p of shown) {
          expect(p.x, `case ${c}`).to.be.at.least(min);
          expect(p.x + p.w, `case ${c}`).to.be.at.most(max + 1e-9);
        }
        for (let a = 0; a < shown.length; a++)
          for (let b = a + 1; b < shown.length; b++) {
            const [p, q] = [shown[a], shown[b]];
            if (p.lane !== q.lane) continue;
            const apart = p.x + p.w + gap <= q.x + 1e-9 || q.x + q.w + gap <= p.x + 1e-9;
            expect(apart, `case ${c}: labels ${a} and ${b} in lane ${p.lane}`).to.equal(true);
          }
      }
    });

    it('starts a label at its anchor when there is room', () => {
      const [p] = assignLanes([{anchor: 100, width: 50}], {min: 0, max: 500, gap: 4, maxLanes: 3});
      expect(p).to.deep.equal({x: 100, lane: 0, side: 'after'});
    });

    it('shifts a label left at the right edge', () => {
      const [p] = assignLanes([{anchor: 480, width: 100}], {min: 0, max: 500, gap: 4, maxLanes: 3});
      expect(p.x).to.equal(400);
      expect(p.lane).to.equal(0);
    });

    it('tries the left of the anchor before using another lane', () => {
      const out = assignLanes(
        [
          {anchor: 200, width: 80},
          {anchor: 200, width: 80},
        ],
        {min: 0, max: 500, gap: 4, maxLanes: 3},
      );
      expect(out[0]).to.deep.equal({x: 200, lane: 0, side: 'after'});
      expect(out[1]).to.deep.equal({x: 116, lane: 0, side: 'before'});
    });

    it('hides labels when every lane is full', () => {
      const labels = Array.from({length: 5}, () => ({anchor: 200, width: 80}));
      const out = assignLanes(labels, {min: 0, max: 500, gap: 4, maxLanes: 2});
      expect(out.map((p) => p.lane)).to.deep.equal([0, 0, 1, 1, -1]);
      expect(Number.isFinite(out[4].x)).to.equal(true);
    });

    it('hides everything when there are no lanes', () => {
      const out = assignLanes([{anchor: 10, width: 5}], {min: 0, max: 500, gap: 4, maxLanes: 0});
      expect(out[0].lane).to.equal(-1);
    });

    it('returns placements in input order, whatever the anchors', () => {
      const labels = [
        {anchor: 400, width: 30},
        {anchor: 20, width: 30},
        {anchor: 250, width: 30},
      ];
      const out = assignLanes(labels, {min: 0, max: 500, gap: 4, maxLanes: 1});
      expect(out.map((p) => p.x)).to.deep.equal([400, 20, 250]);
    });

    it('places each label where a plain greedy search of every lane would (300 random cases)', () => {
      // The reference: priority, then anchor, then input order; each label takes the first lane where
      // it fits after its anchor, else ending `gap` before it, checked against every label in the lane.
      const greedy = (
        labels: {anchor: number; width: number; priority?: number}[],
        o: {min: number; max: number; gap: number; maxLanes: number},
      ) => {
        const start = (x: number, w: number) => Math.max(o.min, Math.min(x, o.max - w));
        const anchorOf = (a: number) => Math.min(o.max, Math.max(o.min, a));
        const order = labels.map((_, i) => i);
        order.sort(
          (a, b) =>
            (labels[b]!.priority ?? 0) - (labels[a]!.priority ?? 0) || anchorOf(labels[a]!.anchor) - anchorOf(labels[b]!.anchor) || a - b,
        );
        const lanes: [number, number][][] = Array.from({length: o.maxLanes}, () => []);
        const out = labels.map(() => ({lane: -1, x: 0}));
        const free = (lane: [number, number][], x0: number, x1: number) => lane.every(([a0, a1]) => a0 >= x1 + o.gap || x0 >= a1 + o.gap);
        for (const i of order) {
          const {width: w} = labels[i]!;
          const a = anchorOf(labels[i]!.anchor);
          const after = start(a, w);
          const left = start(a - o.gap - w, w);
          out[i]!.x = after;
          for (let l = 0; l < o.maxLanes; l++) {
            const x = free(lanes[l]!, after, after + w) ? after : left !== after && free(lanes[l]!, left, left + w) ? left : null;
            if (x === null) continue;
            lanes[l]!.push([x, x + w]);
            out[i] = {lane: l, x};
            break;
          }
        }
        return out;
      };
      const rand = mulberry32(7);
      for (let c = 0; c < 300; c++) {
        const o = {min: 0, max: 400 + Math.floor(rand() * 1200), gap: Math.floor(rand() * 10), maxLanes: 1 + Math.floor(rand() * 6)};
        const n = Math.floor(rand() * (c % 3 === 0 ? 400 : 40));
        // Mostly in time order, as a timeline passes them, with some out of order.
        let at = 0;
        const labels = Array.from({length: n}, () => {
          at += (rand() * (3 * o.max)) / Math.max(1, n);
          return {anchor: rand() < 0.1 ? rand() * o.max : at, width: 20 + rand() * 200, priority: rand() < 0.05 ? 1 : undefined};
        });
        const got = assignLanes(labels, o).map(({lane, x}) => ({lane, x: lane >= 0 ? x : 0}));
        const want = greedy(labels, o).map(({lane, x}) => ({lane, x: lane >= 0 ? x : 0}));
        expect(got, `case ${c}`).to.deep.equal(want);
      }
    });

    it('places higher-priority labels first', () => {
      const labels = [
        {anchor: 100, width: 400},
        {anchor: 100, width: 400, priority: 1},
      ];
      const out = assignLanes(labels, {min: 0, max: 500, gap: 4, maxLanes: 1});
      expect(out.map((p) => p.lane)).to.deep.equal([-1, 0]);
    });
  });

  describe('dodge', () => {
    it('leaves an isolated label exactly where it wants to be', () => {
      expect(dodge([100, 300], [20, 20], {min: 0, gap: 4})).to.deep.equal([100, 300]);
    });

    it('centres a cluster on the mean of its wishes', () => {
      // Two labels both wanting 100: the pair (20 + 4 + 20 long) is centred on 100+10.
      expect(dodge([100, 100], [20, 20], {min: 0, gap: 4})).to.deep.equal([88, 112]);
      // Three at 0, 5, 10 of size 10, no gap: mean of (0, 5-10, 10-20) = -5.
      expect(dodge([0, 5, 10], [10, 10, 10], {min: -100, gap: 0})).to.deep.equal([-5, 5, 15]);
    });

    it('keeps order, never overlaps, and moves no cluster on average (random)', () => {
      const rand = mulberry32(99);
      for (let c = 0; c < 200; c++) {
        const n = 1 + Math.floor(rand() * 30);
        const wants = Array.from({length: n}, () => Math.round(rand() * 600));
        const sizes = Array.from({length: n}, () => 5 + Math.round(rand() * 25));
        const gap = Math.floor(rand() * 6);
        const out = dodge(wants, sizes, {min: -1e6, gap});
        const order = wants.map((_, i) => i).sort((a, b) => wants[a] - wants[b] || a - b);
        for (let k = 1; k < n; k++) {
          const [p, q] = [order[k - 1], order[k]];
          expect(out[q], `case ${c}`).to.be.at.least(out[p] + sizes[p] + gap - 1e-9);
        }
        // Least squares: unclamped clusters sit on their mean wish, so displacements cancel.
        const moved = out.reduce((s, y, i) => s + (y - wants[i]), 0);
        expect(Math.abs(moved), `case ${c}`).to.be.below(1e-6);
      }
    });

    it('returns positions in input order for unsorted input', () => {
      expect(dodge([300, 100, 200], [10, 10, 10], {min: 0, gap: 2})).to.deep.equal([300, 100, 200]);
    });

    it('keeps labels after min and before max when they fit', () => {
      expect(dodge([-10, -10], [10, 10], {min: 0, gap: 0})).to.deep.equal([0, 10]);
      expect(dodge([95, 95], [10, 10], {min: 0, max: 100, gap: 0})).to.deep.equal([80, 90]);
    });

    it('runs past max rather than overlapping', () => {
      const out = dodge([0, 0, 0, 0], [30, 30, 30, 30], {min: 0, max: 100, gap: 5});
      expect(out).to.deep.equal([0, 35, 70, 105]);
    });
  });
});

describe('layout/layoutTimeline', () => {
  const items: LayoutItemInput[] = [
    {id: 'year', start: utc(2018), end: utc(2019), point: false, labelWidth: 120, labelHeight: 18},
    {id: 'month', start: utc(2022, 2), end: utc(2022, 3), point: false, labelWidth: 140, labelHeight: 18},
    {id: 'day-a', start: utc(2023, 3, 17), end: utc(2023, 3, 18), point: true, labelWidth: 110, labelHeight: 18},
    {id: 'day-b', start: utc(2023, 3, 17), end: utc(2023, 3, 18), point: true, labelWidth: 90, labelHeight: 18},
    {id: 'day-c', start: utc(2023, 3, 17), end: utc(2023, 3, 18), point: true, labelWidth: 100, labelHeight: 18},
    {id: 'three-days', start: utc(2023, 3, 20), end: utc(2023, 3, 23), point: false, labelWidth: 130, labelHeight: 18},
    {id: 'day-d', start: utc(2023, 3, 21), end: utc(2023, 3, 22), point: true, labelWidth: 80, labelHeight: 18},
  ];
  const base = (over: Partial<LayoutInput> = {}): LayoutInput => ({
    items,
    orientation: 'horizontal',
    width: 960,
    domain: timeDomain(items),
    margin: {top: 8, right: 24, bottom: 28, left: 24},
    laneHeight: 22,
    maxLanes: 4,
    labelGap: 6,
    ...over,
  });
  const byId = (layout: LayoutResult, id: string) => layout.items.find((i) => i.id === id)!;

  it('puts marks where the d3 scale says, to the last bit (the linear scale is computed in line)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let run = 0; run < 20; run++) {
      const d0 = utc(2000) + rand() * 1e12;
      const d1 = d0 + 36e5 + rand() * 5e11;
      const points: LayoutItemInput[] = Array.from({length: 50}, (_, k) => {
        const t = d0 - 1e10 + rand() * (d1 - d0 + 2e10);
        return {id: `p${k}`, start: t, end: t, point: true, labelWidth: 10, labelHeight: 18};
      });
      const width = 200 + rand() * 1500;
      for (const orientation of ['horizontal', 'vertical'] as const) {
        const layout = layoutTimeline({...base({orientation, width, domain: [d0, d1]}), items: points});
        const [r0, r1] = layout.range;
        for (const item of layout.items) {
          if (!item.inView) continue;
          const t = points.find((p) => p.id === item.id)!.start;
          const want = Math.min(r1, Math.max(r0, layout.scale(t)));
          expect(orientation === 'horizontal' ? item.x0 : item.y0, `${orientation} ${item.id}`).to.equal(want);
        }
      }
    }
  });

  describe('items made on demand', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      it(`answers item, inView and clusterOf as items does, also after the same items are laid out again (${orientation})`, () => {
        // Two layouts of the same items array share its measured spans: the first must keep its own view.
        const wide = layoutTimeline(base({orientation}));
        const narrow = layoutTimeline(base({orientation, domain: [utc(2023, 3, 16), utc(2023, 3, 19)]}));
        expect(wide.count).to.equal(items.length);
        for (const layout of [wide, narrow]) {
          for (let i = 0; i < items.length; i++) {
            expect(layout.item(i), `item(${i})`).to.equal(layout.items[i]);
            expect(layout.inView(i), `inView(${i})`).to.equal(layout.items[i]!.inView);
            expect(layout.clusterOf(i), `clusterOf(${i})`).to.equal(layout.items[i]!.cluster);
          }
        }
        expect(items.map((_, i) => wide.inView(i))).to.deep.equal(items.map(() => true));
        expect(items.map((_, i) => narrow.inView(i))).to.deep.equal([false, false, true, true, true, false, false]);
      });
    }
  });

  describe('horizontal', () => {
    it('honours a taller height with room above the lanes: marks, labels and leaders move down together', () => {
      const natural = layoutTimeline(base());
      const tall = layoutTimeline(base({height: natural.height + 100}));
      expect(tall.height).to.equal(natural.height + 100);
      expect(tall.axisY).to.equal(natural.axisY + 100);
      expect(tall.trackY).to.equal(natural.trackY + 100);
      expect(tall.lanes).to.equal(natural.lanes);
      natural.items.forEach((item, i) => {
        const moved = tall.items[i]!;
        expect([moved.x0, moved.x1, moved.labelX, moved.lane]).to.deep.equal([item.x0, item.x1, item.labelX, item.lane]);
        expect([moved.y0, moved.labelY]).to.deep.equal([item.y0 + 100, item.labelY + 100]);
        if (item.leader) expect([moved.leader!.y1, moved.leader!.y2]).to.deep.equal([item.leader.y1 + 100, item.leader.y2 + 100]);
      });
      // A least height below the natural one changes nothing.
      expect(layoutTimeline(base({height: natural.height - 50})).axisY).to.equal(natural.axisY);
    });

    for (const width of [320, 768, 1280]) {
      it(`places marks and labels without overlap at ${width} px`, () => {
        const layout = layoutTimeline(base({width}));
        expectFinite(layout);
        expectLabelsApart(layout);
        expect(layout.items.map((i) => i.id)).to.deep.equal(items.map((i) => i.id));
        for (const item of layout.items) {
          expect(item.inView).to.equal(true);
          expect(item.x0).to.be.within(layout.range[0], layout.range[1]);
          expect(item.x1).to.be.within(layout.range[0], layout.range[1]);
          if (item.point) expect(item.x0).to.equal(item.x1);
          else expect(item.x1 - item.x0).to.be.at.least(6 - 1e-9);
          if (!item.labelVisible) continue;
          // Labels sit above the marks and within the drawing, their leader at the mark.
          expect(item.labelY + item.labelHeight).to.be.at.most(layout.trackY - 5);
          expect(item.labelX).to.be.at.least(0);
          expect(item.labelX + item.labelWidth).to.be.at.most(width);
          expect(item.leader!.x1).to.equal(item.x0);
          expect(item.leader!.x1).to.be.within(item.labelX - 6, item.labelX + item.labelWidth);
        }
        expect(layout.axisY).to.be.greaterThan(layout.trackY);
        expect(layout.height).to.be.greaterThan(layout.axisY);
      });
    }

    it('shows every label when there are lanes enough, and grows with the lanes used', () => {
      // Five labels crowd the right edge, where four lanes are not enough (see the 320 px case too).
      const layout = layoutTimeline(base({width: 1280, maxLanes: 6}));
      expect(layout.items.every((i) => i.labelVisible)).to.equal(true);
      expect(layout.lanes).to.be.within(3, 6);
      const one = layoutTimeline(base({width: 1280, items: items.slice(0, 1)}));
      expect(one.lanes).to.equal(1);
      expect(layout.height).to.be.greaterThan(one.height);
    });

    it('hides labels that fit no lane', () => {
      const layout = layoutTimeline(base({width: 320, maxLanes: 1}));
      expectLabelsApart(layout);
      const hidden = layout.items.filter((i) => !i.labelVisible);
      expect(hidden.length).to.be.greaterThan(0);
      for (const item of hidden) {
        expect(item.lane).to.equal(-1);
        expect(item.leader).to.equal(null);
      }
    });

    it('draws a year and a month as bars wider than a day, and same-day points together', () => {
      const layout = layoutTimeline(base({width: 1280, domain: [utc(2017, 6), utc(2023, 6)]}));
      const year = byId(layout, 'year');
      const month = byId(layout, 'month');
      expect(year.x1 - year.x0).to.be.greaterThan(month.x1 - month.x0);
      expect(month.x1 - month.x0).to.be.at.least(6);
      expect(byId(layout, 'day-a').x0).to.equal(byId(layout, 'day-b').x0);
    });

    it('flags items outside the domain and clamps those partly inside', () => {
      const layout = layoutTimeline(base({domain: [utc(2018, 7), utc(2022, 1)]}));
      const year = byId(layout, 'year');
      expect(year.inView).to.equal(true);
      expect(year.x0).to.equal(layout.range[0]);
      const day = byId(layout, 'day-a');
      expect(day.inView).to.equal(false);
      expect(day.labelVisible).to.equal(false);
      expect(day.x0).to.equal(layout.range[1]);
      expectFinite(layout);
    });
  });

  describe('clusters', () => {
    /** `n` seeded events over ten years: days, months, years and short periods, as the benchmark has. */
    const crowd = (n: number, seed = 7): LayoutItemInput[] => {
      const rand = mulberry32(seed);
      return Array.from({length: n}, (_, i) => {
        const t = utc(2015) + Math.floor(rand() * 3650) * DAY_MS;
        const kind = rand();
        const [end, point] =
          kind < 0.7
            ? [t + DAY_MS, true]
            : kind < 0.85
              ? [t + 30 * DAY_MS, false]
              : kind < 0.93
                ? [t + 365 * DAY_MS, false]
                : [t + 4 * DAY_MS, false];
        return {id: `e${i}`, start: t, end, point, labelWidth: 60 + rand() * 120, labelHeight: 18};
      });
    };
    const crowded = (n: number, over: Partial<LayoutInput> = {}) => {
      const input = crowd(n);
      return layoutTimeline(base({items: input, width: 1280, maxLanes: 6, domain: timeDomain(input), ...over}));
    };

    it('draws every event in view once: on its own or in exactly one cluster', () => {
      for (const n of [50, 500, 5000]) {
        const layout = crowded(n);
        const own = new Set(layout.drawn.map((i) => layout.items[i]!.id));
        const inClusters = layout.clusters.flatMap((c) => c.ids);
        expect(new Set(inClusters).size, `${n}: no event in two clusters`).to.equal(inClusters.length);
        for (const id of inClusters) expect(own.has(id), `${n}: ${id} is drawn once`).to.equal(false);
        expect(own.size + inClusters.length, `${n}: every event accounted for`).to.equal(layout.items.filter((i) => i.inView).length);
        layout.items.forEach((item, i) => {
          if (item.cluster >= 0) expect(layout.clusters[item.cluster]!.ids).to.include(item.id);
          else if (item.inView) expect(layout.drawn).to.include(i);
        });
        expectFinite(layout);
        expectLabelsApart(layout);
      }
    });

    it('keeps labelled events out of clusters and never makes a cluster of one dot', () => {
      const layout = crowded(2000);
      for (const c of layout.clusters) {
        const members = c.ids.map((id) => byId(layout, id));
        expect(members.some((m) => m.labelVisible)).to.equal(false);
        if (members.length === 1) expect(members[0]!.point, 'a cluster of one is a bar with no row').to.equal(false);
        // Centred on its marks unless that would overlap the badge before it.
        expect(c.at).to.be.at.least((c.from + c.to) / 2);
        expect(c.cross).to.equal(layout.trackY);
      }
    });

    it('merges marks within a window of the first, never chaining a crowd into one mark, badges apart', () => {
      const layout = crowded(3000);
      const window = 2 * 14;
      expect(layout.clusters.length, 'a crowded decade is many clusters, not one').to.be.greaterThan(20);
      for (const [k, c] of layout.clusters.entries()) {
        const starts = c.ids.map((id) => byId(layout, id).x0);
        expect(Math.max(...starts) - Math.min(...starts), 'members start within the window').to.be.at.most(window);
        if (k === 0) continue;
        const prev = layout.clusters[k - 1]!;
        expect(c.from - prev.from, 'groups in order, a window apart').to.be.greaterThan(window);
        expect(c.at - prev.at, 'badges never overlap').to.be.at.least(window);
      }
    });

    it('puts unlabelled bars on at most a few rows and lets the rest join clusters', () => {
      const layout = crowded(5000);
      const rowYs = new Set(
        layout.drawn
          .map((i) => layout.items[i]!)
          .filter((i) => !i.point && !i.labelVisible)
          .map((i) => i.y0),
      );
      expect(rowYs.size).to.be.at.most(MAX_BAR_ROWS);
      const clusteredBars = layout.items.filter((i) => !i.point && i.cluster >= 0);
      expect(clusteredBars.length, 'thousands of bars cannot all have a row').to.be.greaterThan(0);
      // What is drawn stays within what a screen can show, whatever the number of events.
      expect(layout.drawn.length + layout.clusters.length).to.be.below(700);
      // Bars on one row never overlap.
      const bars = layout.drawn.map((i) => layout.items[i]!).filter((i) => !i.point);
      for (const a of bars)
        for (const b of bars) if (a !== b && a.y0 === b.y0) expect(a.x1 < b.x0 || b.x1 < a.x0, `${a.id} ${b.id}`).to.equal(true);
    });

    it("keeps an unlabelled bar's 24 px pointer target clear of the other bars on its row", () => {
      const layout = crowded(5000);
      const bars = layout.drawn.map((i) => layout.items[i]!).filter((i) => !i.point && !i.labelVisible);
      expect(bars.length, 'some unlabelled bars are drawn on their own').to.be.greaterThan(0);
      const target = (i: LayoutItem): [number, number] => {
        const c = (i.x0 + i.x1) / 2;
        return [Math.min(i.x0, c - MARK_TARGET_PX / 2), Math.max(i.x1, c + MARK_TARGET_PX / 2)];
      };
      const rowBars = layout.drawn.map((i) => layout.items[i]!).filter((i) => !i.point);
      for (const a of bars) {
        const [a0, a1] = target(a);
        for (const b of rowBars) {
          if (a === b || a.y0 !== b.y0) continue;
          // A labelled bar on the row has no box of its own: its label is its target.
          const [b0, b1] = b.labelVisible ? [b.x0, b.x1] : target(b);
          expect(a1 <= b0 || b1 <= a0, `${a.id} [${a0}, ${a1}] and ${b.id} [${b0}, ${b1}]`).to.equal(true);
        }
      }
      // A narrow bar with no such room is not lost: it is in a cluster.
      const narrowClustered = layout.items.filter((i) => i.inView && !i.point && i.cluster >= 0 && i.x1 - i.x0 < MARK_TARGET_PX);
      expect(narrowClustered.length).to.be.greaterThan(0);
    });

    it('splits clusters as the view narrows', () => {
      const whole = crowded(1000);
      const input = crowd(1000);
      const [d0, d1] = timeDomain(input);
      const zoomed = layoutTimeline(base({items: input, width: 1280, maxLanes: 6, domain: [d0 + (d1 - d0) * 0.45, d0 + (d1 - d0) * 0.55]}));
      const size = (l: LayoutResult) => l.clusters.reduce((n, c) => n + c.ids.length, 0) / Math.max(1, l.clusters.length);
      expect(size(zoomed)).to.be.below(size(whole));
      expect(zoomed.items.filter((i) => i.inView).length).to.be.below(whole.items.filter((i) => i.inView).length);
    });

    it('makes no clusters vertically while the axis can grow to fit every label', () => {
      const layout = crowded(300, {orientation: 'vertical', maxLength: 1e6});
      expect(layout.clusters).to.deep.equal([]);
      expect(layout.drawn).to.have.length(300);
    });
  });

  describe('vertical', () => {
    it('places labels right of the axis, in time order, without overlap', () => {
      const layout = layoutTimeline(base({orientation: 'vertical', width: 360}));
      expectFinite(layout);
      expectLabelsApart(layout);
      expect(layout.items.every((i) => i.labelVisible)).to.equal(true);
      for (const item of layout.items) {
        expect(item.x0).to.equal(item.x1);
        expect(item.labelX).to.be.greaterThan(item.x0);
        if (item.point) expect(item.y0).to.equal(item.y1);
        else expect(item.y1 - item.y0).to.be.at.least(6 - 1e-9);
        expect(item.labelY + item.labelHeight).to.be.at.most(layout.height);
        // The leader runs from the mark to the middle of the label's left edge.
        expect(item.leader!.y1).to.be.within(item.y0, item.y1);
        expect(item.leader!.x2).to.equal(item.labelX);
        expect(item.leader!.y2).to.equal(item.labelY + item.labelHeight / 2);
      }
      const tops = layout.items.map((i) => i.labelY);
      expect(tops).to.deep.equal([...tops].sort((a, b) => a - b));
    });

    it('grows to fit its labels but honours a taller height', () => {
      const natural = layoutTimeline(base({orientation: 'vertical', width: 360}));
      expect(natural.range[1] - natural.range[0]).to.be.at.least(items.length * (18 + 6));
      const tall = layoutTimeline(base({orientation: 'vertical', width: 360, height: 2000}));
      expect(tall.height).to.be.at.least(2000);
      expect(tall.range[1]).to.equal(2000 - 28);
      expect(tall.ticks).to.be.greaterThan(natural.ticks);
    });

    it('stops growing at maxLength: labels that would land far from their marks are hidden and their marks cluster', () => {
      // 3,000 events over ten years, most in a few dense weeks: 3,000 labels would need ~100,000 px.
      const many: LayoutItemInput[] = Array.from({length: 3000}, (_, k) => {
        const day = k % 4 === 0 ? (k * 7919) % 3650 : 600 * (k % 5) + (k % 11);
        const start = utc(2014, 1, 1) + day * 864e5;
        return {id: `e${k}`, start, end: start + 864e5, point: k % 7 !== 0, labelWidth: 150, labelHeight: 18};
      }).sort((a, b) => a.start - b.start);
      const layout = layoutTimeline({
        ...base({orientation: 'vertical', width: 360, height: 500}),
        items: many,
        domain: timeDomain(many),
        maxLength: 2000,
      });
      expectFinite(layout);
      expectLabelsApart(layout);
      expect(layout.range[1] - layout.range[0]).to.equal(2000);
      expect(layout.height).to.equal(2000 + 8 + 28);
      const labelled = layout.items.filter((i) => i.labelVisible);
      expect(labelled.length).to.be.within(20, 2000 / 18);
      for (const item of labelled) {
        // Below its mark by two rows at most; never above the drawing or below it.
        const mid = (item.y0 + item.y1) / 2;
        expect(item.labelY - (mid - item.labelHeight / 2), item.id).to.be.at.most(2 * 24 + 1e-9);
        expect(item.labelY + item.labelHeight).to.be.at.most(layout.height);
        expect(item.cluster).to.equal(-1);
      }
      // Every event is labelled, drawn on its own, or in exactly one cluster; clusters are at the track.
      const inClusters = layout.clusters.flatMap((c) => c.ids);
      expect(new Set(inClusters).size).to.equal(inClusters.length);
      expect(layout.clusters.length).to.be.greaterThan(0);
      for (const c of layout.clusters) {
        expect(c.cross).to.equal(layout.trackX);
        expect(c.ids.length).to.be.at.least(2);
      }
      const drawn = new Set(layout.drawn.map((i) => many[i]!.id));
      for (const [i, item] of layout.items.entries()) {
        expect(item.cluster >= 0 ? layout.clusters[item.cluster]!.ids.includes(item.id) : drawn.has(item.id), item.id).to.equal(true);
        expect(layout.clusterOf(i)).to.equal(item.cluster);
      }
      expect(drawn.size + inClusters.length).to.equal(many.length);
      // Mirrored for rtl, clusters move with the track.
      const rtl = mirrorLayout(layout);
      expect(rtl.clusters.every((c) => c.cross === rtl.trackX)).to.equal(true);
    });

    it('keeps growing below maxLength: every label shown', () => {
      const layout = layoutTimeline(base({orientation: 'vertical', width: 360, maxLength: 100000}));
      expect(layout.items.every((i) => i.labelVisible)).to.equal(true);
      expect(layout.clusters).to.deep.equal([]);
    });

    it('leaves a lone label level with its mark', () => {
      const layout = layoutTimeline(base({orientation: 'vertical', items: [items[2]], domain: timeDomain([items[2]]), width: 360}));
      const [item] = layout.items;
      expect(item.labelY + item.labelHeight / 2).to.be.closeTo(item.y0, 1e-9);
      expect(item.leader!.y1).to.equal(item.leader!.y2);
    });
  });

  describe('degenerate input', () => {
    const cases: [string, Partial<LayoutInput>][] = [
      ['no items', {items: [], domain: timeDomain([])}],
      ['one item', {items: [items[2]], domain: timeDomain([items[2]])}],
      ['width 0', {width: 0}],
      ['a zero-length domain', {domain: [utc(2020), utc(2020)]}],
      ['identical dates', {items: items.map((i) => ({...i, start: utc(2020), end: utc(2020)}))}],
      ['NaN everywhere', {width: NaN, domain: [NaN, NaN], laneHeight: NaN, items: [{...items[0], start: NaN, end: NaN, labelWidth: NaN}]}],
      ['margins wider than the drawing', {width: 30, margin: {top: 8, right: 40, bottom: 8, left: 40}}],
    ];
    for (const orientation of ['horizontal', 'vertical'] as const) {
      for (const [name, over] of cases) {
        it(`gives finite output for ${name} (${orientation})`, () => {
          const layout = layoutTimeline(base({...over, orientation}));
          expectFinite(layout);
          expectLabelsApart(layout);
          expect(layout.items).to.have.length((over.items ?? items).length);
          expect(layout.ticks).to.be.at.least(2);
          for (const item of layout.items) if (item.point) expect(item.x0 === item.x1 && item.y0 === item.y1).to.equal(true);
        });
      }
    }
  });
});

describe('layout/mirrorLayout', () => {
  /** `n` seeded events over five years, points and periods, so that some crowd into clusters. */
  const crowd = (n: number, seed = 11): LayoutItemInput[] => {
    const rand = mulberry32(seed);
    return Array.from({length: n}, (_, i) => {
      const t = utc(2018) + Math.floor(rand() * 1825) * DAY_MS;
      const point = rand() < 0.7;
      return {id: `m${i}`, start: t, end: t + (point ? 1 : 40) * DAY_MS, point, labelWidth: 60 + rand() * 100, labelHeight: 18};
    });
  };
  const input = (orientation: 'horizontal' | 'vertical', n = 120, width = 1000): LayoutInput => {
    const items = crowd(n);
    return {
      items,
      orientation,
      width,
      domain: timeDomain(items),
      // Unequal margins, so a mirror that forgot one of them shows.
      margin: {top: 8, right: 10, bottom: 28, left: 70},
      laneHeight: 22,
      maxLanes: 5,
      labelGap: 6,
    };
  };
  const boxes = (layout: LayoutResult) =>
    layout.items.filter((i) => i.labelVisible).map((i) => ({x: i.labelX, y: i.labelY, w: i.labelWidth, h: i.labelHeight}));

  for (const orientation of ['horizontal', 'vertical'] as const) {
    it(`gives the original back when mirrored twice (${orientation})`, () => {
      const ltr = layoutTimeline(input(orientation));
      const twice = mirrorLayout(mirrorLayout(ltr));
      const {scale: s1, item: _i1, inView: v1, clusterOf: c1, ...a} = ltr;
      const {scale: s2, item: _i2, inView: v2, clusterOf: c2, ...b} = twice;
      for (let i = 0; i < ltr.count; i++) {
        expect(v2(i), `inView(${i})`).to.equal(v1(i));
        expect(c2(i), `clusterOf(${i})`).to.equal(c1(i));
      }
      // Integer widths and px from d3 mirror exactly only up to rounding: compare at 1e-6 px.
      const round = (v: unknown): unknown =>
        typeof v === 'number'
          ? Math.round(v * 1e6) / 1e6
          : Array.isArray(v)
            ? v.map(round)
            : v && typeof v === 'object'
              ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, round(x)]))
              : v;
      expect(round(b)).to.deep.equal(round(a));
      expect(round(s2.range())).to.deep.equal(round(s1.range()));
      expect(mirrorLayout(ltr).clusters.length, 'the case has clusters').to.equal(ltr.clusters.length);
    });

    it(`keeps labels apart, inside the drawing, and every number finite (${orientation})`, () => {
      const rtl = mirrorLayout(layoutTimeline(input(orientation)));
      expectFinite(rtl);
      expectLabelsApart(rtl);
      for (const b of boxes(rtl)) {
        expect(b.x).to.be.at.least(-1e-9);
        expect(b.x + b.w).to.be.at.most(rtl.width + 1e-9);
      }
      for (const item of rtl.items) expect(item.x0).to.be.at.most(item.x1);
    });
  }

  it('runs time right to left: earlier marks, clusters and ticks further right', () => {
    const ltr = layoutTimeline(input('horizontal'));
    const rtl = mirrorLayout(ltr);
    expect(ltr.clusters.length, 'the case has clusters').to.be.greaterThan(1);
    const mid = (i: LayoutItem) => (i.x0 + i.x1) / 2;
    const inView = rtl.items.filter((i) => i.inView);
    const byTime = [...crowd(120)].sort((a, b) => a.start - b.start).map((i) => i.id);
    const pos = new Map(inView.map((i) => [i.id, mid(i)]));
    // Points at distinct days: a later one is never right of an earlier one.
    const points = byTime.filter((id) => rtl.items.find((i) => i.id === id)!.point);
    for (let k = 1; k < points.length; k++) expect(pos.get(points[k]!)!).to.be.at.most(pos.get(points[k - 1]!)! + 1e-9);
    for (let k = 1; k < rtl.clusters.length; k++) expect(rtl.clusters[k]!.at).to.be.below(rtl.clusters[k - 1]!.at);
    for (const c of rtl.clusters) expect(c.from).to.be.at.most(c.to);
    const [d0, d1] = rtl.scale.domain();
    expect(rtl.scale(d0!)).to.be.closeTo(rtl.range[1], 1e-9);
    expect(rtl.scale(d1!)).to.be.closeTo(rtl.range[0], 1e-9);
    expect(rtl.range[0]).to.be.below(rtl.range[1]);
    // The range is the mirrored plot: the 70 px left margin is now on the right.
    expect(rtl.range).to.deep.equal([10, 1000 - 70]);
    // Inverting a px gives the time drawn there.
    const t = utc(2020, 6, 1);
    expect(+rtl.scale.invert(rtl.scale(t))).to.be.closeTo(t, 1000);
    expect(rtl.scale(t)).to.be.closeTo(1000 - ltr.scale(t), 1e-9);
    // Labels and leaders follow their marks.
    for (const item of rtl.items) {
      if (!item.labelVisible) continue;
      expect(item.leader!.x1).to.be.closeTo(1000 - ltr.items.find((i) => i.id === item.id)!.leader!.x1, 1e-9);
      expect(item.leader!.x1).to.be.within(item.labelX - 6, item.labelX + item.labelWidth + 6);
    }
  });

  it('mirrors a compressed scale piece by piece', () => {
    const items = crowd(40);
    const domain = timeDomain(items, {padding: 0});
    const gaps = [{start: utc(2019, 3), end: utc(2019, 9)}];
    const ltr = layoutTimeline({...input('horizontal'), items, domain, gaps});
    const rtl = mirrorLayout(ltr);
    expect(rtl.scale.range().length).to.be.greaterThan(2);
    for (const t of [domain[0], utc(2019, 2), utc(2019, 12), domain[1]]) expect(rtl.scale(t)).to.be.closeTo(1000 - ltr.scale(t), 1e-9);
    expect(+rtl.scale.invert(rtl.scale(utc(2020, 1)))).to.be.closeTo(utc(2020, 1), 1000);
  });

  it('puts the vertical axis and marks right of the labels, y unchanged', () => {
    const ltr = layoutTimeline(input('vertical', 30, 400));
    const rtl = mirrorLayout(ltr);
    expect(rtl.axisX).to.equal(400 - ltr.axisX);
    expect(rtl.trackX).to.equal(400 - ltr.trackX);
    expect(rtl.range).to.deep.equal(ltr.range);
    expect(rtl.scale.range()).to.deep.equal(ltr.scale.range());
    for (const [k, item] of rtl.items.entries()) {
      const was = ltr.items[k]!;
      expect([item.y0, item.y1, item.labelY]).to.deep.equal([was.y0, was.y1, was.labelY]);
      expect(item.x0).to.be.below(rtl.axisX);
      if (!item.labelVisible) continue;
      // The label ends where its leader starts, left of the mark.
      expect(item.labelX + item.labelWidth).to.be.closeTo(item.leader!.x2, 1e-9);
      expect(item.leader!.x2).to.be.below(item.x0);
      expect(item.labelX).to.be.at.least(0);
    }
    // The input is left as it was.
    expect(ltr.axisX).to.equal(70);
  });
});
