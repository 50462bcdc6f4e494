import type {ScaleTime} from 'd3-scale';
import {safeDomain} from './scale.js';
import type {Gap} from './compressed.js';
import {layoutHorizontal} from './horizontal.js';
import {layoutVertical} from './vertical.js';
import {
  DEFAULT_CLUSTER_RADIUS,
  DEFAULT_MARK_SIZE,
  DEFAULT_MIN_SPAN_PX,
  labelBox,
  nonNegative,
  placeScale,
  spans,
  VERTICAL_MAX_LENGTH,
  type Common,
} from './marks.js';
import type {LayoutInput, LayoutResult, Margin} from './types.js';

export type {Leader, LayoutCluster, LayoutInput, LayoutItem, LayoutItemInput, LayoutResult, Margin} from './types.js';
export {MARK_TARGET_PX, MAX_BAR_ROWS, VERTICAL_LABEL_INSET, VERTICAL_MAX_LENGTH, withItems} from './marks.js';

/**
 * Places every event of a timeline: marks along a d3 UTC scale, labels in
 * lanes above the marks (horizontal) or in a dodged column right of the axis
 * (vertical, which grows as long as its labels need). Pure: no DOM; label
 * sizes are measured by the caller. All coordinates are finite, whatever the
 * input. Items come back in input order.
 */
export function layoutTimeline(input: LayoutInput): LayoutResult {
  const common = commonOf(input);
  return input.orientation === 'vertical'
    ? layoutVertical({...common, maxLength: nonNegative(input.maxLength, VERTICAL_MAX_LENGTH)})
    : layoutHorizontal({...common, maxLanes: nonNegative(input.maxLanes)});
}

/**
 * The time scale a layout of `input` would use over `range` (px), and its breaks, without laying
 * anything out: the element's whole-period scale for gestures and the overview while zoomed.
 */
export function layoutScale(input: LayoutInput, range: [number, number]): {scale: ScaleTime<number, number>; gaps: Gap[]} {
  const c = commonOf(input);
  const vertical = input.orientation === 'vertical';
  const {scale, gaps} = placeScale(c, range, vertical ? (i) => labelBox(c.items, i, c.auto).height + c.gap : () => 2 * c.markSize);
  return {scale, gaps};
}

function commonOf(input: LayoutInput): Common {
  const margin: Margin = {
    top: nonNegative(input.margin?.top),
    right: nonNegative(input.margin?.right),
    bottom: nonNegative(input.margin?.bottom),
    left: nonNegative(input.margin?.left),
  };
  const width = nonNegative(input.width);
  const domain = safeDomain(input.domain);
  const items = spans(input.items ?? [], domain);
  const gap = nonNegative(input.labelGap);
  const minSpan = nonNegative(input.minSpanPx, DEFAULT_MIN_SPAN_PX);
  const markSize = nonNegative(input.markSize, DEFAULT_MARK_SIZE);
  // A lane is at least as tall as the tallest label, so labels of adjacent lanes never overlap.
  let pitch = nonNegative(input.laneHeight);
  for (let i = 0; i < items.n; i++) pitch = Math.max(pitch, items.labelHeight[i]!);
  const radius = nonNegative(input.clusterRadius, DEFAULT_CLUSTER_RADIUS);
  return {
    width,
    domain,
    items,
    gap,
    minSpan,
    markSize,
    pitch,
    margin,
    radius,
    gaps: input.gaps ?? [],
    auto: !!input.auto,
    whole: input.whole,
    height: nonNegative(input.height),
  };
}
