import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ScaleTime} from 'd3-scale';
import {panView, TIME, viewLength, zoomView, type View} from '../layout/view.js';
import {zoomedScale} from '../layout/auto-scale.js';

/** What the controller asks of its element. */
export interface ZoomCallbacks {
  /** Whether gestures are allowed now. */
  enabled(): boolean;
  /** A reader gesture asks for this view. */
  onView(view: [number, number]): void;
  /** A plain vertical wheel over the timeline: the page scrolls; tell the reader how to zoom. */
  onPlainWheel(): void;
}

/** The events of the plot that make gestures. */
const GESTURES = ['wheel', 'pointerdown', 'pointermove', 'pointerup', 'pointercancel', 'dblclick'];
/** Pixels a pointer may travel before a press becomes a drag (and its click is swallowed). */
const DRAG_THRESHOLD = 4;
/** One wheel event never zooms by more than this factor, whatever the device reports. */
const MAX_WHEEL_FACTOR = 4;

interface Drag {
  view: View;
  scale: ScaleTime<number, number>;
  /** Pointer x (px in the plot) at the start, per pointer id. */
  start: Map<number, number>;
  /** Latest x per pointer id. */
  now: Map<number, number>;
  moved: boolean;
}

/**
 * Zoom and pan gestures on a horizontal time axis, whichever way it runs (every pixel goes through
 * the scale, mirrored in rtl): Ctrl/⌘ + wheel and trackpad pinch zoom
 * around the pointer, drag and horizontal wheel pan, two-finger touch pinch zooms,
 * double-click zooms in (Shift + double-click out). A plain vertical wheel is left to the page.
 *
 * Hand-written on Pointer Events rather than d3-zoom: the element's view [start, end] is the
 * only state, so there is no transform to keep in step, and the bundle stays ~4 KB (gzipped)
 * lighter without d3-zoom, d3-transition, d3-drag and d3-dispatch.
 */
export class ZoomController implements ReactiveController {
  private plot?: HTMLElement;
  private scale?: ScaleTime<number, number>;
  // Set by attach(), before any listener can run.
  private view!: View;
  private full!: View;
  /** The auto scale's whole drawing, which a view magnifies (see `zoomedScale`); none on the other scales. */
  private warp?: ScaleTime<number, number>;
  private drag?: Drag;

  private readonly swallowClick = (e: MouseEvent) => {
    e.stopPropagation();
    e.preventDefault();
  };

  constructor(
    host: ReactiveControllerHost,
    private readonly callbacks: ZoomCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.detach();
  }

  /** Listens on the plot (or moves to a new plot after a re-render) and takes the current mapping. */
  attach(
    plot: HTMLElement | null | undefined,
    scale: ScaleTime<number, number>,
    view: View,
    full: View,
    warp?: ScaleTime<number, number>,
  ): void {
    if (!plot) {
      this.detach();
      return;
    }
    this.scale = scale;
    this.view = view;
    this.full = full;
    this.warp = warp;
    if (plot === this.plot) return;
    this.detach();
    this.plot = plot;
    // Not passive: a zooming wheel must not scroll the page.
    for (const type of GESTURES) plot.addEventListener(type, this, {passive: false});
  }

  /** The plot's gesture events, one listener (this object) for all. */
  handleEvent(e: Event): void {
    const type = e.type;
    if (type === 'wheel') this.wheel(e as WheelEvent);
    else if (type === 'pointerdown') this.pointerDown(e as PointerEvent);
    else if (type === 'pointermove') this.pointerMove(e as PointerEvent);
    else if (type === 'dblclick') this.dblClick(e as MouseEvent);
    else this.pointerUp(e as PointerEvent);
  }

  detach(): void {
    const plot = this.plot;
    if (!plot) return;
    for (const type of GESTURES) plot.removeEventListener(type, this);
    plot.removeEventListener('click', this.swallowClick, true);
    this.plot = undefined;
    this.drag = undefined;
  }

  private x(e: MouseEvent): number {
    return e.clientX - this.plot!.getBoundingClientRect().left;
  }

  private zoomAround(factor: number, px: number, from: View = this.view, scale = this.scale): void {
    if (!scale) return;
    const next = zoomView(from, this.full, factor, +scale.invert(px), this.warp);
    // A pinch zooms from where it started; a wheel from the last step, which may not be drawn yet.
    if (from === this.view) this.ahead(next);
    this.callbacks.onView(next);
  }

  /**
   * The element draws gestures once per frame, and a trackpad sends several wheel events per frame:
   * each step goes on from the previous one (not from what is drawn), and the scale is moved with it
   * (the auto scale's magnified, a two-stop linear one), so that the time under the pointer stays under it.
   */
  private ahead(next: View): void {
    // Called only with a scale.
    const scale = this.scale!;
    const range = scale.range();
    this.view = next;
    if (this.warp) this.scale = zoomedScale(this.warp, next, [range[0]!, range[range.length - 1]!]);
    else if (scale.domain().length === 2) this.scale = scale.copy().domain([new Date(next[0]), new Date(next[1])]);
  }

  private wheel(e: WheelEvent): void {
    if (!this.callbacks.enabled()) return;
    if (e.ctrlKey || e.metaKey) {
      // Trackpad pinch arrives as a wheel with ctrlKey and small deltas (as in d3-zoom).
      e.preventDefault();
      const unit = e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002;
      const factor = 2 ** (-e.deltaY * unit * (e.ctrlKey ? 10 : 1));
      this.zoomAround(Math.min(MAX_WHEEL_FACTOR, Math.max(1 / MAX_WHEEL_FACTOR, factor)), this.x(e));
      return;
    }
    const dx = e.shiftKey && !e.deltaX ? e.deltaY : e.deltaX;
    if (Math.abs(dx) > Math.abs(e.deltaY) || (e.shiftKey && dx)) {
      e.preventDefault();
      const scale = this.scale;
      if (!scale) return;
      // First to last px of the axis (a compressed scale has more stops): negative when time runs right
      // to left (rtl), so that scrolling towards the right shows what is drawn there, earlier time.
      const range = scale.range();
      const length = range[range.length - 1]! - range[0]!;
      const px = e.deltaMode === 1 ? dx * 16 : e.deltaMode === 2 ? dx * Math.abs(length) : dx;
      const next = panView(this.view, this.full, (viewLength(this.view, this.warp) * px) / (length || 1), this.warp);
      this.ahead(next);
      this.callbacks.onView(next);
    } else if (e.deltaY) {
      this.callbacks.onPlainWheel();
    }
  }

  private pointerDown(e: PointerEvent): void {
    if (!this.callbacks.enabled() || !this.scale || e.button !== 0) return;
    if ((e.target as Element | null)?.closest?.('[part~="controls"]')) return;
    const x = this.x(e);
    // A second finger: the pinch starts from where the view is now.
    this.restart((this.drag ??= {view: this.view, scale: this.scale, start: new Map(), now: new Map(), moved: false}));
    this.drag.start.set(e.pointerId, x);
    this.drag.now.set(e.pointerId, x);
  }

  /** A gesture goes on from the view drawn now, each pointer from where it is. */
  private restart(drag: Drag): void {
    drag.view = this.view;
    drag.scale = this.scale!.copy();
    for (const [id, at] of drag.now) drag.start.set(id, at);
  }

  private pointerMove(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag || !drag.start.has(e.pointerId)) return;
    drag.now.set(e.pointerId, this.x(e));
    const ids = [...drag.start.keys()];
    if (!drag.moved) {
      if (Math.abs(drag.now.get(e.pointerId)! - drag.start.get(e.pointerId)!) < DRAG_THRESHOLD) return;
      drag.moved = true;
      // Captured only once it is a drag, so that a plain press still clicks the label under it.
      this.plot!.setPointerCapture?.(e.pointerId);
      this.plot!.addEventListener('click', this.swallowClick, true);
    }
    if (ids.length >= 2) {
      const [a, b] = ids as [number, number];
      const d0 = Math.abs(drag.start.get(a)! - drag.start.get(b)!);
      const d1 = Math.abs(drag.now.get(a)! - drag.now.get(b)!);
      if (d0 < 1 || d1 < 1) return;
      this.zoomAround(d1 / d0, (drag.start.get(a)! + drag.start.get(b)!) / 2, drag.view, drag.scale);
    } else {
      const t0 = +drag.scale.invert(drag.start.get(e.pointerId)!);
      const t1 = +drag.scale.invert(drag.now.get(e.pointerId)!);
      const to = this.warp ?? TIME;
      this.callbacks.onView(panView(drag.view, this.full, to(t0) - to(t1), this.warp));
    }
  }

  private pointerUp(e: PointerEvent): void {
    const drag = this.drag;
    if (!drag) return;
    drag.start.delete(e.pointerId);
    drag.now.delete(e.pointerId);
    if (drag.start.size) {
      // One finger of a pinch lifted: go on panning from here.
      this.restart(drag);
      return;
    }
    this.drag = undefined;
    // The click that ends a drag is not a click on what lies under it.
    if (drag.moved) setTimeout(() => this.plot?.removeEventListener('click', this.swallowClick, true));
  }

  private dblClick(e: MouseEvent): void {
    if (!this.callbacks.enabled()) return;
    // A double-click on an event toggles it; only the empty plot zooms.
    if ((e.target as Element | null)?.closest?.('[data-event-id], [part~="controls"], [part~="cluster"]')) return;
    e.preventDefault();
    this.zoomAround(e.shiftKey ? 0.5 : 2, this.x(e));
  }
}
