import type {ScaleTime} from 'd3-scale';
import {withItems, type LayoutCluster, type LayoutItem, type LayoutResult, type Leader} from './layout.js';

/**
 * A copy of a time scale whose every output `x` becomes `total - x`: time runs the other way
 * across the same pixels, and `invert` still answers for them. Works for piecewise (compressed)
 * scales too, since only the range changes.
 */
export function mirrorScale(scale: ScaleTime<number, number>, total: number): ScaleTime<number, number> {
  return scale.copy().range(scale.range().map((x) => total - x));
}

/**
 * The same drawing for a right-to-left page. Horizontal: time runs right to left (every x becomes
 * `width - x`; marks keep `x0 <= x1`, label boxes keep their left corner). Vertical: the axis and
 * marks move to the right and the labels to the left of them; y is unchanged. Lists keep their time
 * order (`drawn`, `clusters`), so keyboard order stays chronological. Mirroring twice gives the
 * original back. Pure: the input is not changed.
 */
export function mirrorLayout(layout: LayoutResult): LayoutResult {
  const w = layout.width;
  const x = (v: number) => w - v;
  const horizontal = layout.orientation === 'horizontal';
  const leader = (l: Leader | null): Leader | null => (l ? {...l, x1: x(l.x1), x2: x(l.x2)} : null);
  const item = (i: number): LayoutItem => {
    const it = layout.item(i);
    return {...it, x0: x(it.x1), x1: x(it.x0), labelX: w - it.labelX - it.labelWidth, leader: leader(it.leader)};
  };
  const clusters = layout.clusters.map((c): LayoutCluster =>
    horizontal ? {...c, ids: [...c.ids], at: x(c.at), from: x(c.to), to: x(c.from)} : {...c, ids: [...c.ids], cross: x(c.cross)},
  );
  const [r0, r1] = layout.range;
  return withItems(
    {
      orientation: layout.orientation,
      width: w,
      height: layout.height,
      ticks: layout.ticks,
      gaps: layout.gaps,
      axisY: layout.axisY,
      trackY: layout.trackY,
      lanes: layout.lanes,
      // Along a horizontal axis the scale carries the mirroring; the axis group stays at x = 0.
      scale: horizontal ? mirrorScale(layout.scale, w) : layout.scale,
      range: horizontal ? [x(r1), x(r0)] : [r0, r1],
      axisX: horizontal ? layout.axisX : x(layout.axisX),
      trackX: horizontal ? layout.trackX : x(layout.trackX),
      clusters,
      drawn: [...layout.drawn],
    },
    layout.count,
    item,
    layout.inView,
    layout.clusterOf,
  );
}
