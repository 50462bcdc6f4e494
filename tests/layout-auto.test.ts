import {expect} from '@open-wc/testing';
import {
  AUTO_CROWD,
  autoScale,
  compressedScale,
  compressedTicks,
  DAY_MS,
  findGaps,
  gapLength,
  layoutTimeline,
  mirrorLayout,
  spreadPoints,
  twoLines,
  zoomView,
} from '../src/layout/index.js';
import {zoomedScale} from '../src/layout/auto-scale.js';
import type {AutoScaleItems, LayoutInput, LayoutItemInput, LayoutResult} from '../src/layout/index.js';
import {parseEdtf} from '../src/time/edtf.js';
import {mulberry32} from './helpers/random.js';

const utc = (y: number, m = 1, d = 1) => Date.UTC(y, m - 1, d);

// The element's label font and sizes (see the element's #prepareData): 14 px, a lane 25 px tall.
const FONT = '14px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const LINE = 21;
const TWO_LINES = 40;
const ctx = document.createElement('canvas').getContext('2d')!;
ctx.font = FONT;
const measure = (text: string) => ctx.measureText(text).width;

interface ArticleEvent {
  id: string;
  date: string;
  title: string;
}

let article: ArticleEvent[] = [];
before(async () => {
  article = (await (await fetch('/data/xi-putin-moscow-2023.timeline.json')).json()).events;
});

/** The article's events as the element hands them to the layout at `width` px. */
function articleItems(width: number, vertical: boolean): LayoutItemInput[] {
  const max = vertical ? Math.max(60, width - 76 - 8 - 30) : Math.min(340, Math.max(120, width * 0.45));
  return article.map((e) => {
    const d = parseEdtf(e.date);
    const one = measure(e.title) + 10;
    const two = twoLines(e.title, measure);
    return {
      id: e.id,
      start: d.start,
      end: d.end,
      point: !d.isInterval && d.from.precision === 'day',
      labelWidth: Math.min(max, one),
      labelHeight: LINE,
      shortened: one > max,
      wrapWidth: two ? Math.min(max, two.width + 10) : undefined,
      wrapHeight: two ? TWO_LINES : undefined,
    };
  });
}

function articleLayout(width: number, vertical = false): LayoutResult {
  const items = articleItems(width, vertical);
  return layoutTimeline({
    items,
    auto: true,
    orientation: vertical ? 'vertical' : 'horizontal',
    width,
    domain: [Math.min(...items.map((i) => i.start)), Math.max(...items.map((i) => i.end))],
    margin: vertical ? {top: 12, right: 8, bottom: 12, left: 76} : {top: 8, right: 16, bottom: 28, left: 16},
    laneHeight: LINE + 4,
    maxLanes: width < 500 ? 4 : 6,
    labelGap: 8,
  });
}

interface Rect {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

function overlappingLabels(layout: LayoutResult): string[] {
  const rects = layout.items
    .filter((i) => i.labelVisible)
    .map((i) => ({id: i.id, x: i.labelX, y: i.labelY, w: i.labelWidth, h: i.labelHeight}));
  const out: string[] = [];
  for (let a = 0; a < rects.length; a++)
    for (let b = a + 1; b < rects.length; b++) if (overlaps(rects[a]!, rects[b]!)) out.push(`${rects[a]!.id} × ${rects[b]!.id}`);
  return out;
}

/** Items for autoScale from [start, end, point] triples; dots need `size` px each. */
function scaleItems(spans: [number, number, boolean][], size = 20): AutoScaleItems {
  return {
    start: spans.map((s) => s[0]),
    end: spans.map((s) => s[1]),
    point: spans.map((s) => (s[2] ? 1 : 0)),
    size: spans.map(() => size),
  };
}

/** A random article: events over a decade, denser towards its end, of year, month and day precision. */
function randomSpans(rand: () => number, n: number): [number, number, boolean][] {
  return Array.from({length: n}, () => {
    const t = utc(2010) + Math.pow(rand(), 0.3) * 13 * 365 * DAY_MS;
    const d = new Date(t);
    const kind = rand();
    if (kind < 0.15) return [utc(d.getUTCFullYear()), utc(d.getUTCFullYear() + 1), false];
    if (kind < 0.35) return [utc(d.getUTCFullYear(), d.getUTCMonth() + 1), utc(d.getUTCFullYear(), d.getUTCMonth() + 2), false];
    const day = utc(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    return [day, day + DAY_MS, true];
  });
}

describe('layout/autoScale', () => {
  it('runs time one way, ends at the ends of the range, and inverts (100 random articles)', function () {
    this.timeout(60000);
    const rand = mulberry32(13);
    for (let c = 0; c < 100; c++) {
      const spans = randomSpans(rand, 1 + Math.floor(rand() * 40));
      const d0 = Math.min(...spans.map((s) => s[0]));
      const d1 = Math.max(...spans.map((s) => s[1]));
      const width = 300 + rand() * 1600;
      const {scale} = autoScale(scaleItems(spans), [d0, d1], [16, width]);
      expect(scale(d0)).to.be.closeTo(16, 1e-6);
      expect(scale(d1)).to.be.closeTo(width, 1e-6);
      let last = -Infinity;
      for (let k = 0; k <= 400; k++) {
        const t = d0 + ((d1 - d0) * k) / 400;
        const x = scale(t);
        expect(x, `case ${c}, step ${k}`).to.be.at.least(last);
        last = x;
        expect(+scale.invert(x)).to.be.closeTo(t, Math.max(1, (d1 - d0) * 1e-6));
      }
    }
  });

  it('breaks only empty time, each break skips some and is named, and each stretch between is linear (true ticks)', function () {
    this.timeout(60000);
    const rand = mulberry32(7);
    for (let c = 0; c < 40; c++) {
      const spans = randomSpans(rand, 2 + Math.floor(rand() * 30));
      const d0 = Math.min(...spans.map((s) => s[0]));
      const d1 = Math.max(...spans.map((s) => s[1]));
      const {scale, gaps} = autoScale(scaleItems(spans), [d0, d1], [0, 1200]);
      for (const [g, gap] of gaps.entries()) {
        expect(gap.end, `gap ${g}`).to.be.greaterThan(gap.start);
        if (g < 2) expect(gapLength(gap, 'en')).to.match(/^[1-9]\d* (year|month|day|hour|minute)s?$/);
        // No event starts or ends inside a break, and no dot lies in one.
        for (const [s, e, point] of spans) {
          for (const t of [s, e]) expect(t > gap.start && t < gap.end, `an event edge inside gap ${g}`).to.equal(false);
          if (point) expect(e <= gap.start || s >= gap.end, `a dot inside gap ${g}`).to.equal(true);
        }
        if (g) expect(gap.start).to.be.greaterThan(gaps[g - 1]!.end);
      }
      // Within a stretch, equal times take equal px: the midpoint of any two instants maps to the midpoint.
      const stretches: [number, number][] = [];
      let t = d0;
      for (const gap of gaps) {
        stretches.push([t, gap.start]);
        t = gap.end;
      }
      stretches.push([t, d1]);
      for (const [a, b] of stretches) {
        const rate = (scale(b) - scale(a)) / (b - a);
        for (let k = 1; k < 8; k++) {
          const u = a + ((b - a) * k) / 8;
          expect(scale(u)).to.be.closeTo(scale(a) + rate * (u - a), 1e-6);
        }
      }
      // compressedTicks ticks each stretch on its own: ticks never fall inside a break.
      for (const tick of compressedTicks(scale, gaps, 90))
        for (const gap of gaps) expect(+tick > gap.start && +tick < gap.end).to.equal(false);
    }
  });

  it('spreads dots that share a day across it, in input order, each a mark apart', () => {
    const day = utc(2023, 3, 20);
    const spans: [number, number, boolean][] = [[utc(2012), utc(2013), false]];
    for (let i = 0; i < 7; i++) spans.push([day, day + DAY_MS, true]);
    const items = scaleItems(spans, 20);
    const at = spreadPoints(items);
    expect(at[0]).to.be.NaN;
    for (let i = 1; i <= 7; i++) expect(at[i]).to.equal(day + ((i - 0.5) / 7) * DAY_MS);
    const {scale} = autoScale(items, [utc(2012), day + DAY_MS], [0, 600], {}, at);
    for (let i = 2; i <= 7; i++) expect(scale(at[i]!) - scale(at[i - 1]!)).to.be.at.least(20 - 1e-9);
  });

  it('shrinks a long empty stretch to a break and gives a busy week the room its marks need', () => {
    // One event in 2012, then a week of twelve, two to a day, in March 2023.
    const spans: [number, number, boolean][] = [[utc(2012), utc(2013), false]];
    for (let d = 0; d < 12; d++) spans.push([utc(2023, 3, 14 + (d >> 1)), utc(2023, 3, 15 + (d >> 1)), true]);
    const d0 = utc(2012);
    const d1 = utc(2023, 3, 20);
    const {scale, gaps} = autoScale(scaleItems(spans), [d0, d1], [0, 900]);
    const skipped = gaps.reduce((sum, g) => sum + g.end - g.start, 0);
    expect(skipped / DAY_MS, 'days skipped').to.be.greaterThan(3000);
    // Linear, the week would take 900 * 6 / 4096 = 1.3 px; here each dot is 20 px (2 marks) from the next.
    expect(scale(d1) - scale(utc(2023, 3, 14))).to.be.greaterThan(12 * 20);
  });

  it('is linear with fewer than one event or no room', () => {
    for (const [spans, range] of [
      [[], [0, 500]],
      [[[utc(2020), utc(2021), false]], [0, 0]],
    ] as [[number, number, boolean][], [number, number]][]) {
      const {scale, gaps} = autoScale(scaleItems(spans), [utc(2019), utc(2022)], range);
      expect(gaps).to.deep.equal([]);
      expect(scale.domain().length).to.equal(2);
    }
  });

  it('takes the compressed scale’s breaks and stays quick for ten thousand events', () => {
    const rand = mulberry32(3);
    const spans = randomSpans(rand, 10000);
    const d0 = Math.min(...spans.map((s) => s[0]));
    const d1 = Math.max(...spans.map((s) => s[1]));
    const items = scaleItems(spans);
    const at = spreadPoints(items);
    let ms = Infinity;
    let scale = autoScale(items, [d0, d1], [0, 1000], {}, at).scale;
    // Best of three, once warm: the machine may be busy.
    for (let k = 0; k < 3; k++) {
      const t = performance.now();
      scale = autoScale(items, [d0 + k * DAY_MS, d1], [0, 1000], {}, at).scale;
      ms = Math.min(ms, performance.now() - t);
    }
    // The greedy search over 10,000 events took 300-900 ms here; the compressed-like path takes a few.
    expect(ms, 'ms for 10,000 events').to.be.lessThan(250);
    expect(scale(d1)).to.be.closeTo(1000, 1e-6);
    expect(+scale.domain()[0]!).to.equal(d0 + 2 * DAY_MS);
  });
});

describe('layout/twoLines', () => {
  const chars = (s: string) => s.length;
  it('splits at the space that makes the wider line narrowest', () => {
    expect(twoLines('Xi lands in Moscow and issues a statement', chars)).to.deep.equal({
      lines: ['Xi lands in Moscow and', 'issues a statement'],
      width: 22,
    });
  });
  it('cannot wrap a single word', () => {
    expect(twoLines('  Peskov  ', chars)).to.equal(null);
  });
});

describe('layout: the article at a glance (auto scale)', () => {
  // The demo's column is 920 px wide at a 1280 px window, 720 px at 768; a 375 px phone leaves 343 px.
  for (const width of [920, 720]) {
    it(`gives all 21 events a mark and a label of their own at ${width} px, none overlapping, at most 1 in 10 shortened`, () => {
      const items = articleItems(width, false);
      const layout = articleLayout(width);
      expect(layout.clusters, 'clusters').to.have.length(0);
      expect(layout.drawn).to.have.length(21);
      const unlabelled = layout.items.filter((i) => !i.labelVisible).map((i) => i.id);
      expect(unlabelled, 'without a label').to.deep.equal([]);
      expect(overlappingLabels(layout)).to.deep.equal([]);
      const max = Math.min(340, Math.max(120, width * 0.45));
      const shortened = layout.items.filter((it, k) => {
        // One line that the element shortens, or two lines whose wider one is still too wide.
        if (it.labelLines === 1) return !!items[k]!.shortened;
        return twoLines(article[k]!.title, measure)!.width + 10 > max;
      });
      expect(shortened.length, shortened.map((i) => i.id).join()).to.be.at.most(2);
      // Labels stay on the drawing.
      for (const it of layout.items) {
        expect(it.labelX).to.be.at.least(0);
        expect(it.labelX + it.labelWidth).to.be.at.most(width + 1e-6);
      }
    });
  }

  it('gives the same-day dots of 20 March a mark’s width between them (10 px) at 920 px', () => {
    const layout = articleLayout(920);
    const day = layout.items.filter((_, k) => article[k]!.date === '2023-03-20').map((i) => i.x0);
    expect(day).to.have.length(7);
    for (let k = 1; k < day.length; k++) expect(day[k]! - day[k - 1]!).to.be.at.least(20 - 1e-9);
  });

  it('on a phone (343 px, vertical): each label beside its own mark, within 60 px; no empty stretch over 360 px; at most 2,400 px tall', () => {
    const layout = articleLayout(343, true);
    expect(layout.clusters).to.have.length(0);
    expect(layout.items.every((i) => i.labelVisible)).to.equal(true);
    expect(overlappingLabels(layout)).to.deep.equal([]);
    for (const it of layout.items) {
      // Distance from the label box to the mark's extent, along the axis (0 when level with it).
      const distance = Math.max(0, it.labelY - it.y1, it.y0 - (it.labelY + it.labelHeight));
      expect(distance, `${it.id}: label ${distance.toFixed(1)} px from its mark`).to.be.at.most(60);
    }
    const marks = layout.items.map((i) => [i.y0, i.y1] as const).sort((a, b) => a[0] - b[0]);
    let reach = marks[0]![1];
    for (const [y0, y1] of marks.slice(1)) {
      expect(y0 - reach, `empty stretch before ${y0}`).to.be.at.most(360);
      reach = Math.max(reach, y1);
    }
    expect(layout.height).to.be.at.most(2400);
    // No fan: labels follow their marks down the page, each leader short.
    for (const it of layout.items) expect(Math.abs(it.leader!.y2 - it.leader!.y1), it.id).to.be.at.most(60);
  });

  it('mirrors for a right-to-left page and zooms in: every number finite, labels still apart', () => {
    const whole = articleLayout(920);
    const rtl = mirrorLayout(whole);
    expect(overlappingLabels(rtl)).to.deep.equal([]);
    expect(rtl.gaps).to.deep.equal(whole.gaps);
    const items = articleItems(920, false);
    const full: [number, number] = [Math.min(...items.map((i) => i.start)), Math.max(...items.map((i) => i.end))];
    const view = zoomView(full, full, 8, utc(2023, 3, 20));
    const zoomed = layoutTimeline({...baseInput(items, 920), domain: view});
    expect(zoomed.scale(view[0])).to.be.closeTo(16, 1e-6);
    expect(zoomed.scale(view[1])).to.be.closeTo(904, 1e-6);
    expect(overlappingLabels(zoomed)).to.deep.equal([]);
    for (const i of zoomed.drawn) expect(Number.isFinite(zoomed.item(i).x0)).to.equal(true);
  });
});

describe('layout: zooming the auto scale magnifies the whole drawing', () => {
  it('a view of the whole period is its drawing stretched to the axis, and zoomView keeps the time at the centre in place', () => {
    const items = articleItems(920, false);
    const input = baseInput(items, 920);
    const whole = layoutTimeline(input);
    const full = input.domain as [number, number];
    let view: [number, number] = [full[0], full[1]];
    // Into the busy week, about the day of the visit's announcement, three times over.
    for (const center of [utc(2023, 3, 17) + 12 * 36e5, utc(2023, 3, 17) + 12 * 36e5, utc(2023, 3, 20) + 3 * 36e5]) {
      const at = layoutTimeline({...input, domain: view, whole: full}).scale(center);
      view = zoomView(view, full, 2, center, whole.scale);
      const zoomed = layoutTimeline({...input, domain: view, whole: full});
      expect(zoomed.scale(center), 'the centre stays').to.be.closeTo(at, 0.01);
      // Every instant: where the whole drawing has it, magnified about the view's start.
      const k = (904 - 16) / (whole.scale(view[1]) - whole.scale(view[0]));
      for (let t = view[0]; t <= view[1]; t += (view[1] - view[0]) / 7)
        expect(zoomed.scale(t)).to.be.closeTo(16 + (whole.scale(t) - whole.scale(view[0])) * k, 1e-6);
      expect(zoomed.gaps.every((g) => whole.gaps.some((w) => w.start === g.start && w.end === g.end))).to.equal(true);
      expect(overlappingLabels(zoomed)).to.deep.equal([]);
    }
    // Zoomed out fully: the whole period, exactly the first drawing.
    view = zoomView(view, full, 1 / 64, utc(2023, 3, 20), whole.scale);
    expect(view).to.deep.equal(full);
    expect(layoutTimeline({...input, domain: view, whole: full}).items).to.deep.equal(whole.items);
    expect(zoomedScale(whole.scale, full, [16, 904])(utc(2020))).to.be.closeTo(whole.scale(utc(2020)), 1e-9);
  });
});

function baseInput(items: LayoutItemInput[], width: number): LayoutInput {
  return {
    items,
    auto: true,
    orientation: 'horizontal',
    width,
    domain: [Math.min(...items.map((i) => i.start)), Math.max(...items.map((i) => i.end))],
    margin: {top: 8, right: 16, bottom: 28, left: 16},
    laneHeight: LINE + 4,
    maxLanes: 6,
    labelGap: 8,
  };
}

describe('layout: clusters only for what cannot fit (auto scale)', () => {
  const crowd = (n: number, days: number): LayoutItemInput[] => {
    const rand = mulberry32(n);
    return Array.from({length: n}, (_, i) => {
      const day = utc(2020) + Math.floor(rand() * days) * DAY_MS;
      return {id: `e${i}`, start: day, end: day + DAY_MS, point: true, labelWidth: 120 + rand() * 200, labelHeight: LINE};
    });
  };

  for (const n of [1000, 10000]) {
    it(`still clusters ${n.toLocaleString('en')} events, horizontal and vertical`, () => {
      const items = crowd(n, 3650);
      const h = layoutTimeline(baseInput(items, 1200));
      expect(h.clusters.length).to.be.greaterThan(0);
      expect(h.lanes, 'lanes').to.be.at.most(6);
      const v = layoutTimeline({...baseInput(items, 360), orientation: 'vertical', margin: {top: 12, right: 8, bottom: 12, left: 76}});
      expect(v.clusters.length).to.be.greaterThan(0);
    });
  }

  it('still clusters twenty events on one day at 320 px', () => {
    const items = crowd(20, 1);
    const layout = layoutTimeline({...baseInput(items, 320), maxLanes: 4});
    expect(layout.clusters.length).to.be.greaterThan(0);
    expect(overlappingLabels(layout)).to.deep.equal([]);
  });

  it(`lets a timeline of up to ${AUTO_CROWD} events grow lanes rather than cluster`, () => {
    const items = crowd(AUTO_CROWD, 365);
    const layout = layoutTimeline(baseInput(items, 1280));
    expect(layout.clusters).to.have.length(0);
    expect(layout.lanes).to.be.greaterThan(6);
  });
});

describe('layout: linear and compressed stay as they were', () => {
  it('lays out with the given gaps on the compressed scale, and draws them', () => {
    const items: LayoutItemInput[] = [
      {id: 'a', start: utc(2012), end: utc(2013), point: false, labelWidth: 100, labelHeight: LINE},
      {id: 'b', start: utc(2023, 3, 20), end: utc(2023, 3, 21), point: true, labelWidth: 100, labelHeight: LINE},
    ];
    const domain: [number, number] = [utc(2012), utc(2023, 3, 21)];
    const gaps = findGaps(items, domain);
    const layout = layoutTimeline({...baseInput(items, 900), auto: false, gaps, domain});
    const expected = compressedScale(domain, [16, 884], gaps);
    expect(layout.scale(utc(2020))).to.equal(expected(utc(2020)));
    expect(layout.gaps).to.deep.equal(gaps);
    const linear = layoutTimeline({...baseInput(items, 900), auto: false, domain});
    expect(linear.gaps).to.deep.equal([]);
    expect(linear.scale.domain()).to.have.length(2);
  });
});
