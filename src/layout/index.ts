/** Pure timeline geometry: time scales, label lanes and layout. No DOM. */
export {DAY_MS, safeDomain, tickCount, timeDomain, timeScale} from './scale.js';
export type {Orientation, TimeDomain, TimeDomainOptions} from './scale.js';
export {assignLanes, dodge, IntervalRow} from './lanes.js';
export type {DodgeOptions, LaneLabel, LaneOptions, LanePlacement} from './lanes.js';
export {layoutScale, layoutTimeline, MARK_TARGET_PX, MAX_BAR_ROWS, VERTICAL_LABEL_INSET} from './layout.js';
export type {Leader, LayoutCluster, LayoutInput, LayoutItem, LayoutItemInput, LayoutResult, Margin} from './layout.js';
export {mirrorLayout, mirrorScale} from './mirror.js';
export {clampView, fitView, inView, MIN_VIEW_MS, panView, sameView, viewAround, zoomView} from './view.js';
export type {View} from './view.js';
export {compressedScale, compressedTicks, findGaps, gapLength, inGap} from './compressed.js';
export type {Gap} from './compressed.js';
export {autoScale, spreadPoints} from './auto-scale.js';
export type {AutoScale, AutoScaleItems, AutoScaleOptions} from './auto-scale.js';
export {AUTO_CROWD, AUTO_MAX_LANES} from './horizontal.js';
export {twoLines} from './wrap.js';
export type {TwoLines} from './wrap.js';
