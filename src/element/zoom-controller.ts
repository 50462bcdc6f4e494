import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {ScaleTime} from 'd3-scale';
import {panView, viewLength, zoomView, type View, type ViewWarp} from '../layout/view.js';

/** What the controller asks of its element. */
export interface ZoomCallbacks {
  /** Whether gestures are allowed now. */
  enabled(): boolean;
  /** A reader gesture asks for this view. */
  onView(view: [number, number]): void;
  /** A plain vertical wheel over the timeline: the page scrolls; tell the reader how to zoom. */
  onPlainWheel(): void;
}

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
  private warp?: ViewWarp;
  private drag?: Drag;

  private readonly onWheel = (e: WheelEvent) => this.wheel(e);
  private readonly onPointerDown = (e: PointerEvent) => this.pointerDown(e);
  private readonly onPointerMove = (e: PointerEvent) => this.pointerMove(e);
  private readonly onPointerUp = (e: PointerEvent) => this.pointerUp(e);
  private readonly onDblClick = (e: MouseEvent) => this.dblClick(e);
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
  attach(plot: HTMLElement | null | undefined, scale: ScaleTime<number, number>, view: View, full: View, warp?: ViewWarp): void {
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
    plot.addEventListener('wheel', this.onWheel, {passive: false});
    plot.addEventListener('pointerdown', this.onPointerDown);
    plot.addEventListener('pointermove', this.onPointerMove);
    plot.addEventListener('pointerup', this.onPointerUp);
    plot.addEventListener('pointercancel', this.onPointerUp);
    plot.addEventListener('dblclick', this.onDblClick);
  }

  detach(): void {
    const plot = this.plot;
    if (!plot) return;
    plot.removeEventListener('wheel', this.onWheel);
    plot.removeEventListener('pointerdown', this.onPointerDown);
    plot.removeEventListener('pointermove', this.onPointerMove);
    plot.removeEventListener('pointerup', this.onPointerUp);
    plot.removeEventListener('pointercancel', this.onPointerUp);
    plot.removeEventListener('dblclick', this.onDblClick);
    plot.removeEventListener('click', this.swallowClick, true);
    this.plot = undefined;
    this.drag = undefined;
  }

  private x(e: MouseEvent): number {
    return e.clientX - this.plot!.getBoundingClientRect().left;
  }

  /**
   * The time at `px` when `view` is drawn: with a warp, the view is its line magnified to the
   * scale's range, which holds for a view not drawn yet too.
   */
  private timeAt(px: number, view: View, scale: ScaleTime<number, number>): number {
    const warp = this.warp;
    if (!warp) return +scale.invert(px);
    const range = scale.range();
    const [a, b] = [range[0]!, range[range.length - 1]!];
    const [u0, u1] = [warp.to(view[0]), warp.to(view[1])];
    return warp.from(u0 + ((px - a) / (b - a || 1)) * (u1 - u0));
  }

  private zoomAround(factor: number, px: number, from: View = this.view, scale = this.scale): void {
    if (!scale) return;
    const next = zoomView(from, this.full, factor, this.timeAt(px, from, scale), this.warp);
    // A pinch zooms from where it started; a wheel from the last step, which may not be drawn yet.
    if (from === this.view) this.ahead(next);
    this.callbacks.onView(next);
  }

  /**
   * The element draws gestures once per frame, and a trackpad sends several wheel events per frame:
   * each step goes on from the previous one (not from what is drawn), and a two-stop (linear) scale
   * is moved with it, so that the time under the pointer stays under it.
   */
  private ahead(next: View): void {
    this.view = next;
    if (this.scale && this.scale.domain().length === 2) this.scale = this.scale.copy().domain([new Date(next[0]), new Date(next[1])]);
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
    if (!this.drag) {
      this.drag = {view: this.view, scale: this.scale.copy(), start: new Map(), now: new Map(), moved: false};
    } else {
      // A second finger: the pinch starts from where the view is now.
      this.drag.view = this.view;
      this.drag.scale = this.scale.copy();
      for (const [id, at] of this.drag.now) this.drag.start.set(id, at);
    }
    this.drag.start.set(e.pointerId, x);
    this.drag.now.set(e.pointerId, x);
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
      const t0 = this.timeAt(drag.start.get(e.pointerId)!, drag.view, drag.scale);
      const t1 = this.timeAt(drag.now.get(e.pointerId)!, drag.view, drag.scale);
      const to = this.warp?.to ?? ((t: number) => t);
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
      drag.view = this.view;
      drag.scale = this.scale!.copy();
      for (const [id, at] of drag.now) drag.start.set(id, at);
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
