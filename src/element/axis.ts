// The time axis: its SVG group (drawn by d3-axis after render), its tick labels kept inside and
// apart, and the breaks of a compressed scale.
import {nothing, svg} from 'lit';
import {axisBottom, axisLeft, axisRight} from 'd3-axis';
import {select} from 'd3-selection';
import {tickLabels, type TickLabels} from '../time/ticks.js';
import {compressedTicks, gapLength, type Gap} from '../layout/compressed.js';
import type {LayoutResult} from '../layout/index.js';
import type {TimelineEvent} from '../document/types.js';
import {twoLines} from '../layout/wrap.js';
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
 * sparse decade, days in the busy week), its first tick with the larger unit (and so kept before
 * the others, as a new day is). A stretch with one tick is labelled by what the tick falls on: a
 * year, a month's first day, or a day.
 */
function stretchTickLabels(values: readonly Date[], gaps: readonly Gap[], locale: string, zone: boolean): TickLabels {
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
  const major: boolean[] = [];
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
    const own = tickLabels(group.length > 1 ? group : [only, new Date(+only + step)], locale, {zone});
    group.forEach((_, i) => {
      labels.push(own.labels[i]!);
      // A stretch after the first begins after a break: its first label names where the axis resumes.
      major.push(own.major[i]! || (i === 0 && major.length > 0));
    });
  }
  return {labels, major};
}

/**
 * The axis' tick values and their labels, as the browser draws them and a server writes them:
 * on a scale with breaks, each stretch ticked at its own step; else d3's ticks.
 */
export function axisTicks({layout, gaps, locale, vertical, zone = true, daysAtFinest}: AxisInput): TickLabels & {values: Date[]} {
  const values = gaps.length
    ? compressedTicks(layout.scale, gaps, vertical ? 55 : 90, daysAtFinest ? DAY : 0)
    : layout.scale.ticks(layout.ticks);
  return {values, ...(gaps.length ? stretchTickLabels(values, gaps, locale, zone) : tickLabels(values, locale, {zone}))};
}

/** The room for a vertical axis' tick label: the margin, less the 9 px d3-axis puts between label and axis (6 of tick, 3 of padding). */
export const VERTICAL_TICK_ROOM = VERTICAL_MARGIN.left - 9;

/** Where a tick label goes on a horizontal axis: anchored at the left or right edge to stay inside, and whether it is hidden. */
export interface TickPlace {
  anchor?: 'left' | 'right';
  hidden: boolean;
}

/**
 * Places the tick labels of a horizontal axis `width` px wide, given each tick's x and its label's
 * width: the leftmost and rightmost are anchored inward where centring them would cut them; then
 * the labels that begin a new day, month or year (`major`) are shown first, the first tick's next,
 * then the rest from left to right, each only where it keeps 6 px from every label already shown.
 * So a long first label ("Mar 19, 18:00") or dense ticks never hide the next day's name. Pure.
 */
export function placeTickLabels(ticks: readonly {x: number; w: number}[], major: readonly boolean[], width: number): TickPlace[] {
  const order = ticks.map((_, i) => i).sort((a, b) => ticks[a]!.x - ticks[b]!.x);
  const places = ticks.map(({x, w}, i): TickPlace & {left: number; right: number} => {
    const edge = i === order[0] || i === order[order.length - 1];
    const anchor = edge && x < w / 2 ? 'left' : edge && x + w / 2 > width ? 'right' : undefined;
    const left = anchor === 'left' ? x : anchor ? x - w : x - w / 2;
    return {anchor, hidden: true, left, right: left + w};
  });
  const shown: typeof places = [];
  const rank = (i: number) => (major[i] ? 0 : i ? 2 : 1);
  for (const i of order.sort((a, b) => rank(a) - rank(b))) {
    const p = places[i]!;
    if (shown.every((q) => p.left >= q.right + 6 || p.right + 6 <= q.left)) {
      p.hidden = false;
      shown.push(p);
    }
  }
  return places;
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

  draw(group: SVGGElement | null | undefined, input: AxisInput): void {
    const {layout, locale, vertical, rtl} = input;
    if (!group) return;
    // Redraw only for a new layout or locale (or a new axis group after a re-render), not on hover.
    const key = [layout, locale, group] as const;
    if (this.key && this.key.every((v, i) => v === key[i])) return;
    this.key = key;
    const {scale} = layout;
    const {values, labels, major} = axisTicks(input);
    // Vertical rtl: the axis stands right of the labels, its tick labels outside it on the right.
    const axis = (vertical ? (rtl ? axisRight : axisLeft)(scale) : axisBottom(scale))
      .tickValues(values)
      .tickFormat((_, i) => labels[i] ?? '')
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
    if (vertical) wrapWideTicks(group, VERTICAL_TICK_ROOM, this.tickFont ?? '');
    else {
      keepTickLabelsApart(group, layout.width, this.tickFont ?? '', rtl, major);
      keepBreakLabelsApart(group, this.tickFont ?? '');
    }
  }
}

/**
 * Two breaks close together ("3 months", "2 months" either side of a short stretch) would write
 * their lengths over each other: from left to right, a length that would touch the one before is
 * hidden (its break mark stays, and its `data-skips`). Widths from the ticks' font at the breaks'
 * size (.75em against the ticks' .85em).
 */
function keepBreakLabelsApart(axis: SVGGElement, font: string): void {
  let end = -Infinity;
  const breaks = [...(axis.parentNode as Element).querySelectorAll<SVGTextElement>('.axis-break text')]
    .map((text) => ({text, x: tickX(text.parentNode as SVGGElement), w: (measureLabel(text.textContent ?? '', font) * 0.75) / 0.85}))
    .sort((a, b) => a.x - b.x);
  for (const {text, x, w} of breaks) {
    if (x - w / 2 < end + 6) text.setAttribute('visibility', 'hidden');
    else {
      text.removeAttribute('visibility');
      end = x + w / 2;
    }
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
    const split = measureLabel(label, font) > room && twoLines(label, (line) => measureLabel(line, font));
    if (!split) continue;
    text.textContent = '';
    split.lines.forEach((line, i) => {
      const span = text.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'tspan'));
      span.setAttribute('x', text.getAttribute('x') ?? '0');
      span.setAttribute('dy', i ? '1.2em' : '-.6em');
      span.textContent = line;
    });
  }
}

/** Anchors the edge tick labels inward and hides those that would touch another ({@link placeTickLabels}). */
function keepTickLabelsApart(group: SVGGElement, width: number, font: string, rtl: boolean, major: readonly boolean[]): void {
  // d3-axis keeps the ticks in the order of their values, as `major` is.
  const texts = [...group.querySelectorAll<SVGTextElement>('.tick text')];
  // Widths from the canvas in the ticks' font: asking the SVG (getComputedTextLength) would force a
  // layout of the whole drawing in the middle of an update, on every zoom step.
  const places = placeTickLabels(
    texts.map((text) => ({x: tickX(text.parentNode as SVGGElement), w: measureLabel(text.textContent ?? '', font)})),
    major,
    width,
  );
  texts.forEach((text, i) => {
    const {anchor, hidden} = places[i]!;
    // Anchors follow the text's direction: in rtl "end" is the left edge.
    if (anchor) text.setAttribute('text-anchor', (anchor === 'left') !== rtl ? 'start' : 'end');
    else text.removeAttribute('text-anchor');
    if (hidden) text.setAttribute('visibility', 'hidden');
    else text.removeAttribute('visibility');
  });
}

/** A tick's x, from d3-axis' `translate(x,0)`: through the SVG DOM, or the attribute where there is none (jsdom). */
function tickX(tick: SVGGElement): number {
  const matrix = tick.transform?.baseVal?.consolidate?.()?.matrix;
  if (matrix) return matrix.e;
  return parseFloat(/translate\(\s*([-+\d.e]+)/.exec(tick.getAttribute('transform') ?? '')?.[1] ?? '0') || 0;
}
