// Positions of marks, labels and cluster marks, written after render through the CSSOM: a strict
// CSP allows that, not style attributes (which lit's styleMap writes on first render).
import type {LayoutResult} from '../layout/index.js';
import {round2} from './shared.js';

/** What place() last gave each element (x, y, width, height, max width): a zoom step writes only what changed. */
const placedStyles = new WeakMap<HTMLElement, number[]>();

/** Sets an element's transform and sizes (px; NaN: none), writing only those that changed. */
export function place(el: HTMLElement, x: number, y: number, width = NaN, height = NaN, maxWidth = NaN): void {
  // Each style written is parsed and restyles the element: a zoom step places hundreds of elements,
  // most of which only move, and a label only when it changes lane.
  let last = placedStyles.get(el);
  if (!last) placedStyles.set(el, (last = [0, 0, NaN, NaN, NaN]));
  const style = el.style;
  if (last[0] !== x || last[1] !== y) style.transform = x || y ? `translate(${x}px, ${y}px)` : '';
  // Object.is: NaN (no size) equals NaN.
  if (!Object.is(last[2], width)) style.width = width === width ? `${width}px` : '';
  if (!Object.is(last[3], height)) style.height = height === height ? `${height}px` : '';
  if (!Object.is(last[4], maxWidth)) style.maxWidth = maxWidth === maxWidth ? `${maxWidth}px` : '';
  last[0] = x;
  last[1] = y;
  last[2] = width;
  last[3] = height;
  last[4] = maxWidth;
}

/**
 * Puts each drawn event's mark and label where the layout says, and the cluster marks and the
 * overview's window. Only styles that changed are written: a hover writes none.
 */
export function placeItems(
  root: ShadowRoot,
  layout: LayoutResult,
  indexOf: (id: string) => number | undefined,
  {vertical, rtl}: {vertical: boolean; rtl: boolean},
  overviewWindow: [x: number, y: number, width: number] | undefined,
): void {
  const plot = root.querySelector<HTMLElement>('.plot');
  if (plot) plot.style.height = `${layout.height}px`;
  const win = root.querySelector<HTMLElement>('.overview-window');
  if (win && overviewWindow) place(win, ...overviewWindow);
  // One per cluster of the layout, in its order (renderPlot).
  root.querySelectorAll<HTMLElement>('.cluster').forEach((button, k) => {
    const cluster = layout.clusters[k]!;
    if (vertical) place(button, cluster.cross, cluster.at);
    else place(button, cluster.at, cluster.cross);
  });
  for (const li of root.querySelectorAll<HTMLElement>('li.event')) {
    const i = indexOf(li.getAttribute('data-event-id') ?? '');
    const item = i === undefined ? undefined : layout.item(i);
    if (!item) continue;
    // The item is one box the size of its mark, moved and sized in one style change per event and
    // zoom step. The mark fills it and an unlabelled label centres on it (the stylesheet); a
    // labelled one sits at an offset that stays the same unless the label changes lane.
    const [ax, ay] = item.point ? [item.x0 - 5, item.y0 - 5] : vertical ? [item.x0 - 4, item.y0] : [item.x0, item.y0 - 4];
    const span = Math.max(6, vertical ? item.y1 - item.y0 : item.x1 - item.x0);
    place(li, ax, ay, item.point ? 10 : vertical ? 8 : span, item.point ? 10 : vertical ? span : 8);
    const label = li.lastElementChild as HTMLElement;
    // Mirrored boxes end at their mark: a full width keeps a text shorter than measured against it.
    if (item.labelVisible)
      place(label, round2(item.labelX - ax), round2(item.labelY - ay), rtl ? item.labelWidth : NaN, NaN, item.labelWidth);
    else place(label, 0, 0);
  }
}
