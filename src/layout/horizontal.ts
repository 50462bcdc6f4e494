import {filled, IntervalRow, placeLabels} from './lanes.js';
import {tickCount} from './scale.js';
import {
  AXIS_GAP,
  clusterLoose,
  inViewOrder,
  MARK_TARGET_PX,
  markExtents,
  MAX_BAR_ROWS,
  placeScale,
  withItems,
  type Common,
} from './marks.js';
import type {LayoutItem, LayoutResult} from './types.js';

/**
 * The auto scale's promise is a label for every event that is not in a crowd: up to this many
 * lanes (the drawing grows taller) while no more than {@link AUTO_CROWD} events are in view, on a
 * drawing at least {@link AUTO_LANES_FROM_PX} wide.
 */
export const AUTO_MAX_LANES = 24;
/** Events in view beyond which the auto scale keeps to `maxLanes` and clusters what does not fit. */
export const AUTO_CROWD = 60;

/** Narrower than this, the auto scale keeps to `maxLanes` too: a phone's row has no room for a tall stack. */
export const AUTO_LANES_FROM_PX = 600;

function laneLimit(c: Common & {maxLanes: number}, visible: number): number {
  return c.auto && visible <= AUTO_CROWD && c.width >= AUTO_LANES_FROM_PX
    ? Math.max(c.maxLanes, Math.min(visible, AUTO_MAX_LANES))
    : c.maxLanes;
}

/** Labels in lanes above the marks, bars on rows below the dots, loose marks in clusters. */
export function layoutHorizontal(c: Common & {maxLanes: number}): LayoutResult {
  const {width, margin, items, gap, markSize, pitch} = c;
  const range: [number, number] = [margin.left, Math.max(margin.left, width - margin.right)];
  // Dots that share a day need two marks' width each, to stand a mark's width apart.
  const {scale, gaps, linear, pointAt} = placeScale(c, range, () => 2 * markSize);
  const {x0: X0, x1: X1} = markExtents(scale, items, range, c.minSpan, c.domain, linear, pointAt);
  const visible = inViewOrder(items, X0);
  // Labels may use the whole drawing's width: the margins only hold the axis' tick labels, below the marks.
  const anchors = filled(visible.length);
  const widths = filled(visible.length);
  const wrapWidths = filled(visible.length, NaN);
  const wrapFirst = filled(visible.length);
  let wraps = false;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    anchors[k] = X0[i]!;
    widths[k] = items.labelWidth[i]!;
    // Two lines take two lanes: only where they fit in them.
    if (items.wrapHeight[i]! <= 2 * pitch) {
      wrapWidths[k] = items.wrapWidth[i]!;
      // Two lines come first where one would cut the title, on the auto scale; elsewhere they are only
      // a fallback for a label that fits no lane on one (linear and compressed keep their lanes).
      wrapFirst[k] = c.auto ? items.shortened[i]! : 0;
      wraps ||= !Number.isNaN(wrapWidths[k]!);
    }
  }
  const wrap = wraps ? {width: wrapWidths, first: wrapFirst} : undefined;
  const placed = placeLabels(
    anchors,
    widths,
    null,
    {min: 0, max: width, gap, maxLanes: laneLimit(c, visible.length), slide: c.auto && visible.length <= AUTO_CROWD},
    wrap,
  );
  const laneOf = filled(items.n, -1);
  const labelXOf = filled(items.n);
  const linesOf = filled(items.n, 1);
  let lanes = 0;
  for (let k = 0; k < visible.length; k++) {
    const i = visible[k]!;
    const lane = placed.lane[k]!;
    laneOf[i] = lane;
    labelXOf[i] = placed.x[k]!;
    linesOf[i] = placed.lines[k]!;
    if (lane >= 0 && lane + linesOf[i]! > lanes) lanes = lane + linesOf[i]!;
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
    const lines = labelVisible ? linesOf[i]! : 1;
    const labelHeight = lines === 2 ? items.wrapHeight[i]! : items.labelHeight[i]!;
    // Lane 0 is the lowest; a label on two lines takes its lane and the one above, centred on both.
    const labelY = labelVisible ? top + (lanes - lane - lines) * pitch + (lines * pitch - labelHeight) / 2 : top;
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
      labelWidth: lines === 2 ? items.wrapWidth[i]! : items.labelWidth[i]!,
      labelHeight,
      labelLines: lines,
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
      gaps,
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
