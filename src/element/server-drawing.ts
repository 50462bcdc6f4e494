// What only a server draws into the markup: the axis' ticks (which d3-axis draws in a browser) and
// the places of marks, labels and cluster marks as style attributes (which a browser writes through
// the CSSOM, as a strict CSP requires). `article-timeline/ssr` registers the drawing; in a browser
// nothing does, so none of it is in the element's bundle and every hook below gives `undefined`.
// Below them, the widths a layout takes where there is no page layout to read (a server, jsdom).
import type {LayoutCluster, LayoutItem, LayoutResult} from '../layout/index.js';
import type {AxisInput} from './axis.js';

export interface ServerDrawing {
  /** The axis' ticks, as a lit value (a directive's result). */
  ticks(input: AxisInput): unknown;
  /** Style attribute values of an event's box and of its label. */
  itemStyles(item: LayoutItem, vertical: boolean, rtl: boolean): {box: string; label: string};
  clusterStyle(cluster: LayoutCluster, vertical: boolean): string;
  plotStyle(layout: LayoutResult): string;
}

/** The registered drawing: set on a server only. */
export let serverDrawing: ServerDrawing | undefined;

export function registerServerDrawing(drawing: ServerDrawing): void {
  serverDrawing = drawing;
}

/** The font name the layout is given when it must estimate text widths rather than measure them. */
export const ESTIMATED_FONT = 'estimated';

/** The width a server lays out for when the page does not say (`data-ssr-width`). */
export const DEFAULT_SERVER_WIDTH = 800;

/**
 * A DOM with no layout engine (jsdom, happy-dom: every box is 0 wide, the root's too) gets the
 * server's width, so that tests there see the labels. In a browser a 0-wide host is hidden: 0.
 */
export function widthWithoutLayout(): number {
  return document.documentElement.getBoundingClientRect().width ? 0 : DEFAULT_SERVER_WIDTH;
}
