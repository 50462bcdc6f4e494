import {css} from 'lit';

/** Events on the plot: marks (points, spans, coarse bands, open ends), cluster marks and labels. */
export const markStyles = css`
  .event {
    /* The element moves and sizes each item as one box, the size of its mark: the mark fills it and
       an unlabelled label centres on it, so that a zoom step restyles one element per event. */
    position: absolute;
    top: 0;
    left: 0;
  }
  .mark {
    position: absolute;
    inset: 0;
    cursor: pointer;
    background: var(--_accent);
    border-radius: 999px;
  }
  /* No ::before hit area around marks: a pseudo-element made the browser rebuild every mark's box on
     each zoom step. The 24px targets are the labels; an unlabelled one is a 24px box on its mark. */
  .mark.point {
    border: 2px solid var(--_bg,#fff);
    box-shadow: 0 0 0 1px var(--_accent);
  }
  .mark.span {
    background: var(--_span);
    border: 1.5px solid var(--_accent);
  }
  .mark.uncertain {
    border-style: dotted;
  }
  /* An open end (2014/..,../1991) fades out at the edge of the period: it goes on. An unknown end
     (1985/,/1985) fades too, dashed: where it ends is not known. Time runs left to right, right to
     left in rtl, and downwards when vertical. */
  .mark:is(.open-end,.unknown-end) {
    --_fade-to: right;
  }
  .mark:is(.open-start,.unknown-start) {
    --_fade-to: left;
  }
  .mark:is(.open-end,.unknown-end):dir(rtl) {
    --_fade-to: left;
  }
  .mark:is(.open-start,.unknown-start):dir(rtl) {
    --_fade-to: right;
  }
  .vertical .mark:is(.open-end,.unknown-end) {
    --_fade-to: bottom;
  }
  .vertical .mark:is(.open-start,.unknown-start) {
    --_fade-to: top;
  }
  .mark:is(.open-start,.open-end,.unknown-start,.unknown-end) {
    mask-image: linear-gradient(to var(--_fade-to),#000 calc(100% - 48px),transparent);
  }
  .mark:is(.unknown-start,.unknown-end) {
    border-style: dashed;
  }
  [data-active] .mark,
  [data-selected] .mark {
    background: var(--_accent);
    box-shadow: 0 0 0 3px color-mix(in srgb,var(--_accent) 35%,transparent);
  }
  /* A coarse date (a year,a month) is a period we know only roughly: a light band with a thin line
     through it, both fading out at the ends, and no edge that could be read as a day. Dashes were
     a row of tiny boxes at 1x. The line gives the mark the accent's contrast. */
  .mark.coarse {
    --_fill: var(--_span);
    --_line: var(--_accent);
    --_dir: 90deg;
    --_line-box: 100% 2px;
    --_fade: min(12px,30%);
    border: 0;
    border-radius: 2px;
    background:
      linear-gradient(var(--_dir),transparent,var(--_line) var(--_fade),var(--_line) calc(100% - var(--_fade)),transparent)
        center / var(--_line-box) no-repeat,
      linear-gradient(var(--_dir),transparent,var(--_fill) var(--_fade),var(--_fill) calc(100% - var(--_fade)),transparent);
  }
  .vertical .mark.coarse {
    --_dir: 180deg;
    --_line-box: 2px 100%;
  }
  /* Uncertain too ("2018?"): the line is dotted. */
  .mark.coarse.uncertain {
    --_line: transparent;
    background-image:
      repeating-linear-gradient(var(--_dir),var(--_accent) 0 3px,transparent 3px 6px),
      linear-gradient(var(--_dir),transparent,var(--_fill) var(--_fade),var(--_fill) calc(100% - var(--_fade)),transparent);
  }
  [data-active] .mark.coarse,
  [data-selected] .mark.coarse {
    --_fill: color-mix(in srgb,var(--_accent) 60%,transparent);
    box-shadow: none;
  }

  .cluster {
    position: absolute;
    top: 0;
    left: 0;
    z-index: 1;
    /* Centred on its point whatever its width: the element translates it to the point. */
    translate: -50% -50%;
    min-width: 24px;
    height: 24px;
    padding: 0 4px;
    border: 2px solid var(--_label-bg);
    border-radius: 12px;
    text-align: center;
    white-space: nowrap;
    user-select: none;
    background: var(--_accent);
    color: var(--_label-bg);
    font-size: 0.75em;
    font-weight: 700;
    /* The 20px inside its border: the count is centred without a flex box. */
    line-height: 20px;
    cursor: zoom-in;
  }
  .cluster-item {
    display: contents;
  }
  /* A clustered event drawn for the keyboard sits above its cluster, which takes the pointer; each
     event stays in the keyboard order. */
  .event[data-clustered] {
    z-index: 2;
    pointer-events: none;
  }
  /* A span (role button): font, colour, line height and alignment come from :host, with no
     button defaults to undo. */
  .label {
    position: absolute;
    top: 0;
    left: 0;
    padding: 1px 4px;
    border-radius: 4px;
    /* Opaque, so leader lines to higher lanes pass behind lower labels. */
    background: var(--_label-bg);
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
    user-select: none;
    cursor: pointer;
  }
  .label:hover,
  [data-active] .label {
    text-decoration: underline;
    text-underline-offset: 2px;
  }
  [data-selected] .label {
    font-weight: 650;
  }
  .label:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  /* An event whose label has no room: the label, with no text, shrinks onto its mark, still focusable. */
  .unlabelled {
    top: calc(50% - 12px);
    left: calc(50% - 12px);
    width: 24px;
    height: 24px;
    background: transparent;
    padding: 0;
  }
`;
