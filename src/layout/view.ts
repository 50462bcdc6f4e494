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

/** Zooms by `factor` (> 1 zooms in) around the instant `center`, which stays where it is on screen. */
export function zoomView(view: View, full: View, factor: number, center = (view[0] + view[1]) / 2): [number, number] {
  const f = Number.isFinite(factor) && factor > 0 ? factor : 1;
  const start = center - (center - view[0]) / f;
  const end = center + (view[1] - center) / f;
  return clampView([start, end], full);
}

/** Moves the view by `deltaMs` (positive: later), keeping its length. */
export function panView(view: View, full: View, deltaMs: number): [number, number] {
  const d = Number.isFinite(deltaMs) ? deltaMs : 0;
  return clampView([view[0] + d, view[1] + d], full, view[1] - view[0]);
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
