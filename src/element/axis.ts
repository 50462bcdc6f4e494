// The time axis: its SVG group (drawn by d3-axis after render), its tick labels kept inside and
// apart, and the breaks of a compressed scale.
import {nothing, svg} from 'lit';
import {axisBottom, axisLeft, axisRight} from 'd3-axis';
import {select} from 'd3-selection';
import {tickFormat} from '../time/ticks.js';
import {compressedTicks, gapLength, type Gap} from '../layout/compressed.js';
import type {LayoutResult} from '../layout/index.js';
import type {TimelineEvent} from '../document/types.js';
import {measureLabel} from './measure.js';
import {serverDrawing} from './server-drawing.js';
import {VERTICAL_MARGIN} from './shared.js';

/** What the axis is drawn from. */
export interface AxisInput {
  layout: LayoutResult;
  gaps: Gap[];
  locale: string;
  vertical: boolean;
  rtl: boolean;
  /** Name the zone (UTC) on the hours, as the details do; false when every time shown was written without one. */
  zone?: boolean;
  /** No event is known to the time of day: ticks on a scale with breaks fall on days at the finest. */
  daysAtFinest?: boolean;
}

/** Whether the axis names a zone on its hours: unless every date-time drawn is a local time, zone unknown. */
export function axisNamesZone(events: readonly TimelineEvent[]): boolean {
  const times = events.filter((e) => e.date.from.precision === 'second' || e.date.to.precision === 'second');
  return !times.length || !times.every((e) => e.date.from.localTime || e.date.to.localTime);
}

/**
 * The axis' group, empty until `AxisDrawing.draw` fills it after render; on a server, with its ticks.
 * (A browser taking over a server-rendered root leaves those to d3-axis, which replaces them.)
 */
export function renderAxisGroup(input: AxisInput) {
  const {layout, vertical} = input;
  const ticks = serverDrawing?.ticks(input) ?? nothing;
  // A group of its own per orientation: d3-axis sets a tick's x or y attributes, not both,
  // so ticks kept from a horizontal axis (a phone turned) would keep their y2 and slant.
  return vertical
    ? svg`<g part="axis" class="axis" transform="translate(${layout.axisX},0)">${ticks}</g>`
    : svg`<g part="axis" class="axis" transform="translate(0,${layout.axisY})">${ticks}</g>`;
}

/** A compressed gap on the axis: a break mark and how much time it skips (turned with a vertical axis). */
export function renderBreak(gap: Gap, {layout, locale, vertical: v, rtl}: AxisInput) {
  const a = layout.scale(gap.start);
  const b = layout.scale(gap.end);
  const mid = (a + b) / 2;
  const len = Math.abs(b - a);
  const label = gapLength(gap, locale);
  return svg`<g part="axis-break" class="axis-break" data-skips=${label} transform="translate(${v ? layout.axisX : mid},${v ? mid : layout.axisY})">
          <g transform=${v ? 'rotate(90)' : nothing}>
            <rect class="break-gap" x=${-len / 2} y="-4" width=${len} height="8"></rect>
            <line x1="-5" y1="6" x2="-1" y2="-6"></line><line x1="1" y1="6" x2="5" y2="-6"></line>
          </g>
          <text x=${v ? (rtl ? 9 : -9) : 0} y=${v ? 0 : 18} dy=${v ? '0.32em' : '0.71em'} text-anchor=${v ? 'end' : 'middle'}>${label}</text>
        </g>`;
}

const DAY = 864e5;

/**
 * Tick labels for a scale with breaks: each stretch is labelled at its own step (years in the
 * sparse decade, days in the busy week), its first tick with the larger unit. A stretch with one
 * tick is labelled by what the tick falls on: a year, a month's first day, or a day.
 */
function stretchTickFormat(values: readonly Date[], gaps: readonly Gap[], locale: string, zone: boolean): (d: Date, i: number) => string {
  const groups: Date[][] = [];
  let g = 0;
  for (const v of values) {
    let next = g;
    while (next < gaps.length && +v >= gaps[next]!.end) next++;
    if (!groups.length || next !== g) groups.push([]);
    g = next;
    groups[groups.length - 1]!.push(v);
  }
  const labels: string[] = [];
  for (const group of groups) {
    const only = group[0]!;
    // One tick: a neighbour one step on, for the step its alignment says.
    const date = new Date(only);
    const step =
      date.getUTCMonth() === 0 && date.getUTCDate() === 1 && +date % DAY === 0
        ? 366 * DAY
        : date.getUTCDate() === 1 && +date % DAY === 0
          ? 31 * DAY
          : DAY;
    const ticks = group.length > 1 ? group : [only, new Date(+only + step)];
    const format = tickFormat(ticks, locale, {zone});
    group.forEach((d, i) => labels.push(format(d, i)));
  }
  return (_d, i) => labels[i] ?? '';
}

/** Draws the axis with d3-axis into its group, only when the layout, locale or group changed. */
export class AxisDrawing {
  private key?: readonly unknown[];
  /** The axis' tick font (CSS shorthand), read on the first draw after a data, size or font change. */
  private tickFont?: string;

  /** The data, size or font changed: read the ticks' font again on the next draw. */
  forgetFont(): void {
    this.tickFont = undefined;
  }

  draw(group: SVGGElement | null | undefined, {layout, gaps, locale, vertical, rtl, zone = true, daysAtFinest}: AxisInput): void {
    if (!group) return;
    // Redraw only for a new layout or locale (or a new axis group after a re-render), not on hover.
    const key = [layout, locale, group] as const;
    if (this.key && this.key.every((v, i) => v === key[i])) return;
    this.key = key;
    const {scale, ticks} = layout;
    const values = gaps.length ? compressedTicks(scale, gaps, vertical ? 55 : 90, daysAtFinest ? DAY : 0) : scale.ticks(ticks);
    const format = gaps.length ? stretchTickFormat(values, gaps, locale, zone) : tickFormat(values, locale, {zone});
    // Vertical rtl: the axis stands right of the labels, its tick labels outside it on the right.
    const axis = (vertical ? (rtl ? axisRight : axisLeft)(scale) : axisBottom(scale))
      .tickValues(values)
      .tickFormat((d, i) => format(d as Date, i))
      .tickSizeOuter(0);
    select(group)
      .call(axis)
      // d3-axis sets a font-family attribute; let the stylesheet decide.
      .attr('font-family', null)
      .attr('font-size', null)
      // SVG reads text-anchor in the text's direction: "end" puts a vertical axis' labels outside it in ltr
      // (left) and in rtl (right). d3-axis sets its anchor only on a new group, so set it on every draw.
      .attr('text-anchor', vertical ? 'end' : 'middle');
    // The ticks' font is read once per data, size and font change (reading it forces a style
    // recalculation of the whole drawing, which a zoom step would otherwise pay twice).
    const first = group.querySelector<SVGTextElement>('.tick text');
    if (!this.tickFont && first) {
      const style = getComputedStyle(first);
      this.tickFont = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    }
    // d3-axis puts a label 9 px from the axis (6 of tick, 3 of padding).
    if (vertical) wrapWideTicks(group, VERTICAL_MARGIN.left - 9, this.tickFont ?? '');
    else keepEdgeTicksInside(group, layout.width, this.tickFont ?? '', rtl);
  }
}

/**
 * A vertical axis' labels stand in the margin beside it: one too wide for it ("Feb 5, 2023" in a
 * phone's 76 px) goes on two lines, split where the longer line is shortest, centred on its tick, rather than
 * being cut at the drawing's edge.
 */
function wrapWideTicks(group: SVGGElement, room: number, font: string): void {
  for (const text of group.querySelectorAll<SVGTextElement>('.tick text')) {
    const label = text.textContent ?? '';
    if (!label.includes(' ') || measureLabel(label, font) <= room) continue;
    // The split whose longer line is the shortest ("5 февр." and "2023 г.", not "5 февр. 2023" and "г.").
    const width = (i: number) => Math.max(measureLabel(label.slice(0, i), font), measureLabel(label.slice(i + 1), font));
    let cut = label.indexOf(' ');
    for (let i = cut; i >= 0; i = label.indexOf(' ', i + 1)) if (width(i) < width(cut)) cut = i;
    text.textContent = '';
    [label.slice(0, cut), label.slice(cut + 1)].forEach((line, i) => {
      const span = text.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
      span.setAttribute('x', text.getAttribute('x') ?? '0');
      span.setAttribute('dy', i ? '1.2em' : '-.6em');
      span.textContent = line;
    });
  }
}

/**
 * Anchors the first and last tick labels inward when centring them would cut them at
 * the edges, then hides any label that would touch the one before it.
 */
function keepEdgeTicksInside(group: SVGGElement, width: number, font: string, rtl: boolean): void {
  const texts = [...group.querySelectorAll<SVGTextElement>('.tick text')];
  for (const text of texts) {
    text.removeAttribute('text-anchor');
    text.removeAttribute('visibility');
  }
  // Widths from the canvas in the ticks' font: asking the SVG (getComputedTextLength) would force a
  // layout of the whole drawing in the middle of an update, on every zoom step.
  // Anchors follow the text's direction: in rtl "end" is the left edge.
  const [leftEdge, rightEdge] = rtl ? ['end', 'start'] : ['start', 'end'];
  const boxes = texts.map((text) => ({
    x: tickX(text.parentNode as SVGGElement),
    w: measureLabel(text.textContent ?? '', font),
  }));
  let lastRight = -Infinity;
  // Left to right, whichever way time runs (in rtl the first tick is the rightmost).
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x - boxes[b]!.x);
  order.forEach((i, k) => {
    const {x, w} = boxes[i]!;
    const text = texts[i]!;
    const edge = k === 0 || k === texts.length - 1;
    let left = x - w / 2;
    if (edge && left < 0) {
      text.setAttribute('text-anchor', leftEdge);
      left = x;
    } else if (edge && x + w / 2 > width) {
      text.setAttribute('text-anchor', rightEdge);
      left = x - w;
    }
    if (left < lastRight + 6) text.setAttribute('visibility', 'hidden');
    else lastRight = left + w;
  });
}

/** A tick's x, from d3-axis' `translate(x,0)`: through the SVG DOM, or the attribute where there is none (jsdom). */
function tickX(tick: SVGGElement): number {
  const matrix = tick.transform?.baseVal?.consolidate?.()?.matrix;
  if (matrix) return matrix.e;
  return parseFloat(/translate\(\s*([-+\d.e]+)/.exec(tick.getAttribute('transform') ?? '')?.[1] ?? '0') || 0;
}
