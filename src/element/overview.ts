// The overview: a strip of the whole period under the axis, with a window for the view that is
// dragged to pan, its edges to zoom.
import {html} from 'lit';
import {guard} from 'lit/directives/guard.js';
import type {ScaleTime} from 'd3-scale';
import type {TimelineEvent} from '../document/types.js';
import type {UiStrings} from '../i18n/index.js';
import {panView, TIME, viewLength, type ViewWarp} from '../layout/view.js';
import {formatEdtf} from '../time/format.js';
import {MIN_VIEW_MS, msToDate, PAN_STEP} from './shared.js';

export interface OverviewInput {
  /** The whole period on screen at zoom 1. */
  base: ScaleTime<number, number>;
  events: TimelineEvent[];
  /** The period on screen, read when the reader acts. */
  view(): [number, number];
  full: [number, number];
  /** What pans are linear on (the auto scale's whole drawing), or undefined for time. */
  warp?: ViewWarp;
  zoomable: boolean;
  rtl: boolean;
  locale: string;
  strings: UiStrings;
  /** The window's place (x, y, width), written after render. */
  onWindow(place: [x: number, y: number, width: number]): void;
  /** The reader moved the view. */
  onView(view: [number, number]): void;
  /** Other keys on the window: zoom keys. */
  onOtherKey(e: KeyboardEvent): void;
}

export function renderOverview(o: OverviewInput) {
  const {base, full} = o;
  const [v0, v1] = o.view();
  // In rtl the view's start is on the right: the window spans the two ends, whichever is left.
  const x0 = Math.min(base(v0), base(v1));
  const x1 = Math.max(base(v0), base(v1));
  o.onWindow([x0, 0, Math.max(6, x1 - x0)]);
  const label = `${formatEdtf(msToDate(v0), o.locale, 'short')} – ${formatEdtf(msToDate(v1 - 1), o.locale, 'short')}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const view = o.view();
      // The strip is mirrored in rtl like the axis: ArrowLeft moves the window towards later time.
      const sign = e.key === (o.rtl ? 'ArrowLeft' : 'ArrowRight') ? 1 : -1;
      o.onView(panView(view, full, sign * PAN_STEP * viewLength(view, o.warp), o.warp));
    } else {
      o.onOtherKey(e);
    }
  };
  return html`<div part="overview" class="overview" @pointerdown=${(e: PointerEvent) => overviewPointerDown(e, o)}>
      ${guard([base, o.events], () => overviewTicks(base, o.events))}
      <div
        class="overview-window"
        role="slider"
        tabindex=${o.zoomable ? 0 : -1}
        aria-label=${o.strings.zoomControls}
        aria-valuemin=${Math.round(full[0])}
        aria-valuemax=${Math.round(full[1])}
        aria-valuenow=${Math.round(v0)}
        aria-valuetext=${label}
        @keydown=${onKeyDown}
      >
        <span class="overview-handle" data-edge="start"></span><span class="overview-handle" data-edge="end"></span>
      </div>
    </div>`;
}

/** Drag the window to pan, its edges to zoom; a press elsewhere on the strip centres the view there. */
function overviewPointerDown(e: PointerEvent, {base, zoomable, view, full, warp, onView}: OverviewInput): void {
  if (!zoomable || e.button) return;
  const strip = e.currentTarget as HTMLElement;
  const left = strip.getBoundingClientRect().left;
  const target = e.target as HTMLElement;
  const edge = target.closest('.overview-handle')?.getAttribute('data-edge');
  const onWindow = !!target.closest('.overview-window');
  const start = view();
  const t0 = +base.invert(e.clientX - left);
  const to = warp ?? TIME;
  if (!onWindow) {
    // The window's middle to the press (on the warp's line, where the window is drawn).
    onView(panView(start, full, to(t0) - (to(start[0]) + to(start[1])) / 2, warp));
  }
  const from = view();
  strip.setPointerCapture(e.pointerId);
  e.preventDefault();
  const move = (ev: PointerEvent) => {
    const t = +base.invert(ev.clientX - left);
    if (edge === 'start') onView([Math.min(t, from[1] - MIN_VIEW_MS), from[1]]);
    else if (edge === 'end') onView([from[0], Math.max(t, from[0] + MIN_VIEW_MS)]);
    else onView(panView(from, full, to(t) - to(t0), warp));
  };
  const up = () => {
    strip.removeEventListener('pointermove', move);
    strip.removeEventListener('pointerup', up);
    strip.removeEventListener('pointercancel', up);
  };
  strip.addEventListener('pointermove', move);
  strip.addEventListener('pointerup', up);
  strip.addEventListener('pointercancel', up);
}

/** One SVG path for the overview's ticks, a stroke per pixel column holding any event. */
function overviewTicks(base: ScaleTime<number, number>, events: readonly TimelineEvent[]) {
  const columns = new Set<number>();
  for (const e of events) {
    const x = Math.round(base((e.date.start + e.date.end) / 2));
    if (Number.isFinite(x)) columns.add(x);
  }
  const d = [...columns].map((x) => `M${x} 0v10`).join('');
  return html`<svg class="overview-ticks" aria-hidden="true" focusable="false"><path d=${d}></path></svg>`;
}
