// An event's mark and label, and the leader lines from labels to marks.
import {html, nothing, svg} from 'lit';
import type {TimelineEvent} from '../document/types.js';
import type {LayoutItem, LayoutResult} from '../layout/index.js';
import {formatEdtf} from '../time/format.js';
import type {UiStrings} from '../i18n/index.js';
import {titleDirection, type Direction} from '../i18n/direction.js';
import {serverDrawing} from './server-drawing.js';

const dateLabels = new WeakMap<TimelineEvent, {locale: string; text: string}>();

/** An event's date as its label says it, formatted once per locale (Intl formatting is not free). */
export function dateLabel(event: TimelineEvent, locale: string): string {
  const hit = dateLabels.get(event);
  if (hit && hit.locale === locale) return hit.text;
  const text = formatEdtf(event.date, locale);
  dateLabels.set(event, {locale, text});
  return text;
}

/** What one event's item shows besides its event and layout. */
export interface EventItemState {
  tabbable: boolean;
  clustered: boolean;
  selected: boolean;
  locale: string;
  strings: UiStrings;
  /** The label's two lines, when the layout wraps it. */
  lines?: [string, string];
  vertical: boolean;
  rtl: boolean;
  /** The way the article's text runs, for titles that mix both directions. */
  textDir: Direction;
}

/** One drawn event: `item` is in view (see drawnItems). Positions are written after render (placement.ts). */
export function renderEvent(
  event: TimelineEvent,
  item: LayoutItem,
  {tabbable, clustered, selected, locale, strings, lines, vertical, rtl, textDir}: EventItemState,
) {
  const date = dateLabel(event, locale);
  const {from, to, openStart, openEnd} = event.date;
  // Known to a day or finer: solid. A year, month, season, decade or century: coarse.
  const coarse = from.precision !== 'day' && from.precision !== 'second';
  const uncertain = from.uncertain || to.uncertain || from.approximate || to.approximate;
  // An open end fades out (the period goes on); an unknown one too, dashed (it is not known where).
  const ends = `${openStart ? ` ${openStart}-start` : ''}${openEnd ? ` ${openEnd}-end` : ''}`;
  const markClass = `mark ${item.point ? 'point' : 'span'}${coarse ? ' coarse' : ''}${uncertain ? ' uncertain' : ''}${ends}`;
  // Places are style attributes only on a server (see server-drawing.ts); a browser writes them after render.
  const placed = serverDrawing?.itemStyles(item, vertical, rtl);
  // No whitespace between the tags: text nodes in the list are laid out in its flow, and every
  // item inserted or removed would make the browser re-attach its neighbours' boxes.
  return html`<li part="event" class="event" data-event-id=${event.id} ?data-selected=${selected} ?data-clustered=${clustered} style=${placed?.box ?? nothing}><span part="event-mark" class=${markClass}></span><span
      style=${placed?.label ?? nothing}
      role="button"
      part="event-label"
      class=${item.labelVisible ? 'label' : 'label unlabelled'}
      dir=${titleDirection(event.title, textDir) ?? nothing}
      tabindex=${tabbable ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label=${strings.eventName(event.title, date)}
    >${
      // The name is in aria-label: a label with no room has no text to lay out. Two lines are
      // broken where the layout measured them (the space kept, so the text reads as the title);
      // each is cut alike if the font runs wider.
      !item.labelVisible ? nothing : item.labelLines === 2 && lines ? html`${lines[0]} <br />${lines[1]}` : event.title
    }</span></li>`;
}

/** Every leader line in one path: a zoom step changes one attribute, not four per line. */
export function renderLeaders(layout: LayoutResult) {
  let d = '';
  for (const i of layout.drawn) {
    const l = layout.item(i).leader;
    if (l) d += `M${l.x1} ${l.y1}L${l.x2} ${l.y2}`;
  }
  return d ? svg`<path class="leader" d=${d}></path>` : nothing;
}

/**
 * Indices (into the layout's items, which follow the events in view) of the events drawn on their
 * own, in time order: the layout's, plus a clustered event while it is focused or selected.
 */
export function drawnItems(layout: LayoutResult, indexOf: (id: string) => number | undefined, ids: (string | undefined)[]): number[] {
  const drawn = [...layout.drawn];
  for (const id of new Set(ids)) {
    const i = id ? indexOf(id) : undefined;
    if (i !== undefined && layout.inView(i) && layout.clusterOf(i) >= 0) drawn.push(i);
  }
  return drawn.sort((a, b) => a - b);
}
