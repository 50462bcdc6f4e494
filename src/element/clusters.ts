// Cluster marks: one mark for events too close to point at, listing them on hover or focus.
import {html, nothing} from 'lit';
import type {TimelineEvent} from '../document/types.js';
import type {LayoutCluster, LayoutResult} from '../layout/index.js';
import type {UiStrings} from '../i18n/index.js';
import {numberFormat} from '../time/intl-cache.js';
import {dateLabel} from './marks.js';
import {serverDrawing} from './server-drawing.js';

/** What identifies a cluster across renders: its events' ids. */
export function clusterKey(cluster: LayoutCluster): string {
  return cluster.ids.join(' ');
}

/** A cluster's count as its badge shows it, short in the reader's language: `1.2K`, `1,2 Tsd.`, `1200`. */
export function compactCount(n: number, locale: string): string {
  if (n < 1000) return String(n);
  return numberFormat(locale, {notation: 'compact'}).format(n);
}

/** What the cluster marks show and what they do. */
export interface ClusterMarkState {
  /** The cluster that holds the roving tabindex (its key). */
  focusCluster: string | null;
  /** The cluster whose events the detail lists (its key). */
  hoverCluster: string | null;
  /** The detail's id, which describes the hovered cluster. */
  detailId: string;
  locale: string;
  strings: UiStrings;
  /** The pointer entered, or focus came to, a cluster mark: list its events. */
  onShow(key: string, focused: boolean): void;
  /** The pointer or focus left a cluster mark. */
  onLeave(): void;
  /** A click, Enter or Space on a cluster mark. */
  onOpen(ids: string[], byKeyboard: boolean): void;
}

export function renderCluster(cluster: LayoutCluster, s: ClusterMarkState, vertical: boolean) {
  // Its events are looked up on click: at ten thousand events a zoom step redraws thousands of ids.
  const count = cluster.ids.length;
  const key = clusterKey(cluster);
  /* eslint-disable lit-a11y/click-events-have-key-events -- Enter and Space reach it from the list's keydown and keyup (roving.ts, activator) */
  return html`<span
      role="button"
      part="cluster"
      class="cluster"
      data-count=${count}
      data-ids=${key}
      style=${serverDrawing?.clusterStyle(cluster, vertical) ?? nothing}
      tabindex=${s.focusCluster === key ? 0 : -1}
      aria-label=${s.strings.eventsCount(count)}
      aria-describedby=${s.hoverCluster === key ? s.detailId : nothing}
      @pointerenter=${() => s.onShow(key, false)}
      @focus=${() => s.onShow(key, true)}
      @pointerleave=${s.onLeave}
      @blur=${s.onLeave}
      @click=${(e: MouseEvent) => s.onOpen(cluster.ids, e.detail === 0)}
    >${compactCount(count, s.locale)}</span>`;
  /* eslint-enable lit-a11y/click-events-have-key-events */
}

/** A child of the list of events: a drawn event (its index), or a cluster (its index in the layout's). */
export type ListEntry = {event: number} | {cluster: number};

/** The index of each cluster's first event (the layout's clusters, in their order). */
export function clusterFirsts(layout: LayoutResult, indexOf: (id: string) => number | undefined): number[] {
  return layout.clusters.map((c) => c.ids.reduce((min, id) => Math.min(min, indexOf(id) ?? Infinity), Infinity));
}

/**
 * The list's children in time order, so that a screen reader reads the events in order: the drawn
 * events (indices, ascending), and each cluster just before the first of its events. Clusters keep
 * the layout's order among themselves: placement.ts places the cluster marks in that order.
 */
export function listEntries(drawn: readonly number[], firsts: readonly number[]): ListEntry[] {
  const entries: ListEntry[] = [];
  let d = 0;
  let floor = -Infinity;
  firsts.forEach((first, cluster) => {
    floor = Math.max(first, floor);
    while (d < drawn.length && drawn[d]! < floor) entries.push({event: drawn[d++]!});
    entries.push({cluster});
  });
  while (d < drawn.length) entries.push({event: drawn[d++]!});
  return entries;
}

/** The indices of a cluster's events in view, in time order. */
export function eventsInOrder(ids: readonly string[], indexOf: (id: string) => number | undefined): number[] {
  return ids.flatMap((id) => indexOf(id) ?? []).sort((a, b) => a - b);
}

/**
 * A cluster within the list: a group named by its count, holding its mark and, for screen readers,
 * the list of its events (title and date, in time order). Sighted readers get that list from the
 * mark's detail. An event of the cluster that has the keyboard focus (or is selected) also has its
 * own item after the group, as the focus target; the group still lists it in its place.
 */
export function renderClusterGroup(cluster: LayoutCluster, events: readonly TimelineEvent[], s: ClusterMarkState, vertical: boolean) {
  return html`<li class="cluster-item"><div role="group" class="cluster-group" aria-label=${s.strings.eventsCount(cluster.ids.length)}>${renderCluster(
    cluster,
    s,
    vertical,
  )}${
    events.length
      ? html`<ol class="sr-only">${events.map((e) => html`<li>${s.strings.eventName(e.title, dateLabel(e, s.locale))}</li>`)}</ol>`
      : nothing
  }</div></li>`;
}
