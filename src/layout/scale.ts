import {scaleUtc} from 'd3-scale';
import type {ScaleTime} from 'd3-scale';

/** One UTC day in milliseconds. */
export const DAY_MS = 864e5;

/** A period of time as `[start, end]` in UTC epoch milliseconds, `start < end`. */
export type TimeDomain = [number, number];

/** Which way time runs on screen. */
export type Orientation = 'horizontal' | 'vertical';

/** Options for {@link timeDomain}. */
export interface TimeDomainOptions {
  /** Explicit start (UTC ms): replaces the computed, padded start (clips or extends the period). */
  start?: number;
  /** Explicit end (UTC ms): replaces the computed, padded end. */
  end?: number;
  /** Fraction of the period added on each side; default 0.03. Any positive padding is at least a tenth of the period, up to a day. */
  padding?: number;
  /** Domain used when no item has a finite date; default `[0, DAY_MS]` (no hidden clock: never "now"). */
  fallback?: TimeDomain;
}

/** Padding on each side of a period shorter than ten days, as a fraction of it. */
const SHORT_SPAN_PADDING = 0.1;

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Makes any pair of numbers a usable domain: finite, and `start < end`
 * (a zero-length or reversed period is widened to a day around its start).
 */
export function safeDomain(domain: readonly [number, number], fallback: TimeDomain = [0, DAY_MS]): TimeDomain {
  let [lo, hi] = domain;
  if (!isFiniteNumber(lo) && !isFiniteNumber(hi)) return [fallback[0], fallback[1]];
  if (!isFiniteNumber(lo)) lo = hi - DAY_MS;
  if (!isFiniteNumber(hi)) hi = lo + DAY_MS;
  if (hi < lo) [lo, hi] = [hi, lo];
  if (hi === lo) return [lo - DAY_MS / 2, hi + DAY_MS / 2];
  return [lo, hi];
}

/**
 * The visible period for some dated items: earliest start to latest end,
 * padded by `padding` of its length on each side (at least a tenth of it, up to a day), unless
 * an explicit `start`/`end` is given for that side.
 * Items without finite dates are ignored; with none left, `fallback` is used.
 */
export function timeDomain(items: readonly {start: number; end: number}[], opts: TimeDomainOptions = {}): TimeDomain {
  const padding = isFiniteNumber(opts.padding) && opts.padding >= 0 ? opts.padding : 0.03;
  let lo = Infinity;
  let hi = -Infinity;
  for (const item of items) {
    for (const t of [item.start, item.end]) {
      if (!isFiniteNumber(t)) continue;
      if (t < lo) lo = t;
      if (t > hi) hi = t;
    }
  }
  let domain: TimeDomain;
  if (lo > hi) {
    domain = safeDomain(opts.fallback ?? [0, DAY_MS]);
  } else {
    // Padding scales with the span: a tenth of it (at most a day) under ten days, so that a day of
    // events fills the width in hours and an hour in minutes, instead of a day of padding each side.
    const span = hi - lo;
    const pad = padding > 0 ? Math.max(span * padding, Math.min(DAY_MS, span * SHORT_SPAN_PADDING)) : 0;
    domain = [lo - pad, hi + pad];
  }
  if (isFiniteNumber(opts.start)) domain[0] = opts.start;
  if (isFiniteNumber(opts.end)) domain[1] = opts.end;
  // An explicit side may cross the other one; keep the explicit side and move the other.
  if (domain[1] <= domain[0]) {
    if (isFiniteNumber(opts.end) && !isFiniteNumber(opts.start)) domain[0] = domain[1] - DAY_MS;
    else domain[1] = domain[0] + DAY_MS;
  }
  return domain;
}

/**
 * A d3 UTC time scale from `domain` (UTC ms) to `range` (px).
 * The domain goes through {@link safeDomain} and a non-finite range end
 * becomes 0, so the scale never returns NaN for a finite date.
 */
export function timeScale(domain: readonly [number, number], range: readonly [number, number]): ScaleTime<number, number> {
  const [lo, hi] = safeDomain(domain);
  const r0 = isFiniteNumber(range[0]) ? range[0] : 0;
  const r1 = isFiniteNumber(range[1]) ? range[1] : r0;
  return scaleUtc()
    .domain([new Date(lo), new Date(hi)])
    .range([r0, r1]);
}

/**
 * How many ticks to ask d3 for along an axis `lengthPx` long, so that the
 * tick labels stay readable: one per ~90 px across, one per ~55 px down, at least 2.
 */
export function tickCount(lengthPx: number, orientation: Orientation = 'horizontal'): number {
  if (!isFiniteNumber(lengthPx) || lengthPx <= 0) return 2;
  const spacing = orientation === 'horizontal' ? 90 : 55;
  return Math.max(2, Math.floor(lengthPx / spacing));
}
