import type {ScaleTime} from 'd3-scale';
import {dodge, filled, IntervalRow, placeLabels} from './lanes.js';
import {safeDomain, tickCount, timeScale} from './scale.js';
import {compressedScale, type Gap} from './compressed.js';
import type {Orientation} from './scale.js';

/** Space around the plot, px (the axis' tick labels live in it). */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One event as the layout needs it. */
export interface LayoutItemInput {
  id: string;
  /** Inclusive start, UTC ms. */
  start: number;
  /** Exclusive end, UTC ms. */
  end: number;
  /** Drawn as a dot at the middle of [start, end) (a known day); otherwise a bar covering it. */
  point: boolean;
  /** Measured label size, px. */
  labelWidth: number;
  labelHeight: number;
}

/** What {@link layoutTimeline} needs besides the items. */
export interface LayoutInput {
  items: readonly LayoutItemInput[];
  orientation: Orientation;
  /** Width of the whole drawing, px. */
  width: number;
  /**
   * The least height of the drawing. Vertical: it grows to fit its labels. Horizontal: the room
   * left over goes above the labels, so the marks and the axis keep their place.
   */
  height?: number;
  /**
   * Vertical: the longest the axis grows to fit labels, px; default {@link VERTICAL_MAX_LENGTH}.
   * Beyond it, labels that would land far from their marks are hidden and their marks cluster.
   */
  maxLength?: number;
  /** Visible period, UTC ms (see `timeDomain`). */
  domain: readonly [number, number];
  margin: Margin;
  /** Height of one label lane, px (raised to the tallest label if smaller). */
  laneHeight: number;
  /** Horizontal: number of label lanes; labels that fit none are hidden. */
  maxLanes: number;
  /** Space between labels, and between labels and marks, px. */
  labelGap: number;
  /** Least length of a bar along the time axis, px; default 6. */
  minSpanPx?: number;
  /** Empty stretches to compress (see `findGaps`); none for a linear scale. */
  gaps?: readonly Gap[];
  /** Thickness of bars and diameter of dots, px; default 10. */
  markSize?: number;
  /**
   * Horizontal: unlabelled marks within twice this (px) of the first of a group merge into a cluster; default 14. Unlabelled
   * bars that find no place in the first {@link MAX_BAR_ROWS} rows of bars join clusters too.
   */
  clusterRadius?: number;
}

/** Marks too close to point at one by one, drawn as one mark that stands for them all. */
export interface LayoutCluster {
  /** The events it stands for, in order along the axis. */
  ids: string[];
  /** Centre, px along the time axis. */
  at: number;
  /** Centre, px across it (the row of dots). */
  cross: number;
  /** Extent of its members' marks along the time axis, px. */
  from: number;
  to: number;
}

/** A straight line from a mark to its label. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One event placed on screen. The mark is the segment (x0, y0)–(x1, y1). */
export interface LayoutItem {
  id: string;
  point: boolean;
  /** Horizontal: px along time (point: `x0 === x1`); vertical: the track's x. */
  x0: number;
  x1: number;
  /** Vertical: px along time (point: `y0 === y1`); horizontal: the track's y. */
  y0: number;
  y1: number;
  /** False when the event lies wholly outside the domain: draw nothing for it. */
  inView: boolean;
  /** Horizontal: label lane (0 nearest the marks); vertical: 0. -1 when the label is hidden. */
  lane: number;
  /** Top-left corner of the label box. */
  labelX: number;
  labelY: number;
  labelWidth: number;
  labelHeight: number;
  labelVisible: boolean;
  /** Line from the mark to its label; null when the label is hidden. */
  leader: Leader | null;
  /** Index in `clusters` of the cluster that draws this event, or -1 when it is drawn on its own. */
  cluster: number;
}

/** The whole drawing. */
export interface LayoutResult {
  orientation: Orientation;
  width: number;
  height: number;
  /** Time → px along the time axis; feed it to d3-axis. */
  scale: ScaleTime<number, number>;
  /** Tick count to ask d3-axis for. */
  ticks: number;
  /** Px extent of the time axis: x from left to right, or y from top to bottom. */
  range: [number, number];
  /** Translation for the axis group: horizontal `(0, axisY)` for axisBottom, vertical `(axisX, 0)` for axisLeft. */
  axisX: number;
  axisY: number;
  /** Centre line of the marks: y (horizontal) or x (vertical); the other one is 0. */
  trackX: number;
  trackY: number;
  /** Label lanes in use (horizontal); 0 vertically. */
  lanes: number;
  /**
   * One per input item, in input order, made on first read. A zoom step at ten thousand events
   * would otherwise build ten thousand objects for the few hundred in view: prefer `item(i)`.
   */
  readonly items: readonly LayoutItem[];
  /** Number of items: one per input item. */
  count: number;
  /** Item `i` (input order), made when first asked for. */
  item(i: number): LayoutItem;
  /** Whether item `i` is in view, without making it. */
  inView(i: number): boolean;
  /** Index in `clusters` of the cluster that draws item `i`, or -1, without making it. */
  clusterOf(i: number): number;
  /** Clusters along the axis (horizontal; vertical once its axis is at its longest), in order along it; each has two or more events, or (horizontal) one bar with no room. */
  clusters: LayoutCluster[];
  /** Indices into `items` of what is drawn on its own: in view and not in a cluster, in order along the axis. */
  drawn: number[];
}

const DEFAULT_MIN_SPAN_PX = 6;
const DEFAULT_MARK_SIZE = 10;
const DEFAULT_CLUSTER_RADIUS = 14;
/**
 * Horizontal: rows of bars below the dots. A labelled bar always gets a row; an unlabelled one only
 * among the first three, else it joins a cluster: ten thousand months would otherwise stack into a
 * wall of rows and thousands of elements.
 */
export const MAX_BAR_ROWS = 3;
/**
 * Width of the pointer target of a mark with no label: the element draws a 24 px box on it (WCAG
 * 2.5.8). An unlabelled bar gets a row only where that box clears the other bars on it, so that
 * neighbouring targets do not cover each other; narrower room sends it to a cluster.
 */
export const MARK_TARGET_PX = 24;
/** Space between the marks and the axis line. */
const AXIS_GAP = 4;
/** Vertical: horizontal run of a leader between mark and label. */
const LEADER_PX = 16;
/** Vertical: how far right of the axis (margin.left) labels start, for the default mark size. */
export const VERTICAL_LABEL_INSET = AXIS_GAP + DEFAULT_MARK_SIZE + LEADER_PX;
/** Vertical: the natural axis length is this many times the stacked label heights, so labels rarely need to move. */
const VERTICAL_SPREAD = 1.5;
/** Vertical: least axis length, in lane heights, for an empty or tiny timeline. */
const VERTICAL_MIN_LANES = 4;
/**
 * Vertical: the axis grows to fit its labels up to this length, px (a few phone screens): ten
 * thousand labels would otherwise make a drawing 400,000 px tall, every label in the DOM.
 */
export const VERTICAL_MAX_LENGTH = 3000;
/** Vertical, once the axis is at its longest: how far (in label rows) a label may sit below its mark. */
const VERTICAL_MAX_SHIFT = 2;

const finite = (v: number | undefined, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? v : fallback;
const nonNegative = (v: number | undefined, fallback = 0): number => Math.max(0, finite(v, fallback));
const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/**
 * The items' times and sizes, one array of numbers per field (ten thousand small objects and tuples per
 * zoom step were most of the layout's time, spent in the garbage collector).
 */
interface Spans {
  inputs: readonly LayoutItemInput[];
  n: number;
  /** Start and end (equal for points), UTC ms. */
  t0: number[];
  t1: number[];
  /** 1 when any of it is inside the domain. */
  inView: number[];
  point: number[];
  labelWidth: number[];
  labelHeight: number[];
}

/** The spans of an items array, kept while it lives: a zoom step changes only what is in view. */
const spansOf = new WeakMap<readonly LayoutItemInput[], Spans & {known: number[]}>();

function spans(inputs: readonly LayoutItemInput[], [d0, d1]: [number, number]): Spans {
  let out = spansOf.get(inputs);
  if (!out) spansOf.set(inputs, (out = measureSpans(inputs)));
  const {t0, t1, known, inView} = out;
  for (let i = 0; i < out.n; i++) {
    // Half-open [start, end): an event ending exactly at the domain start is outside it.
    inView[i] = known[i] && (t0[i] === t1[i] ? t0[i]! >= d0 && t0[i]! <= d1 : t1[i]! > d0 && t0[i]! < d1) ? 1 : 0;
  }
  return out;
}

function measureSpans(inputs: readonly LayoutItemInput[]): Spans & {known: number[]} {
  const n = inputs.length;
  const out = {
    inputs,
    n,
    t0: filled(n),
    t1: filled(n),
    known: filled(n),
    inView: filled(n),
    point: filled(n),
    labelWidth: filled(n),
    labelHeight: filled(n),
  };
  for (let i = 0; i < n; i++) {
    const input = inputs[i]!;
    let s = finite(input.start, NaN);
    let e = finite(input.end, s);
    if (Number.isNaN(s)) s = e;
    if (e < s) {
      const swap = s;
      s = e;
      e = swap;
    }
    const known = !Number.isNaN(s);
    const point = !!input.point;
    const t0 = point ? (s + e) / 2 : s;
    const t1 = point ? t0 : e;
    out.known[i] = known ? 1 : 0;
    // Unknown times are never in view; markExtents puts them at the start.
    out.t0[i] = known ? t0 : -Infinity;
    out.t1[i] = known ? t1 : -Infinity;
    out.point[i] = point ? 1 : 0;
    out.labelWidth[i] = nonNegative(input.labelWidth);
    out.labelHeight[i] = nonNegative(input.labelHeight);
  }
  return out;
}

/**
 * Px extent of each mark along the time axis, clamped to the range, bars widened to `minSpan`.
 * Marks out of view sit at the edge they are beyond, without asking the scale.
 */
function markExtents(
  scale: ScaleTime<number, number>,
  sp: Spans,
  [r0, r1]: [number, number],
  minSpan: number,
  domain: [number, number],
  /** The scale is linear over `domain` → the range (no compressed gaps). */
  linear: boolean,
): {x0: number[]; x1: number[]} {
  const x0 = filled(sp.n);
  const x1 = filled(sp.n);
  // A linear scale's own arithmetic (d3's normalize, then interpolateNumber, over the domain as
  // whole ms, as Dates hold it: the same numbers) without a call through d3 per mark: thousands
  // per zoom step, and slow before the code is warm.
  const [d0, d1] = domain.map(Math.trunc) as [number, number];
  const at = linear
    ? (t: number) => {
        const u = (t - d0) / (d1 - d0);
        return clamp(finite(r0 * (1 - u) + r1 * u, r0), r0, r1);
      }
    : (t: number) => clamp(finite(scale(t), r0), r0, r1);
  for (let i = 0; i < sp.n; i++) {
    if (!sp.inView[i]) {
      x0[i] = x1[i] = sp.t1[i]! <= domain[0] ? r0 : r1;
      continue;
    }
    let p0 = at(sp.t0[i]!);
    let p1 = sp.point[i] ? p0 : at(sp.t1[i]!);
    if (!sp.point[i] && p1 - p0 < minSpan) {
      const c = (p0 + p1) / 2;
      p0 = c - minSpan / 2;
      p1 = c + minSpan / 2;
      // Slide back inside the range rather than shrink, unless the range itself is shorter.
      if (p0 < r0) {
        p1 += r0 - p0;
        p0 = r0;
      }
      if (p1 > r1) {
        p0 -= p1 - r1;
        p1 = r1;
      }
      p0 = Math.max(p0, r0);
    }
    x0[i] = p0;
    x1[i] = p1;
  }
  return {x0, x1};
}

/**
 * Places every event of a timeline: marks along a d3 UTC scale, labels in
 * lanes above the marks (horizontal) or in a dodged column right of the axis
 * (vertical, which grows as long as its labels need). Pure: no DOM; label
 * sizes are measured by the caller. All coordinates are finite, whatever the
 * input. Items come back in input order.
 */
export function layoutTimeline(input: LayoutInput): LayoutResult {
  const margin: Margin = {
    top: nonNegative(input.margin?.top),
    right: nonNegative(input.margin?.right),
    bottom: nonNegative(input.margin?.bottom),
    left: nonNegative(input.margin?.left),
  };
  const width = nonNegative(input.width);
  const domain = safeDomain(input.domain);
  const items = spans(input.items ?? [], domain);
  const gap = nonNegative(input.labelGap);
  const minSpan = nonNegative(input.minSpanPx, DEFAULT_MIN_SPAN_PX);
  const markSize = nonNegative(input.markSize, DEFAULT_MARK_SIZE);
  // A lane is at least as tall as the tallest label, so labels of adjacent lanes never overlap.
  let pitch = nonNegative(input.laneHeight);
  for (let i = 0; i < items.n; i++) pitch = Math.max(pitch, items.labelHeight[i]!);
  const radius = nonNegative(input.clusterRadius, DEFAULT_CLUSTER_RADIUS);
  const common = {width, domain, items, gap, minSpan, markSize, pitch, margin, radius, gaps: input.gaps ?? [], height: nonNegative(input.height)};
  return input.orientation === 'vertical'
    ? layoutVertical({...common, maxLength: nonNegative(input.maxLength, VERTICAL_MAX_LENGTH)})
    : layoutHorizontal({...common, maxLanes: nonNegative(input.maxLanes)});
}

interface Common {
  gaps: readonly Gap[];
  height: number;
  width: number;
  domain: [number, number];
  items: Spans;
  gap: number;
  minSpan: number;
  markSize: number;
  pitch: number;
  margin: Margin;
  radius: number;
}

/** Indices of the items in view, ordered along the time axis by where their marks start (then input order). */
function inViewOrder(items: Spans, x0: readonly number[]): number[] {
  // Items usually come in time order, but a short bar widened around its centre starts a few px
  // early: set those aside and sort them alone; the sort then merges the two runs in one pass.
  const run: number[] = [];
  const rest: number[] = [];
  const inView = items.inView;
  for (let i = 0; i < items.n; i++) {
    if (!inView[i]) continue;
    (run.length && x0[run[run.length - 1]!]! > x0[i]! ? rest : run).push(i);
  }
  const before = (a: number, b: number) => x0[a]! - x0[b]! || a - b;
  return rest.length ? run.concat(rest.sort(before)).sort(before) : run;
}

function layoutHorizontal(c: Common & {maxLanes: number}): LayoutResult {
  const {width, margin, items, gap, markSize, pitch} = c;
  const range: [number, number] = [margin.left, Math.max(margin.left, width - margin.right)];
  const scale = c.gaps.length ? compressedScale(c.domain, range, c.gaps) : timeScale(c.domain, range);
  const {x0: X0, x1: X1} = markExtents(scale, items, range, c.minSpan, c.domain, !c.gaps.length);
  const visible = inViewOrder(items, X0);
  // Labels may use the whole drawing's width: the margins only hold the axis' tick labels, below the marks.
  const anchors = filled(visible.length);
  const widths = filled(visible.length);
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    anchors[k] = X0[i]!;
    widths[k] = items.labelWidth[i]!;
  }
  const placed = placeLabels(anchors, widths, null, {min: 0, max: width, gap, maxLanes: c.maxLanes});
  const laneOf = filled(items.n, -1);
  const labelXOf = filled(items.n);
  let lanes = 0;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const lane = placed.lane[k]!;
    laneOf[i] = lane;
    labelXOf[i] = placed.x[k]!;
    if (lane + 1 > lanes) lanes = lane + 1;
  }

  // Bars go on rows of their own below the dots, so none hides another: labelled bars first, on as
  // many rows as they need, then unlabelled ones where the first MAX_BAR_ROWS rows have room for
  // the bar and its pointer target (`target` px wide, centred on it).
  const rowOf = filled(items.n); // 0: the row of dots; bars from 1
  const rows: IntervalRow[] = [];
  const placeBar = (i: number, limit: number, target: number): boolean => {
    const pad = Math.max(0, target - X1[i]! + X0[i]!) / 2;
    const a = X0[i]! - pad;
    const b = X1[i]! + pad;
    for (let r = 0; r < limit; r++) {
      if (r === rows.length) rows.push(new IntervalRow());
      if (rows[r]!.fits(a, b, 1)) {
        rows[r]!.add(a, b);
        rowOf[i] = r + 1;
        return true;
      }
    }
    return false;
  };
  for (const i of visible) if (!items.point[i] && laneOf[i]! >= 0) placeBar(i, Infinity, 0);
  // Unlabelled dots, and bars that find no row, may merge into clusters.
  const loose: number[] = [];
  for (const i of visible) {
    if (laneOf[i]! >= 0) continue;
    if (items.point[i] || !placeBar(i, MAX_BAR_ROWS, MARK_TARGET_PX)) loose.push(i);
  }
  // A row opened for a bar that then did not fit in it stays empty: count only rows in use.
  let rowCount = 1;
  for (let i = 0; i < items.n; i++) if (rowOf[i]! + 1 > rowCount) rowCount = rowOf[i]! + 1;
  const rowPitch = markSize + 2;
  const labels = lanes && lanes * pitch + gap;
  const marks = rowCount * rowPitch - 2 + AXIS_GAP;
  // Lanes and marks sit at the bottom of a least height: room left over goes above them.
  const top = Math.max(margin.top, c.height - margin.bottom - marks - labels);
  const markTop = top + labels;
  const trackY = markTop + markSize / 2;
  const axisY = markTop + marks;

  const clusterOf = filled(items.n, -1);
  const clusters = clusterLoose(loose, items, X0, X1, c.radius, trackY, clusterOf);
  const drawn = visible.filter((i) => clusterOf[i] === -1);

  // A copy: the spans' inView is rewritten by the next layout of the same items, and items are made later.
  const inView = items.inView.slice();
  const make = (i: number): LayoutItem => {
    const lane = laneOf[i]!;
    const labelVisible = lane >= 0;
    const labelHeight = items.labelHeight[i]!;
    const labelY = labelVisible ? top + (lanes - 1 - lane) * pitch + (pitch - labelHeight) / 2 : top;
    // A clustered bar (drawn on its own only while focused or selected) goes on the last row.
    const row = items.point[i] ? 0 : rowOf[i] || Math.max(1, rowCount - 1);
    const y = trackY + row * rowPitch;
    const x0 = X0[i]!;
    return {
      id: items.inputs[i]!.id,
      point: !!items.point[i],
      x0,
      x1: X1[i]!,
      y0: y,
      y1: y,
      inView: !!inView[i],
      lane,
      labelX: labelVisible ? labelXOf[i]! : x0,
      labelY,
      labelWidth: items.labelWidth[i]!,
      labelHeight,
      labelVisible,
      leader: labelVisible ? {x1: x0, y1: markTop, x2: x0, y2: labelY + labelHeight} : null,
      cluster: clusterOf[i]!,
    };
  };

  return withItems(
    {
      orientation: 'horizontal',
      width,
      height: axisY + margin.bottom,
      scale,
      ticks: tickCount(range[1] - range[0], 'horizontal'),
      range,
      axisX: 0,
      axisY,
      trackX: 0,
      trackY,
      lanes,
      clusters,
      drawn,
    },
    items.n,
    make,
    (i) => inView[i] === 1,
    (i) => clusterOf[i]!,
  );
}

type LayoutFields = Omit<LayoutResult, 'items' | 'count' | 'item' | 'inView' | 'clusterOf'>;

/**
 * Completes a layout with its items, each made on first read from `make` and kept. `inView` and
 * `clusterOf` answer for any item without making it.
 */
export function withItems(
  fields: LayoutFields,
  n: number,
  make: (i: number) => LayoutItem,
  inView: (i: number) => boolean,
  clusterOf: (i: number) => number,
): LayoutResult {
  const made: (LayoutItem | undefined)[] = new Array(n);
  let all: LayoutItem[] | undefined;
  const item = (i: number): LayoutItem => (made[i] ??= make(i));
  return {
    ...fields,
    count: n,
    item,
    inView,
    clusterOf,
    get items() {
      return (all ??= Array.from({length: n}, (_, i) => item(i)));
    },
  };
}

/**
 * Groups loose marks along the axis: a group starts at its first mark and takes every mark that
 * starts within twice `radius` px of it (a window, not a chain: chaining would merge a whole
 * crowded decade into one mark). Groups of two or more become clusters; so does a bar alone (it
 * found no row); a lone dot stays itself. Badges are centred on their marks but kept a window apart,
 * so they never overlap. Writes each member's cluster index to `clusterOf`.
 */
function clusterLoose(
  loose: readonly number[],
  items: Spans,
  X0: readonly number[],
  X1: readonly number[],
  radius: number,
  cross: number,
  clusterOf: number[],
  /** A lone mark of any kind stays itself (vertical: bars have no rows to miss). */
  keepLone = false,
): LayoutCluster[] {
  const window = 2 * radius;
  const clusters: LayoutCluster[] = [];
  let group: number[] = [];
  let from = 0;
  let to = -Infinity;
  let lastAt = -Infinity;
  const flush = () => {
    if (group.length > 1 || (group.length === 1 && !keepLone && !items.point[group[0]!])) {
      const index = clusters.length;
      for (const i of group) clusterOf[i] = index;
      const at = Math.max((from + to) / 2, lastAt + window);
      clusters.push({ids: group.map((i) => items.inputs[i]!.id), at, cross, from, to});
      lastAt = at;
    }
    group = [];
  };
  for (const i of loose) {
    if (group.length && X0[i]! - from > window) flush();
    if (!group.length) {
      from = X0[i]!;
      to = X1[i]!;
    }
    group.push(i);
    to = Math.max(to, X1[i]!);
  }
  flush();
  return clusters;
}

function layoutVertical(c: Common & {maxLength: number}): LayoutResult {
  const {width, margin, items, gap, markSize, pitch} = c;
  let natural = 0;
  for (let i = 0; i < items.n; i++) if (items.inView[i]) natural += items.labelHeight[i]! + gap;
  natural *= VERTICAL_SPREAD;
  const least = Math.max(c.height - margin.top - margin.bottom, VERTICAL_MIN_LANES * pitch);
  // Too many labels for the longest axis: label what fits near its mark, cluster the rest.
  const capped = natural > Math.max(least, c.maxLength);
  const length = capped ? Math.max(least, c.maxLength) : Math.max(least, natural);
  const range: [number, number] = [margin.top, margin.top + length];
  const scale = c.gaps.length ? compressedScale(c.domain, range, c.gaps) : timeScale(c.domain, range);
  const {x0: Y0, x1: Y1} = markExtents(scale, items, range, c.minSpan, c.domain, !c.gaps.length);

  const axisX = margin.left;
  const trackX = axisX + AXIS_GAP + markSize / 2;
  const labelX = trackX + markSize / 2 + LEADER_PX;
  // A label shorter than its bar starts level with the bar; otherwise it is centred on the mark.
  const want = (i: number) => {
    const h = items.labelHeight[i]!;
    return Y1[i]! - Y0[i]! > h ? Y0[i]! : (Y0[i]! + Y1[i]!) / 2 - h / 2;
  };
  const visible = inViewOrder(items, Y0);
  const topOf = filled(items.n, NaN);
  const clusterOf = filled(items.n, -1);
  let clusters: LayoutCluster[] = [];
  if (!capped) {
    const tops = dodge(
      visible.map(want),
      visible.map((i) => items.labelHeight[i]!),
      // Labels may run past the end of the axis (the drawing grows to fit): a dense stretch then
      // spreads its labels around itself instead of fanning them all back up over the years before it.
      {min: 0, gap},
    );
    visible.forEach((i, k) => (topOf[i] = tops[k]!));
  } else {
    // In time order, each label where it wants to be or just below the one before, if that is
    // within a couple of rows of its mark and on the drawing; otherwise hidden, its mark loose.
    const loose: number[] = [];
    let bottom = -Infinity;
    const end = range[1] + margin.bottom;
    for (const i of visible) {
      const h = items.labelHeight[i]!;
      const top = Math.max(0, want(i), bottom + gap);
      if (top - want(i) <= VERTICAL_MAX_SHIFT * pitch && top + h <= end) {
        topOf[i] = top;
        bottom = top + h;
      } else loose.push(i);
    }
    clusters = clusterLoose(loose, items, Y0, Y1, c.radius, trackX, clusterOf, true);
  }

  let extent = range[1] + margin.bottom;
  for (const i of visible) if (!Number.isNaN(topOf[i]!)) extent = Math.max(extent, topOf[i]! + items.labelHeight[i]!);
  // Made on demand, as horizontally: a copy of inView, which the next layout of the same items rewrites.
  const inView = items.inView.slice();
  const make = (i: number): LayoutItem => {
    const y0 = Y0[i]!;
    const y1 = Y1[i]!;
    const labelHeight = items.labelHeight[i]!;
    const labelVisible = !Number.isNaN(topOf[i]!);
    const labelY = labelVisible ? topOf[i]! : clamp(want(i), 0, range[1] + margin.bottom);
    const mid = labelY + labelHeight / 2;
    return {
      id: items.inputs[i]!.id,
      point: !!items.point[i],
      x0: trackX,
      x1: trackX,
      y0,
      y1,
      inView: !!inView[i],
      lane: labelVisible ? 0 : -1,
      labelX,
      labelY,
      labelWidth: items.labelWidth[i]!,
      labelHeight,
      labelVisible,
      leader: labelVisible ? {x1: trackX + markSize / 2, y1: clamp(mid, y0, y1), x2: labelX, y2: mid} : null,
      cluster: clusterOf[i]!,
    };
  };

  return withItems(
    {
      orientation: 'vertical',
      width,
      height: extent,
      scale,
      ticks: tickCount(length, 'vertical'),
      range,
      axisX,
      axisY: 0,
      trackX,
      trackY: 0,
      lanes: 0,
      // Below the longest axis every event in view has a label (the drawing grows to fit them).
      clusters,
      drawn: capped ? visible.filter((i) => clusterOf[i] === -1) : visible,
    },
    items.n,
    make,
    (i) => inView[i] === 1,
    (i) => clusterOf[i]!,
  );
}
