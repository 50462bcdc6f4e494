/** The visible period of a zoomable timeline: pure arithmetic on [start, end] in UTC ms. */

export type View = readonly [number, number];

/** The shortest period a reader can zoom to: one hour. */
export const MIN_VIEW_MS = 36e5;

/**
 * Keeps a view inside the full period and no shorter than `minSpan`:
 * a view wider than the full period becomes the full period; one that
 * runs off an end slides back in.
 */
export function clampView(view: View, full: View, minSpan = MIN_VIEW_MS): [number, number] {
  const fullSpan = full[1] - full[0];
  let span = Math.min(Math.max(view[1] - view[0], Math.min(minSpan, fullSpan)), fullSpan);
  if (!Number.isFinite(span) || span <= 0) span = fullSpan;
  let start = Number.isFinite(view[0]) ? view[0] : full[0];
  start = Math.max(full[0], Math.min(start, full[1] - span));
  return [start, start + span];
}

/**
 * A line that time is drawn along at zoom 1, on which zooming and panning are plain arithmetic: the
 * auto scale's whole-period px (that scale, unmirrored). A view is then always that drawing
 * magnified, so the time under a pointer stays under it and zooming out gives the whole drawing
 * back. Without one, time itself.
 */
export interface ViewWarp {
  /** UTC ms → a position on the line; increasing. */
  (t: number): number;
  /** A position on the line → UTC ms. */
  invert(u: number): Date | number;
}

/** Time itself, as a warp. */
export const TIME: ViewWarp = Object.assign((t: number) => t, {invert: (u: number) => u});

/** How long a view is on the warp's line (in ms without one): what pans move by a share of. */
export function viewLength(view: View, to: ViewWarp = TIME): number {
  return to(view[1]) - to(view[0]);
}

/** Zooms by `factor` (> 1 zooms in) around the instant `center`, which stays where it is on screen. */
export function zoomView(view: View, full: View, factor: number, center = (view[0] + view[1]) / 2, warp = TIME): [number, number] {
  const f = Number.isFinite(factor) && factor > 0 ? factor : 1;
  const [a, b, c] = [warp(view[0]), warp(view[1]), warp(center)];
  return onLine([c - (c - a) / f, c + (b - c) / f], full, warp);
}

/** Moves the view by `delta` (positive: later) on the warp's line (ms on time), keeping its length there. */
export function panView(view: View, full: View, delta: number, warp = TIME): [number, number] {
  const d = Number.isFinite(delta) ? delta : 0;
  return onLine([warp(view[0]) + d, warp(view[1]) + d], full, warp);
}

/** A view given on the warp's line, kept within the whole period (and no shorter than an hour), back in time. */
function onLine([a, b]: View, full: View, warp: ViewWarp): [number, number] {
  const [u0, u1] = [warp(full[0]), warp(full[1])];
  const [s, e] = clampView([a, b], [u0, u1], b - a);
  // At either end exactly where the whole period ends: zoomed out fully is the whole drawing again.
  return clampView([s <= u0 ? full[0] : +warp.invert(s), e >= u1 ? full[1] : +warp.invert(e)], full);
}

/** The view of the same length centred on [start, end), or a view fitting it if it is longer (with a margin). */
export function viewAround(view: View, full: View, start: number, end: number): [number, number] {
  const span = view[1] - view[0];
  const need = (end - start) * 1.2;
  if (need > span) return clampView([start - (need - (end - start)) / 2, start - (need - (end - start)) / 2 + need], full);
  const mid = (start + end) / 2;
  return clampView([mid - span / 2, mid + span / 2], full, span);
}

/**
 * A view that fits some periods with room around them (half their extent, at least six
 * hours each side), as when zooming to the events of a cluster.
 */
export function fitView(spans: readonly {start: number; end: number}[], full: View): [number, number] {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  if (!(end >= start)) return [full[0], full[1]];
  const pad = Math.max((end - start) * 0.5, 6 * 36e5);
  return clampView([start - pad, end + pad], full);
}

/** Whether [start, end) lies wholly inside the view. */
export function inView(view: View, start: number, end: number): boolean {
  return start >= view[0] && end <= view[1];
}

/** Two views equal to the millisecond. */
export function sameView(a: View | undefined | null, b: View | undefined | null): boolean {
  return !!a && !!b && Math.round(a[0]) === Math.round(b[0]) && Math.round(a[1]) === Math.round(b[1]);
}
