// The zoom controls (in, out, reset) and the hint that a plain wheel scrolls the page.
import {html} from 'lit';
import type {UiStrings} from '../i18n/index.js';
import {isMac, MIN_VIEW_MS, ZOOM_STEP} from './shared.js';

export interface ControlsInput {
  view: [number, number];
  full: [number, number];
  hintVisible: boolean;
  strings: UiStrings;
  /** Zoom by this factor about the middle of the axis; 0 resets to the whole period. */
  onZoom(factor: number): void;
  onKeyDown(e: KeyboardEvent): void;
}

export function renderControls({view: [v0, v1], full: [f0, f1], hintVisible, strings, onZoom, onKeyDown}: ControlsInput) {
  const whole = v0 <= f0 && v1 >= f1;
  const atMax = v1 - v0 <= MIN_VIEW_MS * 1.001;
  return html`<div class="controls" part="controls" role="group" aria-label=${strings.zoomControls} @keydown=${onKeyDown}>
        <button type="button" aria-label=${strings.zoomIn} title=${strings.zoomIn} ?disabled=${atMax} @click=${() => onZoom(ZOOM_STEP)}>+</button>
        <button type="button" aria-label=${strings.zoomOut} title=${strings.zoomOut} ?disabled=${whole} @click=${() => onZoom(1 / ZOOM_STEP)}>−</button>
        <button type="button" aria-label=${strings.resetZoom} title=${strings.resetZoom} ?disabled=${whole} @click=${() => onZoom(0)}>⟲</button>
      </div>
      <p class="zoom-hint" role="status" ?data-visible=${hintVisible}>${hintVisible ? strings.zoomHint(isMac()) : ''}</p>`;
}
