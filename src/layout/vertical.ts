import {dodge, filled} from './lanes.js';
import {tickCount} from './scale.js';
import {
  AXIS_GAP,
  clamp,
  clusterLoose,
  inViewOrder,
  labelBox,
  LEADER_PX,
  markExtents,
  placeScale,
  VERTICAL_MAX_SHIFT,
  VERTICAL_MIN_LANES,
  VERTICAL_SPREAD,
  withItems,
  type Common,
} from './marks.js';
import type {LayoutCluster, LayoutItem, LayoutResult} from './types.js';

/** Marks down a track, labels in a dodged column right of it; the drawing grows to fit them. */
export function layoutVertical(c: Common & {maxLength: number}): LayoutResult {
  const {width, margin, items, gap, markSize, pitch} = c;
  const heightOf = (i: number) => labelBox(items, i, c.auto).height;
  let natural = 0;
  for (let i = 0; i < items.n; i++) if (items.inView[i]) natural += heightOf(i) + gap;
  natural *= VERTICAL_SPREAD;
  const least = Math.max(c.height - margin.top - margin.bottom, VERTICAL_MIN_LANES * pitch);
  // Too many labels for the longest axis: label what fits near its mark, cluster the rest.
  const capped = natural > Math.max(least, c.maxLength);
  const length = capped ? Math.max(least, c.maxLength) : Math.max(least, natural);
  const range: [number, number] = [margin.top, margin.top + length];
  // Dots that share a day get their labels' height each, so each label can sit level with its dot.
  const {scale, gaps, linear, pointAt} = placeScale(c, range, (i) => heightOf(i) + gap);
  const {x0: Y0, x1: Y1} = markExtents(scale, items, range, c.minSpan, c.domain, linear, pointAt);

  const axisX = margin.left;
  const trackX = axisX + AXIS_GAP + markSize / 2;
  const labelX = trackX + markSize / 2 + LEADER_PX;
  // A label shorter than its bar starts level with the bar; otherwise it is centred on the mark.
  const want = (i: number) => {
    const h = heightOf(i);
    return Y1[i]! - Y0[i]! > h ? Y0[i]! : (Y0[i]! + Y1[i]!) / 2 - h / 2;
  };
  const visible = inViewOrder(items, Y0);
  const topOf = filled(items.n, NaN);
  const clusterOf = filled(items.n, -1);
  let clusters: LayoutCluster[] = [];
  if (!capped) {
    const tops = dodge(
      visible.map(want),
      visible.map(heightOf),
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
      const h = heightOf(i);
      const top = Math.max(0, want(i), bottom + gap);
      if (top - want(i) <= VERTICAL_MAX_SHIFT * pitch && top + h <= end) {
        topOf[i] = top;
        bottom = top + h;
      } else loose.push(i);
    }
    clusters = clusterLoose(loose, items, Y0, Y1, c.radius, trackX, clusterOf, true);
  }

  let extent = range[1] + margin.bottom;
  for (const i of visible) if (!Number.isNaN(topOf[i]!)) extent = Math.max(extent, topOf[i]! + heightOf(i));
  // Made on demand, as horizontally: a copy of inView, which the next layout of the same items rewrites.
  const inView = items.inView.slice();
  const make = (i: number): LayoutItem => {
    const y0 = Y0[i]!;
    const y1 = Y1[i]!;
    const labelHeight = heightOf(i);
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
      labelWidth: labelBox(items, i, c.auto).width,
      labelHeight,
      labelLines: labelBox(items, i, c.auto).lines,
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
      gaps,
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
