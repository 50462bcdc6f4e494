// The plot: an SVG (axis, compressed-scale breaks, leader lines) under the list of events and cluster marks.
import {html, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import type {UiStrings} from '../i18n/index.js';
import type {LayoutResult} from '../layout/index.js';
import {renderAxisGroup, renderBreak} from './axis.js';
import {clusterFirsts, eventsInOrder, listEntries, renderClusterGroup, type ClusterMarkState} from './clusters.js';
import type {LayoutState} from './layout-state.js';
import {drawnItems, renderEvent, renderLeaders} from './marks.js';
import {activator} from './roving.js';
import {serverDrawing} from './server-drawing.js';

/** The list's listeners: hover, focus, click and keys on the events (delegated). */
export interface PlotHandlers {
  onPointerOver(e: PointerEvent): void;
  onPointerOut(e: PointerEvent): void;
  onFocusIn(e: FocusEvent): void;
  onFocusOut(e: FocusEvent): void;
  onClick(e: MouseEvent): void;
  onKeyDown(e: KeyboardEvent): void;
}

export interface PlotInput {
  layout: LayoutResult;
  state: LayoutState;
  /** The event that holds the roving tabindex (the first in view when none does). */
  focusId: string | undefined;
  selected: string;
  zoomable: boolean;
  uid: string;
  locale: string;
  strings: UiStrings;
  handlers: PlotHandlers;
  clusters: ClusterMarkState;
}

/**
 * Above this many clustered events in view, a cluster is not listed for screen readers (its mark
 * still says how many, and arrow keys still reach each event): the DOM stays small at 10,000 events.
 */
const MAX_LISTED_CLUSTERED = 200;

export function renderPlot(p: PlotInput) {
  const {layout, state, focusId, selected, locale, strings, handlers} = p;
  const {vertical, rtl, gaps, zone, daysAtFinest, textDir} = state;
  const eventTabbable = !p.clusters.focusCluster;
  // Hover and focus change no item here (the open one is marked in updated()), so a thousand
  // items are not re-rendered for each pointer move. Only what is in view is drawn. An event
  // inside a cluster is drawn by its cluster; it gets its own item only while it has the keyboard
  // focus or is selected. Keyed, so that the focused item keeps its element while others come and
  // go as the view changes. The list has no whitespace text between its items (see renderEvent).
  const {focusCluster, hoverCluster} = p.clusters;
  const items = guard([layout, locale, selected, focusId, eventTabbable, strings, focusCluster, hoverCluster], () => {
    const drawn = drawnItems(layout, (id) => state.indexOf(id), [eventTabbable ? focusId : undefined, selected]);
    // A screen reader reads the events of a cluster inside it, unless there are too many to list.
    const listed = layout.clusters.reduce((n, c) => n + c.ids.length, 0) <= MAX_LISTED_CLUSTERED;
    return repeat(
      listEntries(
        drawn,
        clusterFirsts(layout, (id) => state.indexOf(id)),
      ),
      (entry) => ('cluster' in entry ? `cluster ${entry.cluster}` : layout.item(entry.event).id),
      (entry) => {
        if ('cluster' in entry) {
          const cluster = layout.clusters[entry.cluster]!;
          const events = listed ? eventsInOrder(cluster.ids, (id) => state.indexOf(id)).flatMap((i) => state.visibleEvents[i] ?? []) : [];
          return renderClusterGroup(cluster, events, p.clusters, vertical);
        }
        const i = entry.event;
        const item = layout.item(i);
        const event = state.visibleEvents[i]!;
        const tabbable = eventTabbable && event.id === focusId;
        const clustered = item.cluster >= 0;
        const isSelected = selected === event.id;
        // Positions are written after render (placement.ts): a zoom step re-renders no item whose
        // content stays the same.
        const lines = item.labelLines === 2 ? state.linesOf(event) : undefined;
        return guard([event, item.point, item.labelVisible, lines, tabbable, clustered, isSelected, strings, locale], () =>
          renderEvent(event, item, {tabbable, clustered, selected: isSelected, locale, strings, lines, vertical, rtl, textDir}),
        );
      },
    );
  });
  return html`
      <div class=${p.zoomable && !vertical ? 'plot zoomable' : 'plot'} style=${serverDrawing?.plotStyle(layout) ?? nothing}>
        <svg width="100%" height=${layout.height} aria-hidden="true" focusable="false">
          ${renderAxisGroup({layout, gaps, locale, vertical, rtl, zone, daysAtFinest})}
          ${gaps.map((gap) => renderBreak(gap, {layout, gaps, locale, vertical, rtl}))}
          ${guard([layout], () => renderLeaders(layout))}
        </svg>
        <p class="sr-only" id="${p.uid}-help">${strings.instructions}</p>
        <ol
          aria-label=${strings.events}
          aria-describedby="${p.uid}-help"
          @pointerover=${handlers.onPointerOver}
          @pointerout=${handlers.onPointerOut}
          @focusin=${handlers.onFocusIn}
          @focusout=${handlers.onFocusOut}
          @click=${handlers.onClick}
          @keydown=${handlers.onKeyDown}
          @keyup=${(e: KeyboardEvent) => e.key === ' ' && activator(e)?.click()}
        >${items}</ol>
      </div>
    `;
}
