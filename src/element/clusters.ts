// Cluster marks: one mark for events too close to point at, listing them on hover or focus.
import {html, nothing} from 'lit';
import type {LayoutCluster} from '../layout/index.js';
import type {UiStrings} from '../i18n/index.js';

/** What identifies a cluster across renders: its events' ids. */
export function clusterKey(cluster: LayoutCluster): string {
  return cluster.ids.join(' ');
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** A cluster's count as its badge shows it, short in the reader's language: `1.2K`, `1,2 Tsd.`, `1200`. */
export function compactCount(n: number, locale: string): string {
  if (n < 1000) return String(n);
  let format = compactFormats.get(locale);
  if (!format) compactFormats.set(locale, (format = new Intl.NumberFormat(locale, {notation: 'compact'})));
  return format.format(n);
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

export function renderCluster(cluster: LayoutCluster, s: ClusterMarkState) {
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
