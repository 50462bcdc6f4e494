import {css} from 'lit';
import {markStyles} from './marks.styles.js';

// Rules select classes, not [part~=…]: the browser files rules under their rightmost class, tag or
// id, and checks an attribute-only rule against every element on every style recalculation.
const hostStyles = css`
  :host {
    /* Private tokens read the public --article-timeline-* ones, with light and dark defaults.
       light-dark() picks by the colour scheme the host inherits from the page: a page that declares
       none (most news sites) gets the light palette, whatever the reader's system prefers; one that
       declares "dark", or "light dark" under a dark system, gets the dark one. */
    --_fg: var(--article-timeline-color,light-dark(#1b1f24,#e6e8eb));
    --_bg: var(--article-timeline-background,transparent);
    --_label-bg: var(--article-timeline-label-background,var(--article-timeline-background,Canvas));
    --_muted: var(--article-timeline-muted-color,light-dark(#5b6470,#a4acb8));
    --_accent: var(--article-timeline-accent-color,light-dark(#b3261e,#ff8a80));
    --_span: var(--article-timeline-span-color,color-mix(in srgb,var(--_accent) 30%,transparent));
    --_highlight: var(--article-timeline-highlight-color,light-dark(#ffe58a,#6b5400));
    --_highlight-fg: var(--article-timeline-highlight-text-color,light-dark(#1b1f24,#fff8e1));
    --_tip-bg: var(--article-timeline-tooltip-background,light-dark(#ffffff,#1f2329));
    --_tip-fg: var(--article-timeline-tooltip-color,var(--_fg));
    --_tip-border: var(--article-timeline-tooltip-border-color,light-dark(#c9ced6,#4a515c));
    --_focus: var(--article-timeline-focus-color,light-dark(#0b57d0,#8ab4f8));
    --_error: var(--article-timeline-error-color,light-dark(#a1120a,#ffb4ab));
    --_font: var(--article-timeline-font,system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',sans-serif);
    --_font-size: var(--article-timeline-font-size,0.875rem);
    --_quote-font: var(--article-timeline-quote-font,Georgia,'Times New Roman',serif);

    /* No color-scheme of its own: inherited, so Canvas behind the labels is the page's Canvas too. */
    display: block;
    position: relative;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--_font);
    font-size: var(--_font-size);
    /* Inherited page typography must not break the measured layout. */
    line-height: 1.35;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    text-align: start;
    white-space: normal;
  }
  :host([hidden]) {
    display: none;
  }
  /* Not *::before / *::after: a universal pseudo-element rule makes the browser resolve a ::before
     and an ::after style for every element on every style recalculation. */
  * {
    box-sizing: border-box;
  }

  .heading {
    margin: 0 0 0.25em;
    font-size: 1.15em;
    font-weight: 650;
    line-height: 1.25;
  }
  .byline {
    margin: 0 0 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  .byline a {
    color: inherit;
  }

  .controls {
    display: flex;
    justify-content: flex-end;
    gap: 4px;
    margin: 0 0 2px;
  }
  .controls button {
    min-width: 28px;
    height: 28px;
    padding: 0 6px;
    border: 1px solid var(--_tip-border);
    border-radius: 6px;
    background: var(--_label-bg);
    color: inherit;
    font: inherit;
    font-size: 1.05em;
    line-height: 1;
    cursor: pointer;
  }
  .controls button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .controls button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .zoom-hint {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    margin: 0 auto;
    width: max-content;
    max-width: 90%;
    padding: 0.3em 0.7em;
    border-radius: 6px;
    background: var(--_fg);
    color: var(--_label-bg);
    font-size: 0.9em;
    opacity: 0;
    pointer-events: none;
    transition: opacity 150ms;
  }
  .zoom-hint[data-visible] {
    opacity: 0.92;
  }
  .plot {
    position: relative;
    width: 100%;
    overflow: hidden;
  }
  /* Vertical swipes still scroll the page; horizontal drags and pinches are the timeline's. */
  .plot.zoomable {
    touch-action: pan-y;
    cursor: grab;
  }
  svg {
    position: absolute;
    inset: 0;
    overflow: visible;
    pointer-events: none;
  }
  .axis {
    color: var(--_muted);
    font-family: var(--_font);
  }
  .axis text {
    font-size: 0.85em;
    fill: currentColor;
  }
  .axis .domain,
  .axis line {
    stroke: currentColor;
  }
  .overview {
    position: relative;
    height: 26px;
    margin-top: 4px;
    border-top: 1px solid color-mix(in srgb,var(--_muted) 40%,transparent);
    cursor: pointer;
    touch-action: none;
    user-select: none;
  }
  .overview-ticks {
    position: absolute;
    top: 9px;
    left: 0;
    width: 100%;
    height: 10px;
    overflow: visible;
    stroke: var(--_accent);
    stroke-width: 2;
    opacity: 0.6;
  }
  .overview-window {
    position: absolute;
    top: 2px;
    left: 0;
    height: 22px;
    border: 1.5px solid var(--_focus);
    border-radius: 4px;
    background: color-mix(in srgb,var(--_focus) 12%,transparent);
    cursor: grab;
  }
  .overview-window:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .overview-handle {
    position: absolute;
    top: -2px;
    bottom: -2px;
    width: 10px;
    cursor: ew-resize;
  }
  /* The view's start is on the inline-start side: the right in rtl, where the strip runs right to left. */
  .overview-handle[data-edge='start'] {
    inset-inline-start: -6px;
  }
  .overview-handle[data-edge='end'] {
    inset-inline-end: -6px;
  }
  .axis-break {
    color: var(--_muted);
  }
  .axis-break .break-gap {
    fill: var(--_label-bg);
  }
  .axis-break line {
    stroke: currentColor;
    stroke-width: 1.5;
  }
  .axis-break text {
    fill: currentColor;
    font-size: 0.75em;
    font-style: italic;
  }
  .leader {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
    opacity: 0.6;
  }

  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
`;

/** Screen-reader text, the detail (tooltip), page-rule resets, right to left and print. */
const detailStyles = css`
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  .tooltip {
    position: fixed;
    inset: auto;
    top: 0;
    left: 0;
    margin: 0;
    z-index: 10;
    width: max-content;
    max-width: min(26rem,calc(100vw - 16px));
    max-height: calc(100vh - 16px);
    padding: 0.75em 0.9em;
    border: 1px solid var(--_tip-border);
    border-radius: 8px;
    background: var(--_tip-bg);
    color: var(--_tip-fg);
    box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
    overflow: auto;
    transition: opacity 120ms ease-out;
  }
  .tooltip[data-placing] {
    visibility: hidden;
  }
  .tooltip:not(:popover-open)[popover] {
    display: none;
  }
  .tip-title {
    margin: 0 0 .15em;
    margin-inline-end: 1.5em;
    font-weight: 650;
    font-size: 1.05em;
  }
  .tip-list {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  .tip-list .tip-event {
    min-height: 24px;
    padding: 2px 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .tip-list .tip-event:hover {
    text-decoration: underline;
  }
  .tip-list .tip-event:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .tip-list .tip-date {
    color: var(--_muted);
    white-space: nowrap;
  }
  .tip-meta {
    margin: 0 0 0.5em;
    color: var(--_muted);
  }
  .tip-quote {
    margin: 0;
    padding-inline-start: .75em;
    border-inline-start: 3px solid var(--_accent);
    font-family: var(--_quote-font);
    font-size: 1.05em;
  }
  .tip-quote mark {
    background: var(--_highlight);
    color: var(--_highlight-fg);
    padding: 0 1px;
  }
  .tip-quote .date-text {
    text-decoration: underline dotted;
    text-underline-offset: 3px;
  }
  .tip-source {
    margin: 0.5em 0 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .tip-source a {
    color: inherit;
  }
  .tip-close {
    position: absolute;
    top: 0.35em;
    inset-inline-end: .35em;
    width: 1.75em;
    height: 1.75em;
    padding: 0;
    border: 0;
    border-radius: 4px;
    background: transparent;
    color: var(--_muted);
    font: inherit;
    font-size: 1em;
    line-height: 1;
    cursor: pointer;
  }
  .tip-close:focus-visible {
    outline: 2px solid var(--_focus);
  }

  .error {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 3px solid var(--_error);
    color: var(--_error);
    background: color-mix(in srgb,var(--_error) 8%,transparent);
  }
  .error p {
    margin: 0;
    font-weight: 600;
  }
  .error ul {
    margin: 0.25em 0 0;
    padding-inline-start: 1.25em;
  }
  .status {
    margin: 0;
    color: var(--_muted);
    padding: 1em 0;
  }

  @media (prefers-reduced-motion: reduce) {
    .tooltip {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .mark,
    .mark.span {
      background: CanvasText;
      border-color: CanvasText;
      forced-color-adjust: none;
    }
    /* Coarse: hollow, with its line through it; a known period is filled. */
    .mark.coarse {
      background: linear-gradient(CanvasText,CanvasText) center / var(--_line-box) no-repeat;
      border: 1px solid CanvasText;
    }
    .mark.coarse.uncertain {
      border-style: dotted;
    }
    [data-selected] .mark,
    [data-active] .mark {
      background: Highlight;
    }
    .tip-quote mark {
      background: Mark;
      color: MarkText;
    }
    .tooltip {
      border-color: CanvasText;
    }
  }

  /* Page rules such as "* { letter-spacing: .2em }" beat :host, but cannot reach inside: reset here too. */
  section {
    /* The room held before the document arrives (reserve-room.ts), or the page's own figure. */
    min-height: var(--article-timeline-min-height,var(--_reserve,0px));
    line-height: 1.35;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
    white-space: normal;
  }

  /* Right-to-left: time runs right to left (the element mirrors its layout); text, the close button and rules follow dir. */
  .tip-link {
    margin: 0.5em 0 0;
    font-size: 0.9em;
  }
  .tip-link a {
    color: inherit;
  }

  /* Print: paper cannot be hovered, so a chronological list replaces the axis. */
  .print-list {
    display: none;
  }
  @media print {
    .plot,
    .controls,
    .zoom-hint,
    .tooltip {
      display: none !important;
    }
    .print-list {
      display: block;
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .print-list li {
      margin: 0 0 0.8em;
      break-inside: avoid;
    }
    .print-list p {
      margin: 0;
    }
    .print-meta {
      color: var(--_muted);
      font-size: 0.9em;
    }
    .print-title {
      font-weight: 650;
    }
    .print-quote {
      margin: 0.2em 0 0;
      padding-inline-start: .75em;
      border-inline-start: 2px solid currentColor;
      font-family: var(--_quote-font);
    }
  }
`;

/** In cascade order: the host and its frame, then the marks and labels, then the rest. */
export const styles = [hostStyles, markStyles, detailStyles];
