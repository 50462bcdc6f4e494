import type {ScaleTime} from 'd3-scale';
import type {Gap} from './compressed.js';
import type {Orientation} from './scale.js';

/** Space around the plot, px (the axis' tick labels live in it). */
export interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** One event as the layout needs it. */
export interface LayoutItemInput {
  id: string;
  /** Inclusive start, UTC ms. */
  start: number;
  /** Exclusive end, UTC ms. */
  end: number;
  /** Drawn as a dot at the middle of [start, end) (a known day); otherwise a bar covering it. */
  point: boolean;
  /** Measured label size on one line, px (shortened to fit the widest label, if need be). */
  labelWidth: number;
  labelHeight: number;
  /** The label wrapped on two lines, px; absent when the title cannot wrap. */
  wrapWidth?: number;
  wrapHeight?: number;
  /** True when one line shortens the title: two lines, where they fit, are then tried first. */
  shortened?: boolean;
}

/** What {@link layoutTimeline} needs besides the items. */
export interface LayoutInput {
  items: readonly LayoutItemInput[];
  orientation: Orientation;
  /** Width of the whole drawing, px. */
  width: number;
  /**
   * The least height of the drawing. Vertical: it grows to fit its labels. Horizontal: the room
   * left over goes above the labels, so the marks and the axis keep their place.
   */
  height?: number;
  /**
   * Vertical: the longest the axis grows to fit labels, px; default {@link VERTICAL_MAX_LENGTH}.
   * Beyond it, labels that would land far from their marks are hidden and their marks cluster.
   */
  maxLength?: number;
  /** Visible period, UTC ms (see `timeDomain`). */
  domain: readonly [number, number];
  margin: Margin;
  /** Height of one label lane, px (raised to the tallest label if smaller). */
  laneHeight: number;
  /** Horizontal: number of label lanes; labels that fit none are hidden. */
  maxLanes: number;
  /** Space between labels, and between labels and marks, px. */
  labelGap: number;
  /** Least length of a bar along the time axis, px; default 6. */
  minSpanPx?: number;
  /** Empty stretches to compress (see `findGaps`); none for a linear scale. */
  gaps?: readonly Gap[];
  /**
   * Lay the events out on the focus-and-context scale (see `autoScale`): it finds its own breaks
   * (the result's `gaps`) and spreads dots that share a day across it; `gaps` is ignored.
   */
  auto?: boolean;
  /**
   * The whole period, when `domain` is a zoomed view of it: the auto scale is made for the whole
   * period and magnified to the view, so zooming keeps its breaks in place.
   */
  whole?: readonly [number, number];
  /** Thickness of bars and diameter of dots, px; default 10. */
  markSize?: number;
  /**
   * Horizontal: unlabelled marks within twice this (px) of the first of a group merge into a cluster; default 14. Unlabelled
   * bars that find no place in the first {@link MAX_BAR_ROWS} rows of bars join clusters too.
   */
  clusterRadius?: number;
}

/** Marks too close to point at one by one, drawn as one mark that stands for them all. */
export interface LayoutCluster {
  /** The events it stands for, in order along the axis. */
  ids: string[];
  /** Centre, px along the time axis. */
  at: number;
  /** Centre, px across it (the row of dots). */
  cross: number;
  /** Extent of its members' marks along the time axis, px. */
  from: number;
  to: number;
}

/** A straight line from a mark to its label. */
export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One event placed on screen. The mark is the segment (x0, y0)–(x1, y1). */
export interface LayoutItem {
  id: string;
  point: boolean;
  /** Horizontal: px along time (point: `x0 === x1`); vertical: the track's x. */
  x0: number;
  x1: number;
  /** Vertical: px along time (point: `y0 === y1`); horizontal: the track's y. */
  y0: number;
  y1: number;
  /** False when the event lies wholly outside the domain: draw nothing for it. */
  inView: boolean;
  /** Horizontal: label lane (0 nearest the marks); vertical: 0. -1 when the label is hidden. */
  lane: number;
  /** Top-left corner of the label box. */
  labelX: number;
  labelY: number;
  labelWidth: number;
  labelHeight: number;
  /** Lines the label is drawn on: 1, or 2 when it wraps. */
  labelLines: number;
  labelVisible: boolean;
  /** Line from the mark to its label; null when the label is hidden. */
  leader: Leader | null;
  /** Index in `clusters` of the cluster that draws this event, or -1 when it is drawn on its own. */
  cluster: number;
}

/** The whole drawing. */
export interface LayoutResult {
  orientation: Orientation;
  width: number;
  height: number;
  /** Time → px along the time axis; feed it to d3-axis. */
  scale: ScaleTime<number, number>;
  /** The stretches of time the scale skips, each drawn as a labelled break; none on a linear scale. */
  gaps: Gap[];
  /** Tick count to ask d3-axis for. */
  ticks: number;
  /** Px extent of the time axis: x from left to right, or y from top to bottom. */
  range: [number, number];
  /** Translation for the axis group: horizontal `(0, axisY)` for axisBottom, vertical `(axisX, 0)` for axisLeft. */
  axisX: number;
  axisY: number;
  /** Centre line of the marks: y (horizontal) or x (vertical); the other one is 0. */
  trackX: number;
  trackY: number;
  /** Label lanes in use (horizontal); 0 vertically. */
  lanes: number;
  /**
   * One per input item, in input order, made on first read. A zoom step at ten thousand events
   * would otherwise build ten thousand objects for the few hundred in view: prefer `item(i)`.
   */
  readonly items: readonly LayoutItem[];
  /** Number of items: one per input item. */
  count: number;
  /** Item `i` (input order), made when first asked for. */
  item(i: number): LayoutItem;
  /** Whether item `i` is in view, without making it. */
  inView(i: number): boolean;
  /** Index in `clusters` of the cluster that draws item `i`, or -1, without making it. */
  clusterOf(i: number): number;
  /** Clusters along the axis (horizontal; vertical once its axis is at its longest), in order along it; each has two or more events, or (horizontal) one bar with no room. */
  clusters: LayoutCluster[];
  /** Indices into `items` of what is drawn on its own: in view and not in a cluster, in order along the axis. */
  drawn: number[];
}

/** A layout's fields besides its items (see `withItems`). */
export type LayoutFields = Omit<LayoutResult, 'items' | 'count' | 'item' | 'inView' | 'clusterOf'>;
