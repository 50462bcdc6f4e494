// What a server-rendered timeline needs that a browser draws after rendering: the axis' ticks
// (d3-axis draws them into the DOM) and each item's place (the element writes it through the CSSOM).
// Pure: layout in, strings and lit templates out. Registered with the element by render-timeline.ts.
import {unsafeSVG} from 'lit/directives/unsafe-svg.js';
import type {LayoutItem} from '../layout/index.js';
import {VERTICAL_TICK_ROOM, axisTicks, placeTickLabels} from '../element/axis.js';
import {twoLines} from '../layout/wrap.js';
import type {ServerDrawing} from '../element/server-drawing.js';
import {estimateTextWidth} from './text-estimate.js';

export interface Tick {
  /** Position along the axis, in px. */
  at: number;
  label: string;
}

/** Where the element's #placeItems puts an item's box and its label: the same numbers, as CSS. */
export interface ItemPlacement {
  box: {x: number; y: number; width: number; height: number};
  label: {x: number; y: number; width: number; maxWidth: number};
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The box of an item (the size of its mark) and its label's offset from it. */
export function placeItem(item: LayoutItem, vertical: boolean, rtl: boolean): ItemPlacement {
  const [x, y] = item.point ? [item.x0 - 5, item.y0 - 5] : vertical ? [item.x0 - 4, item.y0] : [item.x0, item.y0 - 4];
  const span = Math.max(6, vertical ? item.y1 - item.y0 : item.x1 - item.x0);
  const box = {x, y, width: item.point ? 10 : vertical ? 8 : span, height: item.point ? 10 : vertical ? span : 8};
  const label = item.labelVisible
    ? {x: round2(item.labelX - x), y: round2(item.labelY - y), width: rtl ? item.labelWidth : NaN, maxWidth: item.labelWidth}
    : {x: 0, y: 0, width: NaN, maxWidth: NaN};
  return {box, label};
}

function css(x: number, y: number, width: number, height: number, maxWidth: number): string {
  const parts = [];
  if (x || y) parts.push(`transform:translate(${x}px, ${y}px)`);
  if (width === width) parts.push(`width:${width}px`);
  if (height === height) parts.push(`height:${height}px`);
  if (maxWidth === maxWidth) parts.push(`max-width:${maxWidth}px`);
  return parts.join(';');
}

/** The placement as style attribute values, for HTML written on a server. */
export function placementStyles(p: ItemPlacement): {box: string; label: string} {
  return {
    box: css(p.box.x, p.box.y, p.box.width, p.box.height, NaN),
    label: css(p.label.x, p.label.y, p.label.width, NaN, p.label.maxWidth),
  };
}

/** Text for SVG markup: the tick labels are formatted dates, escaped all the same. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The ticks as d3-axis draws them (a `.domain` path, a `g.tick` per value with its line and text),
 * so the stylesheet styles them alike and d3-axis, once it runs, replaces them. The labels are
 * placed as the element places them ({@link placeTickLabels}: the edge ones anchored inward, a new
 * day's before the others), on estimated widths.
 * Plain markup, not a lit template: the browser renders nothing in this place (d3-axis draws there),
 * and lit's hydration accepts server markup under an empty part only when it has no bindings.
 */
export function serverTicks(
  ticks: readonly Tick[],
  range: readonly [number, number],
  options: {vertical: boolean; rtl: boolean; width: number; fontSizePx: number; major?: readonly boolean[]},
): string {
  const {vertical, rtl} = options;
  const [r0, r1] = range[0] <= range[1] ? range : [range[1], range[0]];
  const tickFontPx = options.fontSizePx * 0.85;
  if (vertical) {
    const k = rtl ? 1 : -1;
    // A label too wide for the margin on two lines, as the element's wrapWideTicks does.
    const text = (label: string) => {
      const split =
        estimateTextWidth(label, tickFontPx) > VERTICAL_TICK_ROOM && twoLines(label, (line) => estimateTextWidth(line, tickFontPx));
      return split
        ? split.lines.map((line, i) => `<tspan x="${k * 9}" dy="${i ? '1.2em' : '-.6em'}">${escapeText(line)}</tspan>`).join('')
        : escapeText(label);
    };
    return `<path class="domain" stroke="currentColor" d="M0,${r0 + 0.5}V${r1 + 0.5}"></path>${ticks
      .map(
        (t) =>
          `<g class="tick" opacity="1" transform="translate(0,${t.at + 0.5})"><line stroke="currentColor" x2="${k * 6}"></line><text fill="currentColor" x="${k * 9}" dy="0.32em" text-anchor="end">${text(t.label)}</text></g>`,
      )
      .join('')}`;
  }
  const places = placeTickLabels(
    ticks.map((t) => ({x: t.at, w: estimateTextWidth(t.label, tickFontPx)})),
    options.major ?? [],
    options.width,
  );
  return `<path class="domain" stroke="currentColor" d="M${r0 + 0.5},0H${r1 + 0.5}"></path>${ticks
    .map((t, i) => {
      const {anchor, hidden} = places[i]!;
      // SVG reads text-anchor in the text's direction: in rtl "end" is the left edge.
      const textAnchor = anchor ? ((anchor === 'left') !== rtl ? 'start' : 'end') : 'middle';
      return `<g class="tick" opacity="1" transform="translate(${t.at + 0.5},0)"><line stroke="currentColor" y2="6"></line><text fill="currentColor" y="9" dy="0.71em" text-anchor="${textAnchor}"${hidden ? ' visibility="hidden"' : ''}>${escapeText(t.label)}</text></g>`;
    })
    .join('')}`;
}

/** The label font's size on a server: the stylesheet's default, 0.875rem. */
const FONT_SIZE_PX = 14;

export const firstPaintDrawing: ServerDrawing = {
  ticks(input) {
    // The values and labels d3-axis gets in the browser (axis.ts).
    const {layout, vertical, rtl} = input;
    const {values, labels, major} = axisTicks(input);
    const ticks = values.map((d, i) => ({at: layout.scale(d), label: labels[i]!}));
    return unsafeSVG(serverTicks(ticks, layout.range, {vertical, rtl, width: layout.width, fontSizePx: FONT_SIZE_PX, major}));
  },
  itemStyles: (item, vertical, rtl) => placementStyles(placeItem(item, vertical, rtl)),
  clusterStyle: (c, vertical) => css(vertical ? c.cross : c.at, vertical ? c.at : c.cross, NaN, NaN, NaN),
  plotStyle: (layout) => `height:${layout.height}px`,
};
