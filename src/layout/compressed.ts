import {scaleUtc, type ScaleTime} from 'd3-scale';
import {numberFormat} from '../time/intl-cache.js';
import {isEnglish} from '../time/english.js';

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
  {minFraction = 0.02, minMs = 30 * DAY}: {minFraction?: number; minMs?: number} = {},
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
 * A monotonic piecewise-linear UTC scale. Each gap takes `gapPx`; the stretches
 * between gaps share the rest of the range by the logarithm of their length, so
 * a fortnight of news is not crushed by a year-long event (each stretch is linear
 * inside, and the break marks between them say where the rate changes). With no
 * gaps it is the plain linear scale.
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
  if (!usable.length)
    return scaleUtc()
      .domain([new Date(d0), new Date(d1)])
      .range([r0, r1]);
  const px = Math.max(0, Math.min(gapPx, ((r1 - r0) * 0.5) / usable.length));
  const pieces: [number, number][] = [];
  let t = d0;
  for (const g of usable) {
    pieces.push([t, g.start]);
    t = g.end;
  }
  pieces.push([t, d1]);
  const weights = pieces.map(([a, b]) => 1 + Math.log2(1 + Math.max(0, b - a) / DAY));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const rest = r1 - r0 - px * usable.length;
  const dom: number[] = [];
  const ran: number[] = [];
  let p = r0;
  pieces.forEach(([a, b], i) => {
    dom.push(a, b);
    ran.push(p, (p += (rest * weights[i]!) / total));
    p += px;
  });
  return scaleUtc()
    .domain(dom.map((d) => new Date(d)))
    .range(ran);
}

/** Whether an instant lies strictly inside one of the gaps (ticks there would crowd the break). */
export function inGap(t: number, gaps: readonly Gap[]): boolean {
  return gaps.some((g) => t > g.start && t < g.end);
}

/**
 * Ticks for a scale with breaks (compressed or auto): each stretch between gaps gets its own nice
 * ticks, as many as its on-screen length allows (one per `spacing` px), so the dense fortnight is
 * ticked in days while the sparse decade is ticked in years. A stretch too short for that still
 * gets one tick where it keeps `spacing * 0.6` px from the others, so every stretch says where it
 * is. With `minStep` (ms), only ticks on a multiple of it are kept: a day (UTC midnight) when the
 * events are known to the day at best, so that dots spread across their day never read as times.
 */
export function compressedTicks(scale: ScaleTime<number, number>, gaps: readonly Gap[], spacing: number, minStep = 0): Date[] {
  const domain = scale.domain();
  const d0 = +domain[0]!;
  const d1 = +domain[domain.length - 1]!;
  const pieces: [number, number][] = [];
  let t = d0;
  for (const g of gaps) {
    if (g.start > t) pieces.push([t, g.start]);
    t = Math.max(t, g.end);
  }
  if (d1 > t) pieces.push([t, d1]);
  const aligned = (tick: Date) => !(minStep > 0) || ((+tick % minStep) + minStep) % minStep === 0;
  const out: Date[] = [];
  const short: [number, number][] = [];
  for (const [a, b] of pieces) {
    const px = Math.abs(scale(b) - scale(a));
    const n = Math.floor(px / spacing);
    if (n < 1) {
      short.push([a, b]);
      continue;
    }
    for (const tick of scaleUtc().domain([a, b]).ticks(n)) if (+tick >= a && +tick <= b && aligned(tick)) out.push(tick);
  }
  for (const [a, b] of short) {
    const tick = scaleUtc()
      .domain([a, b])
      .ticks(1)
      .find((d) => +d >= a && +d <= b && aligned(d));
    if (!tick) continue;
    const x = scale(tick);
    if (out.every((o) => Math.abs(scale(o) - x) >= spacing * 0.6)) out.push(tick);
  }
  return out.sort((p, q) => +p - +q);
}

/** "4 years", "7 months", "12 days", "5 hours" in a locale: how much time a gap skips (never "0 days"). */
export function gapLength(gap: Gap, locale: string): string {
  const days = (gap.end - gap.start) / DAY;
  const [value, unit] =
    days >= 365
      ? [Math.round(days / 365.25), 'year']
      : days >= 45
        ? [Math.round(days / 30.44), 'month']
        : days >= 0.75
          ? [Math.max(1, Math.round(days)), 'day']
          : days * 24 >= 0.75
            ? [Math.max(1, Math.round(days * 24)), 'hour']
            : [Math.max(1, Math.round(days * 1440)), 'minute'];
  // English is written here: a first Intl number format would load the browser's locale data (english.ts).
  try {
    if (!isEnglish(locale)) return numberFormat(locale, {style: 'unit', unit, unitDisplay: 'long'}).format(value);
  } catch {}
  return `${String(value).replace(/\B(?=(\d{3})+$)/g, ',')} ${unit}${value === 1 ? '' : 's'}`;
}
