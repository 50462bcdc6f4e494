import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineEvent} from '../../document/types.js';
import type {LayoutResult} from '../../layout/index.js';
import {clusterKey, type ClusterMarkState} from '../clusters.js';
import type {LayoutState} from '../layout-state.js';
import type {PlotHandlers} from '../plot.js';
import {activator, nextStop, rovingOrder, type RovingEntry} from '../roving.js';
import {HOVER_CLOSE_DELAY} from '../shared.js';

/** Which event's detail shows and which cluster's list, and who holds the roving tab stop. */
export interface FocusState {
  /** The event hovered or focused (a transient detail). */
  activeId: string | null;
  /** The event that holds the roving tabindex. */
  focusId: string | null;
  /** Escape hides a focus-driven detail until focus moves on. */
  dismissed: boolean;
  /** The cluster under the pointer or focus (its ids joined by spaces): the detail lists its events. */
  hoverCluster: string | null;
  /** The cluster that holds the roving tabindex (its key), or null when an event holds it. */
  focusCluster: string | null;
}

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
  private current: FocusState = {activeId: null, focusId: null, dismissed: false, hoverCluster: null, focusCluster: null};
  /** Focus the roving stop after the next render. */
  pending = false;
  private hoverTimer?: ReturnType<typeof setTimeout>;
  private roving?: {layout: LayoutResult; order: RovingEntry[]};

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly laid: LayoutState,
    private readonly callbacks: FocusCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.hoverTimer);
  }

  /** What shows and where the keyboard focus is. */
  get state(): Readonly<FocusState> {
    return this.current;
  }

  /** Changes the state; the host updates when anything in it changed. */
  set(change: Partial<FocusState>): void {
    const next = {...this.current, ...change};
    if ((Object.keys(change) as (keyof FocusState)[]).every((key) => next[key] === this.current[key])) return;
    this.current = next;
    this.host.requestUpdate();
  }

  /** The event whose detail shows: the hovered/focused one, else the pinned one. */
  get openId(): string | null {
    const selected = this.callbacks.selected();
    const visible = (id: string | null) => (id && this.laid.has(id) ? id : null);
    if (this.state.dismissed && !selected) return null;
    return visible(this.state.dismissed ? null : this.state.activeId) ?? visible(selected || null);
  }

  /** Shows an event's detail and gives it the keyboard focus (after the next render). */
  focus(id: string): void {
    this.set({focusId: id, focusCluster: null, activeId: id, dismissed: false});
    this.pending = true;
  }

  /** Closes the transient detail and a cluster's list. */
  close(): void {
    this.set({activeId: null, hoverCluster: null, dismissed: true});
  }

  /** After render: moves the keyboard focus where it was sent. */
  applyPending(root: ShadowRoot | null): void {
    if (!this.pending) return;
    this.pending = false;
    const cluster = this.state.focusCluster
      ? root?.querySelector<HTMLElement>(`[part~="cluster"][data-ids="${CSS.escape(this.state.focusCluster)}"]`)
      : null;
    (cluster ?? this.labelButton(this.state.focusId))?.focus();
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
      clearTimeout(this.hoverTimer);
      this.set({dismissed: false, activeId: id});
    },
    onPointerOut: (e) => {
      if (!eventIdOf(e.target)) return;
      if (eventIdOf(e.relatedTarget)) return;
      this.scheduleHoverClose();
    },
    onFocusIn: (e) => {
      const id = eventIdOf(e.target);
      if (!id) return;
      clearTimeout(this.hoverTimer);
      if (id !== this.state.focusId) this.set({dismissed: false});
      this.set({focusId: id, focusCluster: null, hoverCluster: null, activeId: id});
    },
    onFocusOut: (e) => {
      const to = e.relatedTarget as Node | null;
      const tooltip = this.host.shadowRoot?.querySelector('[part~="tooltip"]');
      if (to && (tooltip?.contains(to) || eventIdOf(to))) return;
      this.set({activeId: null});
    },
    onClick: (e) => {
      const id = eventIdOf(e.target);
      if (!id) return;
      this.set({focusId: id});
      this.callbacks.onToggle(id);
    },
    onKeyDown: (e) => this.onKeyDown(e),
  };

  /** The detail's listeners: hovering it keeps it open; Escape closes it and returns focus to the label. */
  readonly detailHandlers = {
    onPointerEnter: () => clearTimeout(this.hoverTimer),
    onPointerLeave: () => {
      if (this.state.activeId) this.scheduleHoverClose();
    },
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      this.callbacks.onClose();
      this.labelButton(this.state.focusId)?.focus();
    },
  };

  /** What the cluster marks show, and their listeners. */
  clusterMarks(detailId: string, locale: string, strings: ClusterMarkState['strings']): ClusterMarkState {
    return {
      focusCluster: this.state.focusCluster,
      hoverCluster: this.state.hoverCluster,
      detailId,
      locale,
      strings,
      onShow: (key, focused) => {
        clearTimeout(this.hoverTimer);
        this.set({activeId: null, hoverCluster: key});
        if (focused) this.set({focusCluster: key});
      },
      onLeave: () => this.scheduleHoverClose(),
      onOpen: (ids, byKeyboard) => this.callbacks.onOpenCluster(this.eventsOf(ids), byKeyboard),
    };
  }

  scheduleHoverClose(): void {
    clearTimeout(this.hoverTimer);
    this.hoverTimer = setTimeout(() => {
      this.set({hoverCluster: null});
      const focused = this.host.shadowRoot?.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id');
      this.set({activeId: focused ?? null});
    }, HOVER_CLOSE_DELAY);
  }

  /** The events in view with these ids. */
  eventsOf(ids: readonly string[]): TimelineEvent[] {
    return ids.flatMap((id) => this.laid.event(id) ?? []);
  }

  /** The focused cluster's events, or the focused event: what zoom keys zoom about. */
  focusedEvents(): TimelineEvent[] {
    return this.state.focusCluster ? this.eventsOf(this.state.focusCluster.split(' ')) : this.eventsOf([this.state.focusId ?? '']);
  }

  private onKeyDown(e: KeyboardEvent): void {
    const button = activator(e);
    if (button) {
      e.preventDefault();
      if (e.key === 'Enter') button.click();
      return;
    }
    const order = this.rovingOrder();
    const cluster = (e.target as Element | null)?.closest?.('[part~="cluster"]')?.getAttribute('data-ids') ?? null;
    const current = cluster ?? eventIdOf(e.target);
    if (!current || !order.length) return;
    if (this.callbacks.onZoomKey(e)) return;
    if (e.key === 'Escape') {
      if (cluster && this.state.hoverCluster) {
        e.preventDefault();
        e.stopPropagation();
        this.set({hoverCluster: null});
      } else if (this.callbacks.selected() || (this.state.activeId && !this.state.dismissed)) {
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
    if (entry.kind === 'cluster') this.focusClusterMark(entry.key);
    else this.callbacks.onFocusEvent(entry.id);
  }

  /** The keyboard order: every event in time order, each cluster just before its first event (made when needed). */
  private rovingOrder(): RovingEntry[] {
    const layout = this.laid.layout;
    if (!layout) return [];
    if (this.roving?.layout !== layout) this.roving = {layout, order: rovingOrder(this.laid.visibleEvents, layout)};
    return this.roving.order;
  }

  /** Moves keyboard focus to a cluster mark, which lists its events. */
  private focusClusterMark(key: string): void {
    clearTimeout(this.hoverTimer);
    this.set({focusCluster: key, hoverCluster: key, activeId: null});
    this.pending = true;
  }

  /**
   * After a zoom the focused cluster may have split or merged: hand the roving focus to the cluster
   * now holding its first event, or to that event itself.
   */
  keepClusterFocus(): void {
    const key = this.state.focusCluster;
    const clusters = this.laid.layout?.clusters ?? [];
    if (!key || clusters.some((c) => clusterKey(c) === key)) return;
    const first = key.split(' ')[0]!;
    const now = clusters.find((c) => c.ids.includes(first));
    const hadFocus = !!this.host.shadowRoot?.activeElement?.closest('[part~="cluster"]');
    if (this.state.hoverCluster === key) this.set({hoverCluster: now ? clusterKey(now) : null});
    if (now) {
      this.set({focusCluster: clusterKey(now)});
    } else {
      this.set({focusCluster: null, focusId: first});
      if (hadFocus) this.set({activeId: first});
    }
    if (hadFocus) this.pending = true;
  }

  /** Zooming or panning the focused event off screen hands focus to the nearest event still on screen. */
  keepFocusInView(): void {
    const {layout, visibleEvents} = this.laid;
    const at = this.laid.indexOf(this.state.focusId ?? '');
    if (!layout || at === undefined || layout.inView(at)) return;
    const from = visibleEvents[at]!;
    let best: TimelineEvent | undefined;
    for (const [i, e] of visibleEvents.entries()) {
      if (!layout.inView(i)) continue;
      if (!best || Math.abs(e.date.start - from.date.start) < Math.abs(best.date.start - from.date.start)) best = e;
    }
    if (!best) return;
    this.set({focusId: best.id});
    if (this.state.activeId) this.set({activeId: best.id});
    this.pending = true;
  }
}

/** The id of the event whose item holds `target`, if any. */
function eventIdOf(target: EventTarget | null): string | null {
  const li = (target as Element | null)?.closest?.('[data-event-id]');
  return li?.getAttribute('data-event-id') ?? null;
}
