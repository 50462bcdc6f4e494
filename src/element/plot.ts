// The plot: an SVG (axis, compressed-scale breaks, leader lines) under the list of events and cluster marks.
import {html} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import type {UiStrings} from '../i18n/index.js';
import type {LayoutResult} from '../layout/index.js';
import {renderAxisGroup, renderBreak} from './axis.js';
import {renderCluster, type ClusterMarkState} from './clusters.js';
import type {LayoutState} from './layout-state.js';
import {drawnItems, renderEvent, renderLeaders} from './marks.js';
import {activator} from './roving.js';

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

export function renderPlot(p: PlotInput) {
  const {layout, state, focusId, selected, locale, strings, handlers} = p;
  const {vertical, rtl, gaps} = state;
  const eventTabbable = !p.clusters.focusCluster;
  // Hover and focus change no item here (the open one is marked in updated()), so a thousand
  // items are not re-rendered for each pointer move. Only what is in view is drawn. An event
  // inside a cluster is drawn by its cluster; it gets its own item only while it has the keyboard
  // focus or is selected. Keyed, so that the focused item keeps its element while others come and
  // go as the view changes. The list has no whitespace text between its items (see renderEvent).
  const items = guard([layout, locale, selected, focusId, eventTabbable, strings], () =>
    repeat(
      drawnItems(layout, (id) => state.indexOf(id), [eventTabbable ? focusId : undefined, selected]),
      (i) => layout.item(i).id,
      (i) => {
        const item = layout.item(i);
        const event = state.visibleEvents[i]!;
        const tabbable = eventTabbable && event.id === focusId;
        const clustered = item.cluster >= 0;
        const isSelected = selected === event.id;
        // Positions are written after render (placement.ts): a zoom step re-renders no item whose
        // content stays the same.
        return guard([event, item.point, item.labelVisible, tabbable, clustered, isSelected, strings, locale], () =>
          renderEvent(event, item, {tabbable, clustered, selected: isSelected, locale, strings}),
        );
      },
    ),
  );
  return html`
      <div class=${p.zoomable && !vertical ? 'plot zoomable' : 'plot'}>
        <svg width="100%" height=${layout.height} aria-hidden="true" focusable="false">
          ${renderAxisGroup(layout, vertical)}
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
        >${items}${layout.clusters.map((c) => html`<li class="cluster-item">${renderCluster(c, p.clusters)}</li>`)}</ol>
      </div>
    `;
}
