import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineEvent} from '../../document/types.js';
import type {LayoutResult} from '../../layout/index.js';
import {clusterKey, type ClusterMarkState} from '../clusters.js';
import type {LayoutState} from '../layout-state.js';
import type {PlotHandlers} from '../plot.js';
import {activator, nextStop, rovingOrder, type RovingEntry} from '../roving.js';
import {HOVER_CLOSE_DELAY} from '../shared.js';

/** What the focus needs of the element. */
export interface FocusCallbacks {
  /** The id of the selected (pinned) event, or ''. */
  selected(): string;
  /** A click on an event: select it, or unselect it. */
  onToggle(id: string): void;
  /** Zoom keys (+, −, 0, Shift + arrows); true when the key was one. */
  onZoomKey(e: KeyboardEvent): boolean;
  /** Escape: close the open detail. */
  onClose(): void;
  /** Arrows reached an event. */
  onFocusEvent(id: string): void;
  /** A cluster mark was clicked or activated from the keyboard. */
  onOpenCluster(events: TimelineEvent[], byKeyboard: boolean): void;
}

/**
 * Which event's detail shows (hovered, focused, or pinned by `selected`), which cluster's list
 * shows, and where the keyboard focus is: a roving tab stop through events and cluster marks.
 */
export class FocusController implements ReactiveController {
  #activeId: string | null = null;
  #focusId: string | null = null;
  #dismissed = false;
  #hoverCluster: string | null = null;
  #focusCluster: string | null = null;
  /** Focus the roving stop after the next render. */
  pending = false;
  #hoverTimer?: ReturnType<typeof setTimeout>;
  #roving?: {layout: LayoutResult; order: RovingEntry[]};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly laid: LayoutState,
    private readonly callbacks: FocusCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#hoverTimer);
  }

  #set<T>(old: T, value: T): T {
    if (old !== value) this.host.requestUpdate();
    return value;
  }

  /** The event hovered or focused (a transient detail). */
  get activeId(): string | null {
    return this.#activeId;
  }
  set activeId(id: string | null) {
    this.#activeId = this.#set(this.#activeId, id);
  }
  /** The event that holds the roving tabindex. */
  get focusId(): string | null {
    return this.#focusId;
  }
  set focusId(id: string | null) {
    this.#focusId = this.#set(this.#focusId, id);
  }
  /** Escape hides a focus-driven detail until focus moves on. */
  get dismissed(): boolean {
    return this.#dismissed;
  }
  set dismissed(value: boolean) {
    this.#dismissed = this.#set(this.#dismissed, value);
  }
  /** The cluster under the pointer or focus (its ids joined by spaces): the detail lists its events. */
  get hoverCluster(): string | null {
    return this.#hoverCluster;
  }
  set hoverCluster(key: string | null) {
    this.#hoverCluster = this.#set(this.#hoverCluster, key);
  }
  /** The cluster that holds the roving tabindex (its key), or null when an event holds it. */
  get focusCluster(): string | null {
    return this.#focusCluster;
  }
  set focusCluster(key: string | null) {
    this.#focusCluster = this.#set(this.#focusCluster, key);
  }

  /** The event whose detail shows: the hovered/focused one, else the pinned one. */
  get openId(): string | null {
    const selected = this.callbacks.selected();
    const visible = (id: string | null) => (id && this.laid.has(id) ? id : null);
    if (this.dismissed && !selected) return null;
    return visible(this.dismissed ? null : this.activeId) ?? visible(selected || null);
  }

  /** Shows an event's detail and gives it the keyboard focus (after the next render). */
  focus(id: string): void {
    this.focusId = id;
    this.focusCluster = null;
    this.activeId = id;
    this.dismissed = false;
    this.pending = true;
  }

  /** Closes the transient detail and a cluster's list. */
  close(): void {
    this.activeId = null;
    this.hoverCluster = null;
    this.dismissed = true;
  }

  /** After render: moves the keyboard focus where it was sent. */
  applyPending(root: ShadowRoot | null): void {
    if (!this.pending) return;
    this.pending = false;
    const cluster = this.focusCluster
      ? root?.querySelector<HTMLElement>(`[part~="cluster"][data-ids="${CSS.escape(this.focusCluster)}"]`)
      : null;
    (cluster ?? this.labelButton(this.focusId))?.focus();
  }

  labelButton(id: string | null): HTMLElement | null {
    if (!id) return null;
    return this.host.shadowRoot?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"] .label`) ?? null;
  }

  /** The list's listeners, delegated from its items. */
  readonly handlers: PlotHandlers = {
    onPointerOver: (e) => {
      const id = eventIdOf(e.target);
      if (!id) return;
      clearTimeout(this.#hoverTimer);
      this.dismissed = false;
      this.activeId = id;
    },
    onPointerOut: (e) => {
      if (!eventIdOf(e.target)) return;
      if (eventIdOf(e.relatedTarget)) return;
      this.scheduleHoverClose();
    },
    onFocusIn: (e) => {
      const id = eventIdOf(e.target);
      if (!id) return;
      clearTimeout(this.#hoverTimer);
      if (id !== this.focusId) this.dismissed = false;
      this.focusId = id;
      this.focusCluster = null;
      this.hoverCluster = null;
      this.activeId = id;
    },
    onFocusOut: (e) => {
      const to = e.relatedTarget as Node | null;
      const tooltip = this.host.shadowRoot?.querySelector('[part~="tooltip"]');
      if (to && (tooltip?.contains(to) || eventIdOf(to))) return;
      this.activeId = null;
    },
    onClick: (e) => {
      const id = eventIdOf(e.target);
      if (!id) return;
      this.focusId = id;
      this.callbacks.onToggle(id);
    },
    onKeyDown: (e) => this.#onKeyDown(e),
  };

  /** The detail's listeners: hovering it keeps it open; Escape closes it and returns focus to the label. */
  readonly detailHandlers = {
    onPointerEnter: () => clearTimeout(this.#hoverTimer),
    onPointerLeave: () => {
      if (this.activeId) this.scheduleHoverClose();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.callbacks.onClose();
      this.labelButton(this.focusId)?.focus();
    },
  };

  /** What the cluster marks show, and their listeners. */
  clusterMarks(detailId: string, locale: string, strings: ClusterMarkState['strings']): ClusterMarkState {
    return {
      focusCluster: this.focusCluster,
      hoverCluster: this.hoverCluster,
      detailId,
      locale,
      strings,
      onShow: (key, focused) => {
        clearTimeout(this.#hoverTimer);
        this.activeId = null;
        this.hoverCluster = key;
        if (focused) this.focusCluster = key;
      },
      onLeave: () => this.scheduleHoverClose(),
      onOpen: (ids, byKeyboard) => this.callbacks.onOpenCluster(this.eventsOf(ids), byKeyboard),
    };
  }

  scheduleHoverClose(): void {
    clearTimeout(this.#hoverTimer);
    this.#hoverTimer = setTimeout(() => {
      this.hoverCluster = null;
      const focused = this.host.shadowRoot?.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id');
      this.activeId = focused ?? null;
    }, HOVER_CLOSE_DELAY);
  }

  /** The events in view with these ids. */
  eventsOf(ids: readonly string[]): TimelineEvent[] {
    return ids.flatMap((id) => this.laid.event(id) ?? []);
  }

  /** The focused cluster's events, or the focused event: what zoom keys zoom about. */
  focusedEvents(): TimelineEvent[] {
    return this.focusCluster ? this.eventsOf(this.focusCluster.split(' ')) : this.eventsOf([this.focusId ?? '']);
  }

  #onKeyDown(e: KeyboardEvent): void {
    const button = activator(e);
    if (button) {
      e.preventDefault();
      if (e.key === 'Enter') button.click();
      return;
    }
    const order = this.#rovingOrder();
    const cluster = (e.target as Element | null)?.closest?.('[part~="cluster"]')?.getAttribute('data-ids') ?? null;
    const current = cluster ?? eventIdOf(e.target);
    if (!current || !order.length) return;
    if (this.callbacks.onZoomKey(e)) return;
    if (e.key === 'Escape') {
      if (cluster && this.hoverCluster) {
        e.preventDefault();
        e.stopPropagation();
        this.hoverCluster = null;
      } else if (this.callbacks.selected() || (this.activeId && !this.dismissed)) {
        e.preventDefault();
        e.stopPropagation();
        this.callbacks.onClose();
      }
      return;
    }
    const i = order.findIndex((entry) => (entry.kind === 'cluster' ? entry.key === cluster : !cluster && entry.id === current));
    const next = nextStop(e.key, i, order.length, this.laid.rtl && !this.laid.vertical);
    if (next === undefined) return;
    e.preventDefault();
    const entry = order[Math.max(0, Math.min(order.length - 1, next))]!;
    if (entry.kind === 'cluster') this.#focusClusterMark(entry.key);
    else this.callbacks.onFocusEvent(entry.id);
  }

  /** The keyboard order: every event in time order, each cluster just before its first event (made when needed). */
  #rovingOrder(): RovingEntry[] {
    const layout = this.laid.layout;
    if (!layout) return [];
    if (this.#roving?.layout !== layout) this.#roving = {layout, order: rovingOrder(this.laid.visibleEvents, layout)};
    return this.#roving.order;
  }

  /** Moves keyboard focus to a cluster mark, which lists its events. */
  #focusClusterMark(key: string): void {
    clearTimeout(this.#hoverTimer);
    this.focusCluster = key;
    this.hoverCluster = key;
    this.activeId = null;
    this.pending = true;
  }

  /**
   * After a zoom the focused cluster may have split or merged: hand the roving focus to the cluster
   * now holding its first event, or to that event itself.
   */
  keepClusterFocus(): void {
    const key = this.focusCluster;
    const clusters = this.laid.layout?.clusters ?? [];
    if (!key || clusters.some((c) => clusterKey(c) === key)) return;
    const first = key.split(' ')[0]!;
    const now = clusters.find((c) => c.ids.includes(first));
    const hadFocus = !!this.host.shadowRoot?.activeElement?.closest('[part~="cluster"]');
    if (this.hoverCluster === key) this.hoverCluster = now ? clusterKey(now) : null;
    if (now) {
      this.focusCluster = clusterKey(now);
    } else {
      this.focusCluster = null;
      this.focusId = first;
      if (hadFocus) this.activeId = first;
    }
    if (hadFocus) this.pending = true;
  }

  /** Zooming or panning the focused event off screen hands focus to the nearest event still on screen. */
  keepFocusInView(): void {
    const {layout, visibleEvents} = this.laid;
    const at = this.laid.indexOf(this.focusId ?? '');
    if (!layout || at === undefined || layout.inView(at)) return;
    const from = visibleEvents[at]!;
    let best: TimelineEvent | undefined;
    for (const [i, e] of visibleEvents.entries()) {
      if (!layout.inView(i)) continue;
      if (!best || Math.abs(e.date.start - from.date.start) < Math.abs(best.date.start - from.date.start)) best = e;
    }
    if (!best) return;
    this.focusId = best.id;
    if (this.activeId) this.activeId = best.id;
    this.pending = true;
  }
}

/** The id of the event whose item holds `target`, if any. */
function eventIdOf(target: EventTarget | null): string | null {
  const li = (target as Element | null)?.closest?.('[data-event-id]');
  return li?.getAttribute('data-event-id') ?? null;
}
