// Keyboard roving: one tab stop in the list; arrows, Home and End move it through events and cluster marks.
import type {TimelineEvent} from '../document/types.js';
import type {LayoutResult} from '../layout/index.js';
import {clusterKey} from './clusters.js';

/** A stop in the keyboard order: an event, or a cluster mark (just before its first event). */
export type RovingEntry = {kind: 'event'; id: string} | {kind: 'cluster'; key: string};

/**
 * The keyboard order: every event in time order (so none is hidden from it), each cluster mark
 * just before the first of its events, so that arrows reach it and Enter zooms to it.
 */
export function rovingOrder(events: readonly TimelineEvent[], layout: LayoutResult): RovingEntry[] {
  const order: RovingEntry[] = [];
  const seen = new Set<number>();
  events.forEach((event, i) => {
    const c = i < layout.count ? layout.clusterOf(i) : -1;
    if (c >= 0 && !seen.has(c)) {
      seen.add(c);
      order.push({kind: 'cluster', key: clusterKey(layout.clusters[c]!)});
    }
    order.push({kind: 'event', id: event.id});
  });
  return order;
}

/**
 * The stop a navigation key moves to from stop `i`, or undefined for another key. The arrows keep
 * their visual sense: in rtl time runs right to left, so ArrowLeft goes to the later event.
 */
export function nextStop(key: string, i: number, count: number, laterIsLeft: boolean): number | undefined {
  const later = laterIsLeft ? 'ArrowLeft' : 'ArrowRight';
  switch (key) {
    case 'ArrowRight':
    case 'ArrowLeft':
      return key === later ? i + 1 : i - 1;
    case 'ArrowDown':
      return i + 1;
    case 'ArrowUp':
      return i - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The event label or cluster mark that Enter or Space activates, if that is what the key is for.
 * Labels and cluster marks are spans with role="button": a <button> costs the browser about five
 * times as much to restyle and lay out, and a zoom step moves every one of them. They activate as
 * buttons do: Enter on keydown, Space on keyup (its keydown must not scroll the page).
 */
export function activator(e: KeyboardEvent): HTMLElement | null {
  const target = e.target as HTMLElement;
  return (e.key === 'Enter' || e.key === ' ') && target.matches('.label, .cluster') ? target : null;
}
