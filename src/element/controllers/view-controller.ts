import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {TimelineEvent} from '../../document/types.js';
import {clampView, inView, panView, sameView, viewAround, viewLength, zoomView, type ViewWarp} from '../../layout/view.js';
import {HINT_MS, PAN_STEP, toMs, VIEW_TRANSITION_MS, ZOOM_STEP} from '../shared.js';

/** What the view needs to know of the element, and tells it. */
export interface ViewCallbacks {
  /** The whole period of the events in view. */
  full(): [number, number];
  /** The time under the middle of the axis. */
  middle(): number;
  /** What zoom and pan are linear on (the auto scale's whole drawing), or undefined for time. */
  warp(): ViewWarp | undefined;
  /** The reader changed the view (not code). */
  onReaderView(view: [number, number]): void;
}

/**
 * The visible period (zoom and pan): set by code through the `view` property, by the reader through
 * gestures (drawn once per frame), keys and buttons, and animated to bring an event into view.
 * Also the hint shown when a plain wheel scrolls the page instead of zooming.
 */
export class ViewController implements ReactiveController {
  private zoomed: [number, number] | null = null;
  private hintShown = false;
  private hintTimer?: ReturnType<typeof setTimeout>;
  private animation = 0;
  private gestureView?: [number, number];
  private gestureFrame = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly callbacks: ViewCallbacks,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.hintTimer);
    cancelAnimationFrame(this.animation);
    cancelAnimationFrame(this.gestureFrame);
    this.gestureFrame = 0;
    this.gestureView = undefined;
  }

  /** The zoomed period, or null for the whole period. */
  get domain(): [number, number] | null {
    return this.zoomed;
  }
  set domain(value: [number, number] | null) {
    if (value === this.zoomed) return;
    this.zoomed = value;
    this.host.requestUpdate();
  }

  /** The period on screen: the zoomed view, or the whole period. */
  get current(): [number, number] {
    return this.zoomed ? [...this.zoomed] : [...this.callbacks.full()];
  }

  get hintVisible(): boolean {
    return this.hintShown;
  }

  /** The `view` property's setter: a view set by code, or null for the whole period. */
  setByCode(value: {start: Date | number | string; end: Date | number | string} | null | undefined): void {
    cancelAnimationFrame(this.animation);
    // A gesture not drawn yet does not override a view set by code.
    cancelAnimationFrame(this.gestureFrame);
    this.gestureFrame = 0;
    if (!value) {
      this.domain = null;
      return;
    }
    const start = toMs(value.start, 'start');
    const end = toMs(value.end, 'end');
    if (!(end > start)) {
      throw new RangeError(
        `view: expected start before end, found start ${new Date(start).toISOString()} and end ${new Date(end).toISOString()}`,
      );
    }
    this.domain = [start, end];
  }

  /** A view the reader asked for, kept within the whole period; the element is told when it changes. */
  setByReader(view: [number, number]): void {
    cancelAnimationFrame(this.animation);
    const next = clampView(view, this.callbacks.full());
    if (sameView(next, this.current)) return;
    this.domain = next;
    this.callbacks.onReaderView(next);
  }

  /**
   * Gestures are drawn once per frame: a trackpad sends wheel events faster than frames, and a
   * thousand events take longer to lay out than the gap between two of them.
   */
  gesture(view: [number, number]): void {
    this.gestureView = view;
    this.gestureFrame ||= requestAnimationFrame(() => {
      this.gestureFrame = 0;
      const next = this.gestureView;
      this.gestureView = undefined;
      if (next) this.setByReader(next);
    });
  }

  /** A plain wheel over the timeline scrolls the page: say how to zoom instead. */
  showHint(): void {
    this.setHint(true);
    clearTimeout(this.hintTimer);
    this.hintTimer = setTimeout(() => this.setHint(false), HINT_MS);
  }

  private setHint(visible: boolean): void {
    if (visible === this.hintShown) return;
    this.hintShown = visible;
    this.host.requestUpdate();
  }

  /** Zooms by a factor about the middle of the axis (a button); 0 shows the whole period. */
  zoomBy(factor: number): void {
    this.zoomAbout([], factor);
  }

  /**
   * +/−/0 and Shift + arrows, about the events given (the focused ones) or the middle of the axis;
   * true when the key was a zoom key.
   */
  zoomKey(e: KeyboardEvent, around: TimelineEvent[], {vertical, rtl}: {vertical: boolean; rtl: boolean}): boolean {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const key = e.key;
    // Towards the later end of the axis: the right (the left in rtl, where time runs right to left), or down.
    const later = vertical ? 'ArrowDown' : rtl ? 'ArrowLeft' : 'ArrowRight';
    const earlier = vertical ? 'ArrowUp' : rtl ? 'ArrowRight' : 'ArrowLeft';
    const factor = key === '+' || key === '=' ? ZOOM_STEP : key === '-' || key === '_' ? 1 / ZOOM_STEP : key === '0' ? 0 : NaN;
    const pan = e.shiftKey ? (key === later ? PAN_STEP : key === earlier ? -PAN_STEP : 0) : 0;
    if (!pan && Number.isNaN(factor)) return false;
    e.preventDefault();
    this.zoomAbout(around, factor, pan);
    return true;
  }

  /**
   * Zooms by `factor` (0: the whole period) about the events given or the middle of the axis, or,
   * with `pan`, moves the view by that share of its length. On the auto scale, on its whole drawing.
   */
  private zoomAbout(around: TimelineEvent[], factor: number, pan = 0): void {
    const full = this.callbacks.full();
    const view = this.current;
    const warp = this.callbacks.warp();
    const center = around.length
      ? (Math.min(...around.map((ev) => ev.date.start)) + Math.max(...around.map((ev) => ev.date.end))) / 2
      : this.callbacks.middle();
    this.setByReader(
      pan ? panView(view, full, pan * viewLength(view, warp), warp) : factor ? zoomView(view, full, factor, center, warp) : [...full],
    );
  }

  /** Pans (or zooms out) so that an event is on screen; animated unless the reader prefers reduced motion. */
  bringIntoView(event: TimelineEvent, animate = true): void {
    if (!this.zoomed) return;
    const view = this.current;
    if (inView(view, event.date.start, event.date.end)) return;
    const to = viewAround(view, this.callbacks.full(), event.date.start, event.date.end);
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    cancelAnimationFrame(this.animation);
    if (!animate || reduced) {
      this.domain = to;
      return;
    }
    const from = view;
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / VIEW_TRANSITION_MS);
      const ease = 1 - (1 - t) ** 3;
      this.domain = [from[0] + (to[0] - from[0]) * ease, from[1] + (to[1] - from[1]) * ease];
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }
}
