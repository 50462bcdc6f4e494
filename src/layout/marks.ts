/** What the horizontal and the vertical layout share: the items' spans, marks along the scale, clusters. */
import type {ScaleTime} from 'd3-scale';
import {filled} from './lanes.js';
import {compressedScale, type Gap} from './compressed.js';
import {autoScale, spreadPoints, zoomedScale} from './auto-scale.js';
import {timeScale} from './scale.js';
import type {LayoutCluster, LayoutFields, LayoutItem, LayoutItemInput, LayoutResult, Margin} from './types.js';

export const DEFAULT_MIN_SPAN_PX = 6;
export const DEFAULT_MARK_SIZE = 10;
export const DEFAULT_CLUSTER_RADIUS = 14;
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
export const AXIS_GAP = 4;
/** Vertical: horizontal run of a leader between mark and label. */
export const LEADER_PX = 16;
/** Vertical: how far right of the axis (margin.left) labels start, for the default mark size. */
export const VERTICAL_LABEL_INSET = AXIS_GAP + DEFAULT_MARK_SIZE + LEADER_PX;
/** Vertical: the natural axis length is this many times the stacked label heights, so labels rarely need to move. */
export const VERTICAL_SPREAD = 1.5;
/** Vertical: least axis length, in lane heights, for an empty or tiny timeline. */
export const VERTICAL_MIN_LANES = 4;
/**
 * Vertical: the axis grows to fit its labels up to this length, px (a few phone screens): ten
 * thousand labels would otherwise make a drawing 400,000 px tall, every label in the DOM.
 */
export const VERTICAL_MAX_LENGTH = 3000;
/** Vertical, once the axis is at its longest: how far (in label rows) a label may sit below its mark. */
export const VERTICAL_MAX_SHIFT = 2;

export const finite = (v: number | undefined, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
export const nonNegative = (v: number | undefined, fallback = 0): number => Math.max(0, finite(v, fallback));
export const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/**
 * The items' times and sizes, one array of numbers per field (ten thousand small objects and tuples per
 * zoom step were most of the layout's time, spent in the garbage collector).
 */
export interface Spans {
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
  /** The label as two lines (NaN: it cannot wrap), and 1 where one line shortens the title. */
  wrapWidth: number[];
  wrapHeight: number[];
  shortened: number[];
  /** The period as given (start <= end; NaN when unknown), for the auto scale. */
  s: number[];
  e: number[];
  /** Where dots sharing a period are spread across it (see `spreadPoints`), made when first needed. */
  pointAt?: number[];
}

/** The spans of an items array, kept while it lives: a zoom step changes only what is in view. */
export const spansOf = new WeakMap<readonly LayoutItemInput[], Spans & {known: number[]}>();

export function spans(inputs: readonly LayoutItemInput[], [d0, d1]: [number, number]): Spans {
  let out = spansOf.get(inputs);
  if (!out) spansOf.set(inputs, (out = measureSpans(inputs)));
  const {t0, t1, known, inView} = out;
  for (let i = 0; i < out.n; i++) {
    // Half-open [start, end): an event ending exactly at the domain start is outside it.
    inView[i] = known[i] && (t0[i] === t1[i] ? t0[i]! >= d0 && t0[i]! <= d1 : t1[i]! > d0 && t0[i]! < d1) ? 1 : 0;
  }
  return out;
}

export function measureSpans(inputs: readonly LayoutItemInput[]): Spans & {known: number[]} {
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
    wrapWidth: filled(n, NaN),
    wrapHeight: filled(n, NaN),
    shortened: filled(n),
    s: filled(n, NaN),
    e: filled(n, NaN),
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
    const ww = finite(input.wrapWidth, NaN);
    const wh = finite(input.wrapHeight, NaN);
    if (ww >= 0 && wh >= 0) {
      out.wrapWidth[i] = ww;
      out.wrapHeight[i] = wh;
    }
    out.shortened[i] = input.shortened ? 1 : 0;
    out.s[i] = known ? s : NaN;
    out.e[i] = known ? e : NaN;
  }
  return out;
}

/**
 * Px extent of each mark along the time axis, clamped to the range, bars widened to `minSpan`.
 * Marks out of view sit at the edge they are beyond, without asking the scale.
 */
export function markExtents(
  scale: ScaleTime<number, number>,
  sp: Spans,
  [r0, r1]: [number, number],
  minSpan: number,
  domain: [number, number],
  /** The scale is linear over `domain` → the range (no compressed gaps). */
  linear: boolean,
  /** Where each dot goes in time, when not at the middle of its period (the auto scale spreads them). */
  pointAt?: readonly number[],
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
    let p0 = at(pointAt && sp.point[i] ? pointAt[i]! : sp.t0[i]!);
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

export interface Common {
  gaps: readonly Gap[];
  /** Lay out on the focus-and-context scale (`autoScale`); `gaps` is then ignored. */
  auto: boolean;
  /** The whole period that `domain` is a view of, when zoomed: the auto scale is made for it. */
  whole?: readonly [number, number];
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
export function inViewOrder(items: Spans, x0: readonly number[]): number[] {
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
export function clusterLoose(
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

/** The time scale of a layout over `range`, the breaks it draws, and where its dots go in time. */
export interface PlacedScale {
  scale: ScaleTime<number, number>;
  gaps: Gap[];
  /** Linear over the whole domain (markExtents then computes it in line). */
  linear: boolean;
  pointAt?: number[];
}

/**
 * Builds the layout's scale: the auto scale of the whole period, with `size(i)` px along the
 * axis for a dot that shares its period (a mark across, a label down); else the compressed scale
 * when there are gaps, else the linear one.
 */
export function placeScale(c: Common, range: [number, number], size: (i: number) => number): PlacedScale {
  const {items, domain} = c;
  if (c.auto) {
    // A view is the whole period's drawing magnified (see `zoomedScale`): the scale is made for the whole.
    const [w0, w1] = c.whole ?? domain;
    // The auto scale skips what lies outside the whole period, and what has no date (a NaN start).
    const periods = {start: items.s, end: items.e, point: items.point, size: filled(items.n).map((_, i) => size(i))};
    const spread = (items.pointAt ??= spreadPoints(periods));
    const auto = autoScale(periods, [w0, w1], range, {}, spread);
    // A dot is drawn at its spread instant, not the middle of its day: it is in view when that is.
    for (let i = 0; i < items.n; i++) if (items.point[i]) items.inView[i] = spread[i]! >= domain[0] && spread[i]! <= domain[1] ? 1 : 0;
    // Its scale, breaks and spread instants (`spread`, handed back).
    if (domain[0] <= w0 && domain[1] >= w1) return {...auto, linear: false};
    const gaps = auto.gaps.filter((g) => g.end > domain[0] && g.start < domain[1]);
    return {scale: zoomedScale(auto.scale, domain, range), gaps, linear: false, pointAt: spread};
  }
  if (c.gaps.length) {
    const usable = c.gaps.filter((g) => g.start > domain[0] && g.end < domain[1]);
    return {scale: compressedScale(domain, range, c.gaps), gaps: usable, linear: false};
  }
  return {scale: timeScale(domain, range), gaps: [], linear: true};
}

/**
 * Vertical: the box of label `i` in its column. On the auto scale, a title that one line would
 * shorten goes on two, where it can: a column has the room below.
 */
export function labelBox(items: Spans, i: number, auto: boolean): {lines: number; width: number; height: number} {
  return auto && items.shortened[i] && !Number.isNaN(items.wrapWidth[i]!)
    ? {lines: 2, width: items.wrapWidth[i]!, height: items.wrapHeight[i]!}
    : {lines: 1, width: items.labelWidth[i]!, height: items.labelHeight[i]!};
}
