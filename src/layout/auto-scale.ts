import {scaleUtc, type ScaleTime} from 'd3-scale';
import type {Gap} from './compressed.js';

/**
 * The default, focus-and-context time scale (`scale="auto"`): a piecewise-linear UTC scale made of
 * stretches of true time separated by breaks. Each break stands for an empty stretch (no event
 * starts or ends in it, no dated point lies in it) and takes a few px; each stretch is linear
 * inside, so its ticks are true, and gets room by the number of events it holds. Events that
 * share a period (several on one day) are spread across it in document order, and the period gets
 * at least the room their marks (or labels) need. Breaks are chosen greedily: one at a time, the
 * one that spreads the events' marks most evenly along the axis, while any does.
 */

/** The events, as parallel arrays (a layout of ten thousand events makes no objects per event). */
export interface AutoScaleItems {
  /** Inclusive start and exclusive end, UTC ms; a non-finite start skips the item. */
  start: ArrayLike<number>;
  end: ArrayLike<number>;
  /** 1 for an event drawn as a dot within its period (a known day, or finer); 0 for a bar. */
  point: ArrayLike<number>;
  /** Px along the axis a dot needs to itself when it shares its period: a mark (across) or a label (down). */
  size: ArrayLike<number>;
}

/** Options of {@link autoScale}. */
export interface AutoScaleOptions {
  /** Px a break takes, besides the little context kept on each side of it; default 28. */
  gapPx?: number;
  /** Px of context kept on each side of a break, at most (less when the break is short); default 10. */
  padPx?: number;
}

/** A scale, the breaks it makes, and where its dots go within their periods. */
export interface AutoScale {
  scale: ScaleTime<number, number>;
  /** The stretches of time it skips, in order (their ends are where the stretches resume). */
  gaps: Gap[];
  /**
   * Per item, the instant its dot is drawn at: the middle of its period, or, when several dots
   * share one period, evenly across it in input order. NaN for bars and skipped items.
   */
  pointAt: number[];
}

const DEFAULT_GAP_PX = 28;
const DEFAULT_PAD_PX = 10;
/** Candidate breaks tried per round, at most: the longest empty stretches. */
const MAX_CANDIDATES = 40;
/**
 * Beyond this many events in view the search is skipped (a zoom step at ten thousand events must
 * stay quick, and a crowd is clustered anyway): every empty stretch longer than 2 % of the period
 * and than 30 days becomes a break, as on the compressed scale.
 */
const SEARCH_LIMIT = 200;
/** Candidates² × marks, at most, for the greedy search. */
const SEARCH_WORK = 1e5;

/**
 * Where each dot sits in time: the middle of its period, or, for `k` dots sharing exactly one
 * period, at `(j + 0.5) / k` of it for the `j`-th in input order. Pure.
 */
export function spreadPoints(items: AutoScaleItems): number[] {
  const n = items.start.length;
  const out = new Array<number>(n).fill(NaN);
  const groups = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const s = items.start[i]!;
    const e = items.end[i]!;
    if (!items.point[i] || !Number.isFinite(s) || !Number.isFinite(e)) continue;
    const key = `${s}|${e}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  for (const group of groups.values()) {
    const s = items.start[group[0]!]!;
    const e = items.end[group[0]!]!;
    group.forEach((i, j) => (out[i] = s + ((j + 0.5) / group.length) * (e - s)));
  }
  return out;
}

interface Problem {
  /** Sorted unique instants where an event starts or ends, with the domain's ends. */
  bounds: number[];
  /** Per elementary span [bounds[k], bounds[k + 1]]: least px per ms a dot in it needs; 0 if none. */
  rate: number[];
  /** Per elementary span: 1 when a dot's period covers it (never a break). */
  covered: number[];
  /** Per elementary span: 1 when a bar runs through it (a break there cuts the bar: a last resort). */
  barred: number[];
  /** Instants of the marks to spread (dots where drawn, bars at their start), sorted. */
  anchors: number[];
}

function problem(items: AutoScaleItems, pointAt: readonly number[], d0: number, d1: number): Problem {
  const n = items.start.length;
  const edges = new Float64Array(2 * n + 2);
  let edgeCount = 0;
  edges[edgeCount++] = d0;
  edges[edgeCount++] = d1;
  const anchors: number[] = [];
  // Dots, as [start, end, size]: grouped by period once sorted.
  const dotS: number[] = [];
  const dotE: number[] = [];
  const dotSize: number[] = [];
  const barS: number[] = [];
  const barE: number[] = [];
  for (let i = 0; i < n; i++) {
    let s = items.start[i]!;
    let e = items.end[i]!;
    if (!Number.isFinite(s)) continue;
    if (!Number.isFinite(e) || e < s) e = s;
    if (e < d0 || s > d1 || (e === d0 && s < e)) continue;
    s = Math.max(d0, s);
    e = Math.min(d1, e);
    edges[edgeCount++] = s;
    edges[edgeCount++] = e;
    if (items.point[i] && Number.isFinite(pointAt[i]!)) {
      anchors.push(Math.max(d0, Math.min(d1, pointAt[i]!)));
      dotS.push(s);
      dotE.push(e);
      dotSize.push(Math.max(0, items.size[i]! || 0));
    } else {
      anchors.push(s);
      barS.push(s);
      barE.push(e);
    }
  }
  // Indexed loops: iterating a typed array is slow in code the engine has not optimised yet.
  const sorted = edges.subarray(0, edgeCount).sort();
  const bounds: number[] = [];
  for (let i = 0; i < edgeCount; i++) if (!i || sorted[i]! > sorted[i - 1]!) bounds.push(sorted[i]!);
  const spans = bounds.length - 1;
  const rate = new Array<number>(spans).fill(0);
  const covered = new Array<number>(spans).fill(0);
  const barred = new Array<number>(spans).fill(0);
  // Bars, as [start, end] of whole spans: a difference array marks the spans they run through.
  const runs = new Array<number>(spans + 1).fill(0);
  for (let b = 0; b < barS.length; b++) {
    runs[lowerBound(bounds, barS[b]!)]! += 1;
    runs[lowerBound(bounds, barE[b]!)]! -= 1;
  }
  for (let k = 0, open = 0; k < spans; k++) barred[k] = (open += runs[k]!) > 0 ? 1 : 0;
  // Groups: the dots of one period; together they need the sum of their sizes across it.
  const groupOf = new Map<number, number[]>(); // start → indices of groups starting there
  const groupS: number[] = [];
  const groupE: number[] = [];
  const groupSize: number[] = [];
  for (let d = 0; d < dotS.length; d++) {
    const list = groupOf.get(dotS[d]!);
    const g = list?.find((g) => groupE[g] === dotE[d]);
    if (g !== undefined) {
      groupSize[g]! += dotSize[d]!;
      continue;
    }
    if (list) list.push(groupS.length);
    else groupOf.set(dotS[d]!, [groupS.length]);
    groupS.push(dotS[d]!);
    groupE.push(dotE[d]!);
    groupSize.push(dotSize[d]!);
  }
  for (let g = 0; g < groupS.length; g++) {
    const s = groupS[g]!;
    const e = groupE[g]!;
    const size = groupSize[g]!;
    let k = lowerBound(bounds, s);
    if (e === s) {
      // An instant: the spans on each side stay unbroken around it.
      if (k > 0) covered[k - 1] = 1;
      if (k < spans) covered[k] = 1;
      continue;
    }
    // A dot's period (a day, an instant) covers whole elementary spans: its ends are bounds.
    const r = size / (e - s);
    for (; k < spans && bounds[k]! < e; k++) {
      covered[k] = 1;
      if (r > rate[k]!) rate[k] = r;
    }
  }
  return {bounds, rate, covered, barred, anchors: Array.from(Float64Array.from(anchors).sort())};
}

/** First index whose value is >= x, in an ascending array. */
function lowerBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The scale's pieces for a set of breaks: polylinear domain and range, and the gaps. */
interface Plan {
  domain: number[];
  range: number[];
  gaps: Gap[];
}

/**
 * Lays the stretches between the breaks (indices of elementary spans, ascending) along [r0, r1]:
 * each stretch gets at least the room its dots need, and the rest is shared by how many marks
 * each holds (water-filling); every break takes `gapPx` plus what its sides' context leaves over.
 */
function plan(p: Problem, breaks: readonly number[], r0: number, r1: number, gapPx: number, padPx: number): Plan {
  const {bounds, rate, anchors} = p;
  const spans = rate.length;
  const d0 = bounds[0]!;
  const d1 = bounds[bounds.length - 1]!;
  // Stretches: [from, to] in time, made of whole elementary spans.
  const from: number[] = [d0];
  const to: number[] = [];
  for (const k of breaks) {
    to.push(bounds[k]!);
    from.push(bounds[k + 1]!);
  }
  to.push(d1);
  const m = from.length;
  const need = new Array<number>(m).fill(0);
  const weight = new Array<number>(m).fill(0);
  // Stretch j holds the spans from just after break j - 1 to just before break j (no two breaks
  // are side by side): the most a rate asks there, times the stretch's length (the same product as
  // span by span: one positive factor keeps the order). Marks are sorted: counted by binary search.
  for (let j = 0, k = 0; j < m; j++, k++) {
    const last = j < m - 1 ? breaks[j]! : spans;
    let most = 0;
    for (; k < last; k++) if (rate[k]! > most) most = rate[k]!;
    need[j] = most * (to[j]! - from[j]!);
    weight[j] = upperBound(anchors, to[j]!) - lowerBound(anchors, from[j]!) + 0.25;
  }
  const total = Math.max(0, r1 - r0);
  // Each break takes `unit` px: the break itself and the context on its two sides.
  const gapTotal = Math.min(total * 0.5, breaks.length * (gapPx + 2 * padPx));
  const unit = breaks.length ? gapTotal / breaks.length : 0;
  const pad = Math.min(padPx, unit / 4);
  const px = share(need, weight, total - gapTotal);
  const domain: number[] = [];
  const range: number[] = [];
  const gaps: Gap[] = [];
  let x = r0;
  for (let i = 0; i < m; i++) {
    const len = to[i]! - from[i]!;
    const r = len > 0 ? px[i]! / len : 0;
    // Context in time: `pad` px at this stretch's rate, at most a quarter of the break beside it.
    const before = i > 0 && r > 0 ? Math.min(pad / r, (from[i]! - to[i - 1]!) / 4) : 0;
    const after = i < m - 1 && r > 0 ? Math.min(pad / r, (from[i + 1]! - to[i]!) / 4) : 0;
    if (i > 0) {
      x += unit;
      gaps.push({start: domain[domain.length - 1]!, end: from[i]! - before});
    }
    domain.push(from[i]! - before, to[i]! + after);
    range.push(x - before * r, x + px[i]! + after * r);
    x += px[i]!;
  }
  // Rounding: the last stretch ends at r1 exactly.
  range[range.length - 1] = Math.max(range[range.length - 2]!, r1);
  return {domain, range, gaps};
}

/** First index whose value is > x, in an ascending array. */
function upperBound(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Shares `budget` px among stretches: each gets `max(need, λ · weight)`, with λ such that they sum
 * to the budget. When the needs take most of it, they shrink in proportion (a crowd). Weights > 0.
 */
export function share(need: readonly number[], weight: readonly number[], budget: number): number[] {
  const sumNeed = need.reduce((a, b) => a + b, 0);
  const sumWeight = weight.reduce((a, b) => a + b, 0);
  // A crowd: needs shrink in proportion to four fifths of the room; every stretch keeps some of the
  // rest, so none collapses to no px (time would stand still there, and invert could not answer).
  if (sumNeed >= budget * 0.8)
    return need.map(
      (v, i) => (sumNeed > 0 ? (v * budget * 0.8) / sumNeed : 0) + (budget * (sumNeed > 0 ? 0.2 : 1) * weight[i]!) / sumWeight,
    );
  // Water-filling: stretches whose need exceeds λ·weight keep their need; the others share the rest.
  const order = need.map((_, i) => i).sort((a, b) => need[b]! / weight[b]! - need[a]! / weight[a]!);
  let fixed = 0;
  let freeWeight = sumWeight;
  let lambda = budget / freeWeight;
  for (const i of order) {
    if (need[i]! <= lambda * weight[i]!) break;
    fixed += need[i]!;
    freeWeight -= weight[i]!;
    lambda = freeWeight > 0 ? (budget - fixed) / freeWeight : 0;
  }
  return need.map((v, i) => Math.max(v, lambda * weight[i]!));
}

/**
 * How evenly a plan spreads the marks: the sum of the steps between neighbours, each counted up to
 * `target` px. Walks the (sorted) marks along the polylinear plan once.
 */
function evenness(pl: Plan, anchors: readonly number[], target: number): number {
  const {domain, range} = pl;
  let k = 0;
  let score = 0;
  let prev = 0;
  for (let i = 0; i < anchors.length; i++) {
    const t = anchors[i]!;
    while (k < domain.length - 2 && t > domain[k + 1]!) k++;
    const a = domain[k]!;
    const b = domain[k + 1]!;
    const x = b > a ? range[k]! + ((t - a) / (b - a)) * (range[k + 1]! - range[k]!) : range[k]!;
    if (i > 0) score += Math.min(x - prev, target);
    prev = x;
  }
  return score;
}

/**
 * The focus-and-context scale of some events over `domain` (UTC ms) → `range` (px, `range[0] <=
 * range[1]`). See the module comment. With fewer than two events, or no room, it is linear.
 */
export function autoScale(
  items: AutoScaleItems,
  domain: readonly [number, number],
  range: readonly [number, number],
  {gapPx = DEFAULT_GAP_PX, padPx = DEFAULT_PAD_PX}: AutoScaleOptions = {},
  pointAt: number[] = spreadPoints(items),
): AutoScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  // Stops at whole ms, as Dates hold them (the layout's arithmetic rounds alike).
  const made = ({domain, range, gaps}: Plan): AutoScale => ({
    scale: scaleUtc()
      .domain(domain.map((t) => new Date(t)))
      .range(range),
    gaps,
    pointAt,
  });
  const linear = made({domain: [d0, d1], range: [r0, r1], gaps: []});
  if (!(d1 > d0) || !(r1 > r0)) return linear;
  const p = problem(items, pointAt, d0, d1);
  // Nothing to spread (below, there is at least one mark).
  if (!p.anchors.length) return linear;
  const spans = p.rate.length;
  // Candidates: uncovered elementary spans away from the domain's ends, longest first.
  const candidates: number[] = [];
  for (let k = 1; k < spans - 1; k++) if (!p.covered[k]) candidates.push(k);
  // Once each: at 1,000 events the sort compares a thousand candidates' lengths ten times over.
  const lengths = p.rate.map((_, k) => p.bounds[k + 1]! - p.bounds[k]!);
  const length = (k: number) => lengths[k]!;
  candidates.sort((a, b) => length(b) - length(a) || a - b);
  if (p.anchors.length > SEARCH_LIMIT) {
    const least = Math.max(30 * 864e5, (d1 - d0) * 0.02);
    const breaks = candidates.filter((k) => length(k) > least).sort((a, b) => a - b);
    // No two side by side (a stretch of no time between them).
    return made(
      plan(
        p,
        breaks.filter((k, i) => i === 0 || breaks[i - 1] !== k - 1),
        r0,
        r1,
        gapPx,
        padPx,
      ),
    );
  }
  // Each round tries every candidate over all the marks: keep rounds × candidates × marks modest.
  candidates.length = Math.min(candidates.length, MAX_CANDIDATES, Math.ceil(Math.sqrt(SEARCH_WORK / p.anchors.length)));
  const target = (r1 - r0) / p.anchors.length;
  let breaks: number[] = [];
  let best = plan(p, breaks, r0, r1, gapPx, padPx);
  let bestScore = evenness(best, p.anchors, target);
  // Greedy: add the break that spreads the marks most, while one spreads them by a couple of px;
  // empty time first, then time that only bars run through (a break there cuts them).
  let barsToo = false;
  // The round that found no break in empty time scored all of it against these same breaks: until a
  // break is added, only time that bars run through needs scoring (the same plans, the same scores).
  let emptyScored = false;
  for (;;) {
    let pick: number[] | undefined;
    let pickPlan = best;
    let pickScore = bestScore + 2;
    for (const k of candidates) {
      // Two breaks side by side would leave a stretch of no time between them: the breaks around k
      // (the one before it, if any, is <= k) must be more than one span away.
      const at = upperBound(breaks, k);
      if ((barsToo ? emptyScored && !p.barred[k] : p.barred[k]) || (at && breaks[at - 1]! >= k - 1) || breaks[at] === k + 1) continue;
      const next = breaks.slice();
      next.splice(at, 0, k);
      const pl = plan(p, next, r0, r1, gapPx, padPx);
      const score = evenness(pl, p.anchors, target);
      if (score > pickScore) {
        pick = next;
        pickPlan = pl;
        pickScore = score;
      }
    }
    if (!pick) {
      if (barsToo) break;
      barsToo = emptyScored = true;
      continue;
    }
    emptyScored = false;
    breaks = pick;
    best = pickPlan;
    bestScore = pickScore;
  }
  return made(best);
}

/**
 * The auto scale of a view within the whole period: the whole period's auto scale magnified so that
 * the view fills `range`. Its breaks stay where they were drawn at zoom 1 (recomputed per view they
 * would move, and the time under a zooming pointer with them); each stretch stays linear, so its ticks
 * stay true.
 */
export function zoomedScale(
  whole: ScaleTime<number, number>,
  [v0, v1]: readonly [number, number],
  [r0, r1]: readonly [number, number],
): ScaleTime<number, number> {
  const u0 = whole(v0);
  const k = (r1 - r0) / (whole(v1) - u0 || 1);
  const stops = [
    v0,
    ...whole
      .domain()
      .map(Number)
      .filter((t) => t > v0 && t < v1),
    v1,
  ];
  return scaleUtc()
    .domain(stops)
    .range(stops.map((t) => r0 + (whole(t) - u0) * k));
}
