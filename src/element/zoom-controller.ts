import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {select, type Selection} from 'd3-selection';
import {zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior} from 'd3-zoom';
import type {ScaleTime} from 'd3-scale';
import {MIN_VIEW_MS, type View} from '../layout/view.js';

/** What the controller needs from its element. */
export interface ZoomHost extends ReactiveControllerHost {
  /** Whether gestures are allowed now. */
  readonly zoomEnabled: boolean;
  /** A reader gesture changed the view. */
  onGestureView(view: [number, number]): void;
  /** A plain vertical wheel over the timeline: the page scrolls; tell the reader how to zoom. */
  onPlainWheel(): void;
  /** A horizontal wheel: pan by this fraction of the visible period. */
  onWheelPan(fraction: number): void;
}

type PlotSelection = Selection<HTMLElement, unknown, null, undefined>;

/**
 * Wires d3-zoom's gestures (pinch, Ctrl/⌘ + wheel, drag, double-click, touch) to a
 * horizontal time axis. The element's view ([start, end] in UTC ms) is the state;
 * d3's transform is kept in step with it so that gestures continue from where the
 * view is, however the view was last set.
 */
export class ZoomController implements ReactiveController {
  private behavior?: ZoomBehavior<HTMLElement, unknown>;
  private selection?: PlotSelection;
  private range: View = [0, 1];
  /** Whole period → px at zoom 1 (linear or compressed): gestures zoom around the pointer on it. */
  private base?: ScaleTime<number, number>;
  private syncing = false;
  private readonly onWheel = (event: WheelEvent) => this.wheel(event);

  constructor(private readonly host: ZoomHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.detach();
  }

  /** Attaches to the plot (or re-attaches after a re-render replaced it) and syncs the transform. */
  attach(plot: HTMLElement | null | undefined, base: ScaleTime<number, number>, range: View, view: View): void {
    const domain = base.domain();
    const full: View = [+domain[0]!, +domain[domain.length - 1]!];
    this.base = base;
    if (!plot) {
      this.detach();
      return;
    }
    this.range = range;
    if (this.selection?.node() !== plot) {
      this.detach();
      this.selection = select(plot);
      this.behavior = zoom<HTMLElement, unknown>()
        .filter((event: Event) => this.accepts(event))
        .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => this.zoomed(event));
      this.selection.call(this.behavior);
      // d3-zoom blocks all touch scrolling; let a vertical swipe still scroll the page.
      this.selection.style('touch-action', 'pan-y pinch-zoom');
      plot.addEventListener('wheel', this.onWheel, {passive: false});
    }
    const span = full[1] - full[0];
    const [r0, r1] = range;
    this.behavior!
      .scaleExtent([1, Math.max(1, span / MIN_VIEW_MS)])
      .extent([
        [r0, 0],
        [r1, 1],
      ])
      .translateExtent([
        [r0, -Infinity],
        [r1, Infinity],
      ]);
    this.sync(view);
  }

  detach(): void {
    if (!this.selection) return;
    this.selection.on('.zoom', null);
    this.selection.node()?.removeEventListener('wheel', this.onWheel);
    this.selection = undefined;
    this.behavior = undefined;
  }

  /** Whether gestures are attached (for leak tests). */
  get attached(): boolean {
    return this.selection !== undefined;
  }

  /** Sets d3's transform to show `view` without reporting it back as a gesture. */
  private sync(view: View): void {
    const [r0, r1] = this.range;
    const p0 = this.base!(view[0]);
    const p1 = this.base!(view[1]);
    const k = (r1 - r0) / Math.max(1e-9, p1 - p0);
    const x = r0 - k * p0;
    this.syncing = true;
    this.behavior!.transform(this.selection!, zoomIdentity.translate(x, 0).scale(k));
    this.syncing = false;
  }

  private accepts(event: Event): boolean {
    if (!this.host.zoomEnabled) return false;
    const target = event.target as Element | null;
    if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
    // A double-click on an event toggles it; only the empty plot zooms.
    if (event.type === 'dblclick') return !target?.closest?.('[data-event-id], [part~="controls"]');
    if (target?.closest?.('[part~="controls"]')) return false;
    return !(event as MouseEvent).button;
  }

  private zoomed(event: D3ZoomEvent<HTMLElement, unknown>): void {
    if (this.syncing || !event.sourceEvent) return;
    const {k, x} = event.transform;
    const [r0, r1] = this.range;
    const at = (px: number) => +this.base!.invert((px - x) / k);
    this.host.onGestureView([at(r0), at(r1)]);
  }

  private wheel(event: WheelEvent): void {
    if (!this.host.zoomEnabled || event.ctrlKey || event.metaKey) return;
    const dx = event.shiftKey && !event.deltaX ? event.deltaY : event.deltaX;
    if (Math.abs(dx) > Math.abs(event.deltaY) || (event.shiftKey && dx)) {
      event.preventDefault();
      const width = this.range[1] - this.range[0] || 1;
      const px = event.deltaMode === 1 ? dx * 16 : event.deltaMode === 2 ? dx * width : dx;
      this.host.onWheelPan(px / width);
    } else if (event.deltaY) {
      this.host.onPlainWheel();
    }
  }
}
