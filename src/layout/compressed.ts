import {scaleUtc, type ScaleTime} from 'd3-scale';

/** A stretch of empty time that a compressed scale shrinks. */
export interface Gap {
  start: number;
  end: number;
}

const DAY = 864e5;

/**
 * The long empty stretches between events: gaps in the union of the items'
 * intervals (and before the first / after the last, within the domain) longer
 * than `minFraction` of the domain and than `minMs`. Sorted, disjoint.
 */
export function findGaps(
  items: readonly {start: number; end: number}[],
  domain: readonly [number, number],
  {minFraction = 0.08, minMs = 60 * DAY}: {minFraction?: number; minMs?: number} = {},
): Gap[] {
  const [d0, d1] = domain;
  const threshold = Math.max(minMs, (d1 - d0) * minFraction);
  const spans = items
    .map((i) => [Math.max(d0, i.start), Math.min(d1, i.end)] as const)
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && b >= a)
    .sort((a, b) => a[0] - b[0]);
  const gaps: Gap[] = [];
  // Keep a little context on each side of a gap so marks never touch a break.
  const pad = threshold * 0.1;
  let covered = d0;
  let first = true;
  for (const [a, b] of spans) {
    if (a - covered > threshold) gaps.push({start: first ? covered : covered + pad, end: a - pad});
    covered = Math.max(covered, b);
    first = false;
  }
  return gaps.filter((g) => g.end - g.start > 0 && g.start > d0);
}

/**
 * A monotonic piecewise-linear UTC scale on which each gap takes `gapPx` and the
 * rest of the range is shared by the remaining time in proportion. With no gaps it
 * is the plain linear scale.
 */
export function compressedScale(
  domain: readonly [number, number],
  range: readonly [number, number],
  gaps: readonly Gap[],
  gapPx = 28,
): ScaleTime<number, number> {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const usable = gaps.filter((g) => g.start > d0 && g.end < d1);
  const gapTotal = usable.reduce((sum, g) => sum + (g.end - g.start), 0);
  const px = Math.max(0, Math.min(gapPx, ((r1 - r0) * 0.5) / Math.max(1, usable.length)));
  const rest = r1 - r0 - px * usable.length;
  const perMs = rest / Math.max(1, d1 - d0 - gapTotal);
  const dom: number[] = [d0];
  const ran: number[] = [r0];
  let t = d0;
  let p = r0;
  for (const g of usable) {
    p += (g.start - t) * perMs;
    dom.push(g.start, g.end);
    ran.push(p, p + px);
    p += px;
    t = g.end;
  }
  dom.push(d1);
  ran.push(r1);
  return scaleUtc()
    .domain(dom.map((d) => new Date(d)))
    .range(ran);
}

/** Whether an instant lies strictly inside one of the gaps (ticks there would crowd the break). */
export function inGap(t: number, gaps: readonly Gap[]): boolean {
  return gaps.some((g) => t > g.start && t < g.end);
}
