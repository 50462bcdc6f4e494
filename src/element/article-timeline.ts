import {LitElement, html, nothing, svg, type PropertyValues, type TemplateResult} from 'lit';
// Positions go through the CSSOM (#placeItems): a style attribute, which lit's styleMap writes on first render, is blocked by a strict CSP.
import {guard} from 'lit/directives/guard.js';
import {repeat} from 'lit/directives/repeat.js';
import {axisBottom, axisLeft, axisRight} from 'd3-axis';
import {select} from 'd3-selection';

import {tryParseEdtf} from '../time/edtf.js';
import type {EdtfDate} from '../time/types.js';
import {formatEdtf, normalizeLocale} from '../time/format.js';
import {tickFormat} from '../time/ticks.js';
import type {TimelineDocument, TimelineEvent, TimelineModel, TimelineProblem} from '../document/types.js';
import {loadTimeline, modelFromDocument, readInlineDocument, TimelineLoadError} from '../document/load.js';
import {readLightDomDocument} from '../document/light-dom.js';
import {textFragmentUrl} from '../document/text-fragment.js';
import {sentenceSpan} from '../document/anchor.js';
import {invalidDate} from '../document/model.js';
import {passageSegments, type Segment} from '../document/segments.js';
import {
  layoutTimeline,
  mirrorLayout,
  mirrorScale,
  timeDomain,
  VERTICAL_LABEL_INSET,
  type LayoutCluster,
  type LayoutItemInput,
  type LayoutItem,
  type LayoutResult,
} from '../layout/index.js';
import {clampView, fitView, inView, panView, sameView, viewAround, zoomView} from '../layout/view.js';
import {compressedScale, compressedTicks, findGaps, gapLength, type Gap} from '../layout/compressed.js';
import {timeScale} from '../layout/scale.js';
import type {ScaleTime} from 'd3-scale';
import {uiStrings, type UiStrings} from '../i18n/index.js';
import {ResizeController} from './resize-controller.js';
import {LightDomController} from './light-dom-controller.js';
import {ZoomController, type ZoomHost} from './zoom-controller.js';
import {forgetMeasurements, measureLabel} from './measure.js';
import {styles} from './article-timeline.styles.js';

export type Orientation = 'horizontal' | 'vertical' | 'auto';
type Status = 'empty' | 'loading' | 'ready' | 'error';

/** Space around the plot: the axis' tick labels go below it (horizontal) or left of it (vertical). */
const HORIZONTAL_MARGIN = {top: 8, right: 16, bottom: 28, left: 16};
const VERTICAL_MARGIN = {top: 12, right: 8, bottom: 12, left: 76};
/** Below this width, `orientation="auto"` turns the timeline vertical. */
const AUTO_VERTICAL_BELOW = 600;
/** How long a hover detail lingers after the pointer leaves, so it can be reached (WCAG 1.4.13). */
const HOVER_CLOSE_DELAY = 200;
/** Unlabelled dots closer than this (px) merge into one cluster mark. */
const CLUSTER_RADIUS = 14;
/** One press of +, − or a zoom button. */
const ZOOM_STEP = 2;
/** One press of Shift + arrow pans by this fraction of the visible period. */
const PAN_STEP = 0.2;
/** How long the "Ctrl + scroll to zoom" hint stays. */
const HINT_MS = 1500;
/** Length of the transition that brings a selected event into view. */
const VIEW_TRANSITION_MS = 250;

/** `zoomable="false"` turns zoom off; the bare attribute, or none, leaves it on. */
const booleanTrueByDefault = {
  fromAttribute: (value: string | null) => value !== 'false',
  toAttribute: (value: boolean) => (value ? null : 'false'),
};

/** The reader's visible period, as the `view` property gives and takes it. */
export interface TimelineView {
  start: Date;
  end: Date;
}

/** How many problems the error box lists before summarising. */
const MAX_LISTED_PROBLEMS = 8;

let nextInstance = 0;
/** Whether a page's first date format and text measurement have been done (see #warmFormats). */
let formatsWarmed = false;

/**
 * A news article's dated events on a time axis. Each event shows, on hover, focus or tap,
 * the verbatim sentence of the article it comes from.
 *
 * @summary A timeline of a news article, every event anchored to its source sentence.
 *
 * @attr src - URL of a timeline document (JSON). Its `source.textUrl` is fetched relative to it.
 * @attr start - Start of the visible period (EDTF or ISO date); clips or extends the data's period.
 * @attr end - End of the visible period (EDTF or ISO date); the whole of that day, month or year is included.
 * @attr orientation - `horizontal`, `vertical`, or `auto` (vertical below 600 px wide). Default `auto`.
 * @attr locale - BCP 47 tag for every date and UI text; defaults to the nearest `lang`, then the browser's language.
 * @attr selected - Id of the event whose detail is open (pinned). Changes when the reader selects an event.
 * @attr zoomable - Zoom and pan on (default); `zoomable="false"` for a static embed.
 * @attr scale - `linear` (default) or `compressed`: long empty stretches shrink to labelled axis breaks.
 * @attr overview - Shows a strip of the whole period with a draggable window for the view.
 * @attr heading - Accessible name and visible title; defaults to the article's title.
 *
 * @prop {TimelineDocument | undefined} timeline - The timeline document as an object (takes precedence over `src`).
 * @prop {TimelineModel | undefined} model - The checked model: events anchored in the text, and problems (read-only).
 *
 * @fires {CustomEvent<TimelineEvent>} timeline-select - The reader opened (pinned) an event's detail. Bubbles, composed.
 * @fires {CustomEvent<TimelineProblem[]>} timeline-error - The document, or some of its events, could not be used. Bubbles, composed.
 * @fires {CustomEvent<TimelineView>} timeline-view-change - The reader zoomed or panned. Detail: the new `{start, end}`. Bubbles, composed.
 * @fires {CustomEvent<TimelineModel>} timeline-load - A document was loaded and checked. Bubbles, composed.
 *
 * @slot - An inline `<script type="application/json">` timeline document may be placed inside.
 *
 * @csspart heading - The visible title.
 * @csspart axis - The time axis (an SVG group drawn by d3-axis).
 * @csspart event - One per event (a list item), with `data-event-id`.
 * @csspart event-mark - The mark of an event: a dot for a day, a bar for a period or a coarse date.
 * @csspart event-label - The label of an event (role button; it has the keyboard focus).
 * @csspart controls - The zoom-in, zoom-out and reset buttons.
 * @csspart cluster - One mark standing for events too close to point at (or a bar with no row left); `data-count` holds how many, `data-ids` their ids. Hover or focus lists them; click or Enter zooms to them.
 * @csspart axis-break - One per gap the compressed scale (`scale="compressed"`) leaves out; `data-skips` holds how long it is ("5 years").
 * @csspart overview - The strip of the whole period under the axis (`overview` attribute), with the view's window.
 * @csspart tooltip - The detail of the open event.
 * @csspart error - The list of problems with the data.
 *
 * @cssprop --article-timeline-color - Text colour.
 * @cssprop --article-timeline-background - Background (default transparent).
 * @cssprop --article-timeline-label-background - Behind event labels, so leader lines pass under them (default: the background, else the page's Canvas colour).
 * @cssprop --article-timeline-muted-color - Axis, leader lines and secondary text.
 * @cssprop --article-timeline-accent-color - Event marks and the quote's rule.
 * @cssprop --article-timeline-span-color - Fill of period marks.
 * @cssprop --article-timeline-highlight-color - Background of the quote within its sentence.
 * @cssprop --article-timeline-highlight-text-color - Text colour of the highlighted quote.
 * @cssprop --article-timeline-tooltip-background - Detail background.
 * @cssprop --article-timeline-tooltip-color - Detail text colour.
 * @cssprop --article-timeline-tooltip-border-color - Detail border.
 * @cssprop --article-timeline-focus-color - Keyboard focus ring.
 * @cssprop --article-timeline-error-color - Error text and rule.
 * @cssprop --article-timeline-font - Font family.
 * @cssprop --article-timeline-font-size - Base font size (default 0.875rem).
 * @cssprop --article-timeline-quote-font - Font family of quoted sentences.
 */
export class ArticleTimeline extends LitElement implements ZoomHost {
  static override styles = styles;
  /**
   * Reactive properties, then private state (`state: true`; `attribute: false` tells the manifest
   * analyzer too). Declared here rather than with decorators: 330 bytes less in the gzipped bundle.
   */
  static override properties = {
    _model: {state: true, attribute: false},
    status: {state: true, attribute: false},
    loadProblems: {state: true, attribute: false},
    activeId: {state: true, attribute: false},
    focusId: {state: true, attribute: false},
    dismissed: {state: true, attribute: false},
    viewDomain: {state: true, attribute: false},
    hintVisible: {state: true, attribute: false},
    hoverCluster: {state: true, attribute: false},
    focusCluster: {state: true, attribute: false},
    printing: {state: true, attribute: false},
    src: {},
    timeline: {attribute: false},
    start: {},
    end: {},
    orientation: {},
    locale: {},
    selected: {reflect: true, converter: {toAttribute: (v: string) => v || null}},
    heading: {},
    zoomable: {reflect: true, converter: booleanTrueByDefault},
    scale: {},
    overview: {type: Boolean, reflect: true},
  };

  // --- private state -------------------------------------------------------
  private _model?: TimelineModel;
  private status: Status = 'empty';
  private loadProblems: TimelineProblem[] = [];
  /** The event hovered or focused (a transient detail). */
  private activeId: string | null = null;
  /** The event that holds the roving tabindex. */
  private focusId: string | null = null;
  /** Escape hides a focus-driven detail until focus moves on. */
  private dismissed = false;
  /** The zoomed period, or null for the whole period. */
  private viewDomain: [number, number] | null = null;
  private hintVisible = false;
  /** The cluster under the pointer or focus (its ids joined by spaces): the detail lists its events. */
  private hoverCluster: string | null = null;
  /** The cluster that holds the roving tabindex (its key), or null when an event holds it. */
  private focusCluster: string | null = null;
  /** The page is being printed (or print media is emulated): draw the chronological list. */
  private printing = false;
  #printQuery?: MediaQueryList;
  /** Aborted on disconnect: the listeners added on the page when the element connected. */
  #connection?: AbortController;
  readonly #onPrintChange = () => {
    this.printing = !!this.#printQuery?.matches;
  };
  readonly #onBeforePrint = () => {
    this.printing = true;
  };
  /**
   * A web font has loaded: labels measured before it (in its fallback, or while the element warmed
   * up) are measured again. A font the labels use is often loaded only once they are drawn in it.
   */
  readonly #onFontsLoaded = (e: FontFaceSetLoadEvent) => {
    // Only a face of the labels' font (a page loads others too; a re-layout of 10,000 events is not
    // free), whether or not labels have been measured: the warm-up measures some letters first.
    if (!e.fontfaces.some((face) => labelFont(this).css.includes(face.family))) return;
    forgetMeasurements();
    this.#labelWidthsFont = this.#dataKey = this.#layoutKey = '';
    this.requestUpdate();
  };

  private readonly resize = new ResizeController(this);
  // A page may rewrite the light-DOM list: read it again unless `timeline` or `src` take precedence.
  protected readonly lightDom = new LightDomController(this, () => {
    if (!this.timeline && !this.src) this.load();
  });
  private readonly zoomer = new ZoomController(this);
  #fullDomain: [number, number] = [0, 1];
  #layoutKey = '';
  #axisKey?: readonly unknown[];
  #clusterList: LayoutCluster[] = [];
  /** The inputs of `dataKey`, and what they give: the layout's items, the events' dates. */
  #dataKey = '';
  #layoutItems: LayoutItemInput[] = [];
  #visibleDates: TimelineEvent['date'][] = [];
  #baseRange: [number, number] = [0, 0];
  /**
   * The drawing's height (horizontal) or its axis' length, margins included (vertical), at the whole
   * period; a zoomed view keeps at least this. Set by every whole-period layout, and forgotten on a
   * change of size or orientation (a phone turned while zoomed), until the next one.
   */
  #wholeHeight?: number;
  /** The axis' tick font (CSS shorthand), read on the first draw after a data, size or font change. */
  #tickFont?: string;
  #gestureView?: [number, number];
  #gestureFrame = 0;
  #warmHandle?: {idle?: number; timer?: ReturnType<typeof setTimeout>};
  #idleTasks: (() => void)[] = [];
  /** The overview window's place, worked out by its render and written by #placeItems(). */
  #overviewWindow?: [x: number, y: number, width: number];
  private roving?: {layout: LayoutResult; order: RovingEntry[]};
  /** Measured label widths of the current model's events, for the font they were measured in. */
  #labelWidths = new WeakMap<TimelineEvent, number>();
  #labelWidthsFont = '';
  /** Index of each event in `visibleEvents` (and in the layout's items). */
  #indexById = new Map<string, number>();
  /** The event in view with this id. */
  #event(id: string): TimelineEvent | undefined {
    return this.#visibleEvents[this.#indexById.get(id) ?? -1];
  }
  readonly #dateLabels = new WeakMap<TimelineEvent, {locale: string; text: string}>();
  #layoutModel?: TimelineModel;
  /** Compressed gaps of the current view (none on a linear scale). */
  private gaps: Gap[] = [];
  /** The whole period on screen at zoom 1, for gestures. */
  #baseScale?: ScaleTime<number, number>;
  #hintTimer?: ReturnType<typeof setTimeout>;
  #viewAnimation = 0;
  private readonly uid = `at${++nextInstance}`;
  #loadAbort?: AbortController;
  #hoverTimer?: ReturnType<typeof setTimeout>;
  private layout?: LayoutResult;
  #visibleEvents: TimelineEvent[] = [];
  #locale_ = 'en';
  private strings: UiStrings = uiStrings('en');
  private vertical = false;
  /** The host's computed direction is rtl: time runs right to left, a vertical axis stands on the right. */
  private rtl = false;
  #rangeProblems: TimelineProblem[] = [];
  #reportedProblems?: readonly TimelineProblem[];
  #pendingFocus = false;
  readonly #onViewportChange = () => this.#placeTooltip();

  // --- queried refs --------------------------------------------------------
  get #axisGroup(): SVGGElement | null | undefined {
    return this.shadowRoot?.querySelector('[part~="axis"]');
  }
  get #tooltip(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector('[part~="tooltip"]');
  }
  get #plot(): HTMLElement | null | undefined {
    return this.shadowRoot?.querySelector('.plot');
  }

  // --- public properties ---------------------------------------------------
  /** URL of a timeline document (JSON). */
  src = '';

  /** A timeline document as an object; takes precedence over `src`. */
  timeline?: TimelineDocument;

  /** Start of the visible period (EDTF/ISO). */
  start = '';

  /** End of the visible period (EDTF/ISO), inclusive of that whole day, month or year. */
  end = '';

  /** `horizontal`, `vertical`, or `auto` (vertical below 600 px). */
  orientation: Orientation = 'auto';

  /** BCP 47 locale for dates and UI text. */
  locale = '';

  /** Id of the event whose detail is pinned open. */
  selected = '';

  /** Accessible name and visible title. Defaults to the article's title. */
  heading = '';

  /** Zoom and pan by pointer, wheel, touch, keyboard and buttons. `zoomable="false"` makes a static timeline. */
  zoomable = true;

  /** The visible period. Settable (Date, epoch ms or EDTF string ends); `null` shows the whole period. */
  get view(): TimelineView {
    const [start, end] = this.#currentView;
    return {start: new Date(start), end: new Date(end)};
  }
  set view(value: {start: Date | number | string; end: Date | number | string} | null | undefined) {
    cancelAnimationFrame(this.#viewAnimation);
    // A gesture not drawn yet does not override a view set by code.
    cancelAnimationFrame(this.#gestureFrame);
    this.#gestureFrame = 0;
    if (!value) {
      this.viewDomain = null;
      return;
    }
    const start = toMs(value.start, 'start');
    const end = toMs(value.end, 'end');
    if (start === undefined || end === undefined || !(end > start)) {
      throw new RangeError(`view: expected {start, end} with start before end, found ${JSON.stringify(value)}`);
    }
    this.viewDomain = [start, end];
  }

  /** `linear` (default), or `compressed`: long empty stretches shrink to a marked break so dense and sparse times both get room. */
  scale: 'linear' | 'compressed' = 'linear';

  /** Shows a thin strip of the whole period under the axis, with a window for the view: drag it to pan, its edges to zoom. */
  overview = false;

  /** The checked model the element draws: events anchored in the article text, and the problems found. */
  get model(): TimelineModel | undefined {
    return this._model;
  }

  /** Every problem currently reported: loading, document, and the `start`/`end` attributes. */
  get problems(): TimelineProblem[] {
    return [...this.loadProblems, ...(this._model?.problems ?? []), ...this.#rangeProblems];
  }

  // --- lifecycle -----------------------------------------------------------
  override connectedCallback(): void {
    super.connectedCallback();
    this.#warmFormats();
    // Every page listener goes with one abort on disconnect.
    const signal = (this.#connection = new AbortController()).signal;
    window.addEventListener('scroll', this.#onViewportChange, {capture: true, passive: true, signal});
    window.addEventListener('resize', this.#onViewportChange, {passive: true, signal});
    window.addEventListener('beforeprint', this.#onBeforePrint, {signal});
    window.addEventListener('afterprint', this.#onPrintChange, {signal});
    document.fonts?.addEventListener('loadingdone', this.#onFontsLoaded, {signal});
    this.#printQuery = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    this.#printQuery?.addEventListener('change', this.#onPrintChange, {signal});
    this.#onPrintChange();
    // Re-attached after a removal: load again what the removal aborted.
    if (this.hasUpdated && this.status === 'loading') this.load();
    // And show a detail opened while detached, which could not be placed then.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#connection?.abort();
    clearTimeout(this.#hoverTimer);
    clearTimeout(this.#hintTimer);
    cancelAnimationFrame(this.#viewAnimation);
    this.#cancelWarm();
    cancelAnimationFrame(this.#gestureFrame);
    this.#gestureFrame = 0;
    this.#gestureView = undefined;
    this.#loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('timeline')) this.load();

    if (!this.hasUpdated || changed.has('locale')) {
      this.#locale_ = normalizeLocale(this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language);
      this.strings = uiStrings(this.#locale_);
    }
    if (changed.has('selected') && this.selected) {
      this.activeId = null;
      this.dismissed = false;
    }
    if (changed.has('src') || changed.has('timeline') || changed.has('start') || changed.has('end')) this.viewDomain = null;
    const hadFocus = !!this.shadowRoot?.activeElement?.closest('[data-event-id]');
    // A selection made before the document arrived (a deep link) is brought into view once it has.
    const newModel = this._model !== this.#layoutModel;
    this.#computeLayout();
    if ((changed.has('selected') || newModel) && this.selected) {
      this.#bringIntoView(this.selected);
      this.#zoomIntoClusterOf(this.selected);
    }
    if (hadFocus) this.#keepFocusInView();
  }

  protected override updated(): void {
    this.#drawAxis();
    this.#placeItems();
    this.#markOpenEvent();
    if (this.layout && !this.vertical) {
      this.zoomer.attach(this.#plot, this.layout.scale, this.#currentView, this.#fullDomain);
    } else {
      this.zoomer.detach();
    }
    this.#placeTooltip();
    if (this.#pendingFocus) {
      this.#pendingFocus = false;
      const cluster = this.focusCluster
        ? this.shadowRoot?.querySelector<HTMLElement>(`[part~="cluster"][data-ids="${CSS.escape(this.focusCluster)}"]`)
        : null;
      (cluster ?? this.#labelButton(this.focusId))?.focus();
    }
    const problems = this.problems;
    if (problems.length && !sameProblems(problems, this.#reportedProblems)) {
      this.#reportedProblems = problems;
      this.dispatchEvent(new CustomEvent('timeline-error', {detail: problems, bubbles: true, composed: true}));
    } else if (!problems.length) {
      this.#reportedProblems = undefined;
    }
  }

  // --- loading -------------------------------------------------------------
  private load(): void {
    this.#loadAbort?.abort();
    const abort = new AbortController();
    this.#loadAbort = abort;
    let pending: Promise<TimelineModel> | undefined;
    // Only null/undefined mean "no document": `false`, `0` or `""` are a wrong document, reported as such.
    if (this.timeline != null) {
      pending = modelFromDocument(this.timeline, document.baseURI, {signal: abort.signal});
    } else if (this.src) {
      pending = loadTimeline(this.src, {signal: abort.signal});
    } else {
      // Invalid inline JSON throws: turn it into a failed load (shown), not an exception inside willUpdate.
      let inline: unknown;
      try {
        inline = readInlineDocument(this) ?? readLightDomDocument(this);
      } catch (error) {
        pending = Promise.reject(error);
      }
      if (inline !== undefined) pending = modelFromDocument(inline, document.baseURI, {signal: abort.signal});
    }
    if (!pending) {
      this._model = undefined;
      this.loadProblems = [];
      this.status = 'empty';
      return;
    }
    this.status = 'loading';
    pending.then(
      (model) => {
        if (abort.signal.aborted) return;
        this._model = model;
        this.loadProblems = [];
        this.status = 'ready';
        this.dispatchEvent(new CustomEvent('timeline-load', {detail: model, bubbles: true, composed: true}));
        this.#warmSentences(model);
      },
      (error: unknown) => {
        if (abort.signal.aborted) return;
        this._model = undefined;
        this.status = 'error';
        this.loadProblems =
          error instanceof TimelineLoadError
            ? error.problems
            : [{path: this.src ? 'src' : 'document', message: error instanceof Error ? error.message : String(error)}];
      },
    );
  }

  /**
   * Sentences are found when a detail first opens, and the first costs the browser's sentence
   * rules (tens of ms): find one while the page is idle, so that the first hover is as quick as the rest.
   */
  #warmSentences(model: TimelineModel): void {
    const first = model.events[0];
    if (first) this.#whenIdle(() => sentenceSpan(model.source.text, first.quoteSpan));
  }

  /**
   * The first date formatted in a page costs the browser's date data (tens of ms, more than laying
   * out a thousand events), and the first text measured its font: do both while the page is idle
   * after the element connects, typically while its document is still on the network.
   */
  #warmFormats(): void {
    if (formatsWarmed) return;
    this.#whenIdle(() => {
      formatsWarmed = true;
      // The browser's date data loads with the first format; later formats cost little.
      new Intl.DateTimeFormat(this.#locale_).format(0);
      measureLabel('Xi 2023', labelFont(this).css);
    });
  }

  /** Runs `task` when the page is idle (within 2 s); tasks wait together and go with a disconnect. */
  #whenIdle(task: () => void): void {
    this.#idleTasks.push(task);
    if (this.#warmHandle) return;
    const run = () => {
      this.#warmHandle = undefined;
      for (const t of this.#idleTasks.splice(0)) t();
    };
    this.#warmHandle =
      typeof requestIdleCallback === 'function'
        ? {idle: requestIdleCallback(run, {timeout: 2000})}
        : {timer: setTimeout(run, 200)};
  }

  #cancelWarm(): void {
    if (this.#warmHandle?.idle !== undefined) cancelIdleCallback(this.#warmHandle.idle);
    if (this.#warmHandle?.timer !== undefined) clearTimeout(this.#warmHandle.timer);
    this.#warmHandle = undefined;
    this.#idleTasks = [];
  }

  // --- derived layout ------------------------------------------------------
  #computeLayout(): void {
    // Before the resize observer's first report, measure, and keep it: the report of the same
    // width then asks for no second render.
    const width = (this.resize.width ||= Math.round(this.getBoundingClientRect().width));
    const font = labelFont(this);
    const direction = getComputedStyle(this).direction;
    // Hover, focus and selection change no geometry: keep the layout unless an input changed.
    const dataKey = [width, this.orientation, this.start, this.end, this.scale, font.css, direction].join('|');
    const key = `${dataKey}|${this.viewDomain?.join()}`;
    if (key === this.#layoutKey && this._model === this.#layoutModel) return;
    this.#layoutKey = key;
    if (dataKey !== this.#dataKey || this._model !== this.#layoutModel) {
      this.#dataKey = dataKey;
      this.#layoutModel = this._model;
      this.rtl = direction === 'rtl';
      this.#prepareData(width, font);
    }
    if (!this.#layoutItems.length) {
      this.layout = undefined;
      return;
    }
    // Zooming and panning only redo this part: the layout of what is in view.
    if (this.viewDomain) this.viewDomain = clampView(this.viewDomain, this.#fullDomain);
    const domain = this.#currentView;
    const compressed = this.scale === 'compressed';
    this.gaps = compressed ? findGaps(this.#visibleDates, domain) : [];
    const labelHeight = this.#layoutItems[0]!.labelHeight;
    const layout = layoutTimeline({
      gaps: this.gaps,
      clusterRadius: CLUSTER_RADIUS,
      items: this.#layoutItems,
      orientation: this.vertical ? 'vertical' : 'horizontal',
      width,
      domain,
      margin: this.vertical ? VERTICAL_MARGIN : HORIZONTAL_MARGIN,
      laneHeight: labelHeight + 4,
      maxLanes: width < 500 ? 4 : 6,
      labelGap: 8,
      // A zoomed view is as tall (horizontal) or as long (vertical) as the whole one at least. Vertical:
      // zooming in spreads its events out rather than shrinking the drawing around the few left in
      // view. Horizontal: fewer lanes would move the axis, and the page below, under a zooming pointer.
      height: this.viewDomain ? this.#wholeHeight : 0,
    });
    if (!this.viewDomain) this.#wholeHeight = this.vertical ? layout.range[1] + VERTICAL_MARGIN.bottom : layout.height;
    this.layout = this.rtl ? mirrorLayout(layout) : layout;
    this.#clusterList = this.layout.clusters;
    this.#keepClusterFocus();
    const [r0, r1] = this.layout.range;
    if (!this.#baseScale || this.#baseRange[0] !== r0 || this.#baseRange[1] !== r1) {
      this.#baseRange = [r0, r1];
      const base = compressed
        ? compressedScale(this.#fullDomain, [r0, r1], findGaps(this.#visibleDates, this.#fullDomain))
        : timeScale(this.#fullDomain, [r0, r1]);
      // Mirrored within [r0, r1] (the layout's range is mirrored already), as the layout's scale is.
      this.#baseScale = this.rtl && !this.vertical ? mirrorScale(base, r0 + r1) : base;
    }
  }

  /** What stays the same while the reader zooms: the events within start/end, their period, label sizes. */
  #prepareData(width: number, font: {css: string; size: string}): void {
    this.vertical = this.orientation === 'vertical' || (this.orientation === 'auto' && width > 0 && width < AUTO_VERTICAL_BELOW);
    this.#rangeProblems = [];
    this.#tickFont = this.#baseScale = this.#wholeHeight = undefined;
    const startMs = this.#parseBound('start', this.start, 'start');
    const endMs = this.#parseBound('end', this.end, 'end');
    const events = this._model?.events ?? [];
    this.#visibleEvents = events.filter(
      (e) => (startMs === undefined || e.date.end > startMs) && (endMs === undefined || e.date.start < endMs),
    );
    this.#indexById = new Map(this.#visibleEvents.map((e, i) => [e.id, i]));
    this.#visibleDates = this.#visibleEvents.map((e) => e.date);
    this.#layoutItems = [];
    if (!this.#visibleEvents.length || width <= 0) return;
    const fontSize = parseFloat(font.size) || 14;
    const labelHeight = Math.ceil(fontSize * 1.35) + 2;
    // Vertical labels start right of the axis, mark and leader.
    const maxLabelWidth = this.vertical
      ? Math.max(60, width - VERTICAL_MARGIN.left - VERTICAL_MARGIN.right - VERTICAL_LABEL_INSET)
      : Math.min(340, Math.max(120, width * 0.45));
    // A compressed scale pads nothing: padding would be an empty stretch of its own.
    this.#fullDomain = timeDomain(this.#visibleDates, {start: startMs, end: endMs, padding: this.scale === 'compressed' ? 0 : undefined});
    // Titles are measured once per font, not on every zoom step.
    if (font.css !== this.#labelWidthsFont) {
      this.#labelWidths = new WeakMap();
      this.#labelWidthsFont = font.css;
    }
    const titleWidth = (e: TimelineEvent) => {
      let w = this.#labelWidths.get(e);
      if (w === undefined) this.#labelWidths.set(e, (w = measureLabel(e.title, font.css) + 10));
      return w;
    };
    this.#layoutItems = this.#visibleEvents.map((e) => ({
      id: e.id,
      // Unclamped: the layout clips marks to the view itself, and tells an event that only touches
      // the view's edge (ends as it starts) from one inside it.
      start: e.date.start,
      end: e.date.end,
      point: isPoint(e),
      labelWidth: Math.min(maxLabelWidth, titleWidth(e)),
      labelHeight,
    }));
  }

  #parseBound(path: 'start' | 'end', value: string, side: 'start' | 'end'): number | undefined {
    if (!value) return undefined;
    const parsed = tryParseEdtf(value);
    if (parsed instanceof Error) {
      this.#rangeProblems.push({path, field: path, message: `${path}: ${parsed.message}`, ...invalidDate(parsed)});
      return undefined;
    }
    return side === 'start' ? parsed.start : parsed.end;
  }

  // --- event handlers ------------------------------------------------------
  #eventFrom(e: Event): string | null {
    const li = (e.target as Element | null)?.closest?.('[data-event-id]');
    return li?.getAttribute('data-event-id') ?? null;
  }

  #onPointerOver(e: PointerEvent): void {
    const id = this.#eventFrom(e);
    if (!id) return;
    clearTimeout(this.#hoverTimer);
    this.dismissed = false;
    this.activeId = id;
  }

  #onPointerOut(e: PointerEvent): void {
    if (!this.#eventFrom(e)) return;
    const to = e.relatedTarget as Element | null;
    if (to && this.#eventFrom({target: to} as unknown as Event)) return;
    this.#scheduleHoverClose();
  }

  #scheduleHoverClose(): void {
    clearTimeout(this.#hoverTimer);
    this.#hoverTimer = setTimeout(() => {
      this.hoverCluster = null;
      const focused = this.shadowRoot?.activeElement?.closest('[data-event-id]')?.getAttribute('data-event-id');
      this.activeId = focused ?? null;
    }, HOVER_CLOSE_DELAY);
  }

  #onFocusIn(e: FocusEvent): void {
    const id = this.#eventFrom(e);
    if (!id) return;
    clearTimeout(this.#hoverTimer);
    if (id !== this.focusId) this.dismissed = false;
    this.focusId = id;
    this.focusCluster = null;
    this.hoverCluster = null;
    this.activeId = id;
  }

  #onFocusOut(e: FocusEvent): void {
    const to = e.relatedTarget as Node | null;
    if (to && (this.#tooltip?.contains(to) || this.#eventFrom({target: to} as unknown as Event))) return;
    this.activeId = null;
  }

  private onClick(e: MouseEvent): void {
    const id = this.#eventFrom(e);
    if (!id) return;
    this.focusId = id;
    this.#toggleSelected(id);
  }

  #onKeyDown(e: KeyboardEvent): void {
    // Labels and cluster marks are spans with role="button": a <button> costs the browser about five
    // times as much to restyle and lay out, and a zoom step moves every one of them. They activate as
    // buttons do: Enter on keydown, Space on keyup (its keydown must not scroll the page).
    const button = activator(e);
    if (button) {
      e.preventDefault();
      if (e.key === 'Enter') button.click();
      return;
    }
    const order = this.#rovingOrder();
    const cluster = (e.target as Element | null)?.closest?.('[part~="cluster"]')?.getAttribute('data-ids') ?? null;
    const current = cluster ?? this.#eventFrom(e);
    if (!current || !order.length) return;
    if (this.#zoomKey(e)) return;
    const i = order.findIndex((entry) => (cluster ? entry.cluster?.key === cluster : entry.id === current));
    // The arrows keep their visual sense: in rtl time runs right to left, so ArrowLeft goes to the later event.
    const later = this.rtl && !this.vertical ? 'ArrowLeft' : 'ArrowRight';
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowRight':
        next = e.key === later ? i + 1 : i - 1;
        break;
      case 'ArrowDown':
        next = i + 1;
        break;
      case 'ArrowLeft':
        next = e.key === later ? i + 1 : i - 1;
        break;
      case 'ArrowUp':
        next = i - 1;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = order.length - 1;
        break;
      case 'Escape':
        if (cluster && this.hoverCluster) {
          e.preventDefault();
          e.stopPropagation();
          this.hoverCluster = null;
          return;
        }
        if (this.selected || (this.activeId && !this.dismissed)) {
          e.preventDefault();
          e.stopPropagation();
          this.close();
        }
        return;
      default:
        return;
    }
    e.preventDefault();
    const entry = order[Math.max(0, Math.min(order.length - 1, next))]!;
    if (entry.cluster) this.#focusClusterMark(entry.cluster.key);
    else this.focusEvent(entry.id!);
  }

  /** The keyboard order: every event in time order, each cluster just before its first event (made when needed). */
  #rovingOrder(): RovingEntry[] {
    const layout = this.layout;
    if (!layout) return [];
    if (this.roving?.layout !== layout) this.roving = {layout, order: rovingOrder(this.#visibleEvents, layout)};
    return this.roving.order;
  }

  /** Moves keyboard focus to a cluster mark, which lists its events. */
  #focusClusterMark(key: string): void {
    clearTimeout(this.#hoverTimer);
    this.focusCluster = key;
    this.hoverCluster = key;
    this.activeId = null;
    this.#pendingFocus = true;
  }

  /**
   * After a zoom the focused cluster may have split or merged: hand the roving focus to the cluster
   * now holding its first event, or to that event itself.
   */
  #keepClusterFocus(): void {
    const key = this.focusCluster;
    if (!key || this.#clusterList.some((c) => clusterKey(c) === key)) return;
    const first = key.split(' ')[0]!;
    const now = this.#clusterList.find((c) => c.ids.includes(first));
    const hadFocus = !!this.shadowRoot?.activeElement?.closest('[part~="cluster"]');
    if (this.hoverCluster === key) this.hoverCluster = now ? clusterKey(now) : null;
    if (now) {
      this.focusCluster = clusterKey(now);
    } else {
      this.focusCluster = null;
      this.focusId = first;
      if (hadFocus) this.activeId = first;
    }
    if (hadFocus) this.#pendingFocus = true;
  }

  /** +/−/0 and Shift + arrows; true when the key was a zoom key. */
  #zoomKey(e: KeyboardEvent): boolean {
    if (!this.zoomable || e.ctrlKey || e.metaKey || e.altKey) return false;
    // Zoom about the focused cluster or event.
    const around = this.focusCluster
      ? this.focusCluster.split(' ').flatMap((id) => this.#event(id) ?? [])
      : [this.#event(this.focusId ?? '')].filter((ev) => !!ev);
    const center = around.length
      ? (Math.min(...around.map((ev) => ev.date.start)) + Math.max(...around.map((ev) => ev.date.end))) / 2
      : this.#middle;
    const view = this.#currentView;
    let next: [number, number] | undefined;
    if (e.key === '+' || e.key === '=') next = zoomView(view, this.#fullDomain, ZOOM_STEP, center);
    else if (e.key === '-' || e.key === '_') next = zoomView(view, this.#fullDomain, 1 / ZOOM_STEP, center);
    else if (e.key === '0') next = [...this.#fullDomain];
    else if (e.shiftKey && !this.vertical && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
      // Towards the later end of the axis: the right, or the left in rtl where time runs right to left.
      const sign = e.key === (this.rtl ? 'ArrowLeft' : 'ArrowRight') ? 1 : -1;
      next = panView(view, this.#fullDomain, sign * PAN_STEP * (view[1] - view[0]));
    } else if (e.shiftKey && this.vertical && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      next = panView(view, this.#fullDomain, (e.key === 'ArrowDown' ? 1 : -1) * PAN_STEP * (view[1] - view[0]));
    }
    if (!next) return false;
    e.preventDefault();
    this.#setViewByReader(next);
    return true;
  }

  #onControlsKeyDown(e: KeyboardEvent): void {
    this.#zoomKey(e);
  }

  #zoomBy(factor: number): void {
    this.#setViewByReader(factor ? zoomView(this.#currentView, this.#fullDomain, factor, this.#middle) : [...this.#fullDomain]);
  }

  /**
   * The time under the middle of the axis, which buttons and keys zoom about when no event has the
   * focus: on a compressed scale it is not the middle of the period, which may lie in a shrunk gap.
   */
  get #middle(): number {
    const {scale, range: [a, b]} = this.layout!;
    return +scale.invert((a + b) / 2);
  }

  // --- ZoomHost ------------------------------------------------------------
  /** @internal */
  get zoomEnabled(): boolean {
    return this.zoomable;
  }

  /**
   * @internal
   * Gestures are drawn once per frame: a trackpad sends wheel events faster than frames, and a
   * thousand events take longer to lay out than the gap between two of them.
   */
  onGestureView(view: [number, number]): void {
    this.#gestureView = view;
    this.#gestureFrame ||= requestAnimationFrame(() => {
      this.#gestureFrame = 0;
      const next = this.#gestureView;
      this.#gestureView = undefined;
      if (next) this.#setViewByReader(next);
    });
  }

  /** @internal */
  onPlainWheel(): void {
    this.hintVisible = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.hintVisible = false), HINT_MS);
  }

  #onTooltipKeyDown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    this.close();
    this.#labelButton(this.focusId)?.focus();
  }

  #onTooltipPointerEnter(): void {
    clearTimeout(this.#hoverTimer);
  }

  #onTooltipPointerLeave(): void {
    if (this.activeId) this.#scheduleHoverClose();
  }

  // --- public methods ------------------------------------------------------
  /** Moves keyboard focus to an event (and shows its detail), bringing it into view. */
  focusEvent(id: string): void {
    if (!this.#indexById.has(id)) return;
    this.#bringIntoView(id, false);
    this.focusId = id;
    this.focusCluster = null;
    this.activeId = id;
    this.dismissed = false;
    this.#pendingFocus = true;
    this.requestUpdate();
  }

  /** Closes any open detail, pinned or transient. */
  close(): void {
    this.selected = '';
    this.activeId = null;
    this.hoverCluster = null;
    this.dismissed = true;
  }

  /** Zooming or panning the focused event off screen hands focus to the nearest event still on screen. */
  #keepFocusInView(): void {
    const layout = this.layout;
    const at = this.#indexById.get(this.focusId ?? '');
    if (!layout || at === undefined || layout.inView(at)) return;
    const from = this.#visibleEvents[at]!;
    let best: TimelineEvent | undefined;
    for (const [i, e] of this.#visibleEvents.entries()) {
      if (!layout.inView(i)) continue;
      if (!best || Math.abs(e.date.start - from.date.start) < Math.abs(best.date.start - from.date.start)) best = e;
    }
    if (!best) return;
    this.focusId = best.id;
    if (this.activeId) this.activeId = best.id;
    this.#pendingFocus = true;
  }

  /** The period on screen: the zoomed view, or the whole period. */
  get #currentView(): [number, number] {
    return this.viewDomain ? [...this.viewDomain] : [...this.#fullDomain];
  }

  #setViewByReader(view: [number, number]): void {
    cancelAnimationFrame(this.#viewAnimation);
    const next = clampView(view, this.#fullDomain);
    if (sameView(next, this.#currentView)) return;
    this.viewDomain = next;
    this.dispatchEvent(
      new CustomEvent<TimelineView>('timeline-view-change', {
        detail: {start: new Date(next[0]), end: new Date(next[1])},
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Pans (or zooms out) so that an event is on screen; animated unless the reader prefers reduced motion. */
  #bringIntoView(id: string, animate = true): void {
    const event = this.#event(id);
    if (!event || !this.viewDomain) return;
    const view = this.#currentView;
    if (inView(view, event.date.start, event.date.end)) return;
    const to = viewAround(view, this.#fullDomain, event.date.start, event.date.end);
    const reduced = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    cancelAnimationFrame(this.#viewAnimation);
    if (!animate || reduced) {
      this.viewDomain = to;
      return;
    }
    const from = view;
    const t0 = performance.now();
    const step = (now: number) => {
      const t = Math.min(1, (now - t0) / VIEW_TRANSITION_MS);
      const ease = 1 - (1 - t) ** 3;
      this.viewDomain = [from[0] + (to[0] - from[0]) * ease, from[1] + (to[1] - from[1]) * ease];
      if (t < 1) this.#viewAnimation = requestAnimationFrame(step);
    };
    this.#viewAnimation = requestAnimationFrame(step);
  }

  #toggleSelected(id: string): void {
    if (this.selected === id) {
      this.selected = '';
      this.dismissed = true;
      return;
    }
    this.selected = id;
    this.dismissed = false;
    const event = this.#event(id);
    if (event) this.dispatchEvent(new CustomEvent('timeline-select', {detail: event, bubbles: true, composed: true}));
  }

  // --- DOM work after render -----------------------------------------------
  #drawAxis(): void {
    const group = this.#axisGroup;
    if (!group || !this.layout) return;
    // Redraw only for a new layout or locale (or a new axis group after a re-render), not on hover.
    const key = [this.layout, this.#locale_, group] as const;
    if (this.#axisKey && this.#axisKey.every((v, i) => v === key[i])) return;
    this.#axisKey = key;
    const {scale, ticks} = this.layout;
    const values = this.gaps.length ? compressedTicks(scale, this.gaps, this.vertical ? 55 : 90) : scale.ticks(ticks);
    const format = tickFormat(values, this.#locale_);
    // Vertical rtl: the axis stands right of the labels, its tick labels outside it on the right.
    const axis = (this.vertical ? (this.rtl ? axisRight : axisLeft)(scale) : axisBottom(scale))
      .tickValues(values)
      .tickFormat((d, i) => format(d as Date, i))
      .tickSizeOuter(0);
    select(group)
      .call(axis)
      // d3-axis sets a font-family attribute; let the stylesheet decide.
      .attr('font-family', null)
      .attr('font-size', null)
      // SVG reads text-anchor in the text's direction: "end" puts a vertical axis' labels outside it in ltr
      // (left) and in rtl (right). d3-axis sets its anchor only on a new group, so set it on every draw.
      .attr('text-anchor', this.vertical ? 'end' : 'middle');
    if (this.vertical) return;
    // The ticks' font is read once per data, size and font change (reading it forces a style
    // recalculation of the whole drawing, which a zoom step would otherwise pay twice).
    const first = group.querySelector<SVGTextElement>('.tick text');
    if (!this.#tickFont && first) {
      const style = getComputedStyle(first);
      this.#tickFont = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    }
    keepEdgeTicksInside(group, this.layout.width, this.#tickFont ?? '', this.rtl);
  }

  #placeTooltip(): void {
    const tip = this.#tooltip;
    const id = this.#openId;
    // showPopover throws on a detached element (a page may set properties before attaching it).
    if (!tip || !this.isConnected) return;
    const clusterButton =
      !id && this.hoverCluster
        ? this.shadowRoot?.querySelector<HTMLElement>(`[part~="cluster"][data-ids="${CSS.escape(this.hoverCluster)}"]`)
        : null;
    if (!id && !clusterButton) {
      if (tip.matches(':popover-open')) tip.hidePopover();
      return;
    }
    if (tip.popover && !tip.matches(':popover-open')) tip.showPopover();
    const li = id ? this.shadowRoot?.querySelector(`[data-event-id="${CSS.escape(id)}"]`) : null;
    const mark = clusterButton ?? li?.querySelector('.mark');
    if (!mark) return;
    // Next to the mark; next to the label when the mark is off screen (a long leader, a tall page),
    // and on a vertical timeline, whose labels stand away from their marks: there a detail placed by
    // the mark could hide the label that has the keyboard focus.
    const markRect = mark.getBoundingClientRect();
    const offscreen = markRect.bottom < 0 || markRect.top > window.innerHeight;
    const anchor = (offscreen || this.vertical) && li ? (li.querySelector<HTMLElement>('.label') ?? mark) : mark;
    tip.setAttribute('data-placing', '');
    const a = anchor.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    const vw = document.documentElement.clientWidth || window.innerWidth;
    const vh = window.innerHeight;
    const gap = 10;
    const pad = 8;
    const fitsBelow = a.bottom + gap + t.height <= vh - pad;
    const fitsAbove = a.top - gap - t.height >= pad;
    // Below or above the mark, centred on it; a vertical timeline's detail goes beside the mark first,
    // on the labels' side; a detail too tall for above or below (a long cluster list) goes beside it
    // on the wider side, so that it does not cover what it describes.
    const side = this.vertical ? !this.rtl : vw - a.right > a.left;
    const besideFits = side ? a.right + gap + t.width <= vw - pad : a.left - gap - t.width >= pad;
    const beside = this.vertical ? besideFits : !fitsBelow && !fitsAbove;
    let left = beside ? (side ? a.right + gap : a.left - gap - t.width) : a.left + a.width / 2 - t.width / 2;
    let top = beside ? a.top + a.height / 2 - t.height / 2 : fitsBelow || !fitsAbove ? a.bottom + gap : a.top - gap - t.height;
    // Always on screen, its top first: the stylesheet caps its height to the viewport and lets it scroll.
    left = clamp(left, pad, vw - pad - t.width);
    top = clamp(top, pad, vh - pad - t.height);
    tip.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
    tip.removeAttribute('data-placing');
  }

  /**
   * Puts each drawn event's mark and label where the layout says, through the CSSOM (a strict CSP
   * allows that, not style attributes). Only styles that changed are written: a hover writes none.
   */
  #placeItems(): void {
    const layout = this.layout;
    const root = this.shadowRoot;
    if (!layout || !root) return;
    const plot = root.querySelector<HTMLElement>('.plot');
    if (plot) plot.style.height = `${layout.height}px`;
    const win = root.querySelector<HTMLElement>('.overview-window');
    if (win && this.#overviewWindow) place(win, ...this.#overviewWindow);
    // One per cluster of the layout, in its order (#renderPlot).
    root.querySelectorAll<HTMLElement>('.cluster').forEach((button, k) => {
      const cluster = this.#clusterList[k]!;
      if (this.vertical) place(button, cluster.cross, cluster.at);
      else place(button, cluster.at, cluster.cross);
    });
    for (const li of root.querySelectorAll<HTMLElement>('li.event')) {
      const i = this.#indexById.get(li.getAttribute('data-event-id') ?? '');
      const item = i === undefined ? undefined : layout.item(i);
      if (!item) continue;
      // The item is one box the size of its mark, moved and sized in one style change per event and
      // zoom step. The mark fills it and an unlabelled label centres on it (the stylesheet); a
      // labelled one sits at an offset that stays the same unless the label changes lane.
      const [ax, ay] = item.point ? [item.x0 - 5, item.y0 - 5] : this.vertical ? [item.x0 - 4, item.y0] : [item.x0, item.y0 - 4];
      const span = Math.max(6, this.vertical ? item.y1 - item.y0 : item.x1 - item.x0);
      place(li, ax, ay, item.point ? 10 : this.vertical ? 8 : span, item.point ? 10 : this.vertical ? span : 8);
      const label = li.lastElementChild as HTMLElement;
      // Mirrored boxes end at their mark: a full width keeps a text shorter than measured against it.
      if (item.labelVisible) place(label, round2(item.labelX - ax), round2(item.labelY - ay), this.rtl ? item.labelWidth : NaN, NaN, item.labelWidth);
      else place(label, 0, 0);
    }
  }

  /** Marks the event whose detail is open, and makes the detail its accessible description. */
  #markOpenEvent(): void {
    const root = this.renderRoot;
    const id = this.#openId;
    for (const li of root.querySelectorAll('[part~="event"][data-active]')) {
      if (li.getAttribute('data-event-id') === id) continue;
      li.removeAttribute('data-active');
      li.querySelector('.label')?.removeAttribute('aria-describedby');
    }
    const li = id ? root.querySelector(`[part~="event"][data-event-id="${CSS.escape(id)}"]`) : null;
    li?.setAttribute('data-active', '');
    li?.querySelector('.label')?.setAttribute('aria-describedby', `${this.uid}-detail`);
  }

  #labelButton(id: string | null): HTMLElement | null {
    if (!id) return null;
    return this.shadowRoot?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"] .label`) ?? null;
  }

  /** The event whose detail shows: the hovered/focused one, else the pinned one. */
  get #openId(): string | null {
    const visible = (id: string | null) => (id && this.#indexById.has(id) ? id : null);
    if (this.dismissed && !this.selected) return null;
    return visible(this.dismissed ? null : this.activeId) ?? visible(this.selected || null);
  }

  // --- render --------------------------------------------------------------
  protected override render(): TemplateResult {
    const heading = this.heading || this._model?.source.title || '';
    return html`
      <section
        class=${this.vertical ? 'vertical' : 'horizontal'}
        aria-labelledby=${heading ? `${this.uid}-heading` : nothing}
        aria-label=${heading ? nothing : this.strings.events}
      >
        ${heading ? html`<h2 class="heading" part="heading" id="${this.uid}-heading">${heading}</h2>` : nothing}
        ${this.#renderByline()} ${this.#renderProblems()} ${this.#renderStatus()} ${this.#renderControls()} ${this.#renderPlot()} ${this.#renderOverview()}
        ${this.#renderTooltip()} ${this.#renderPrintList()}
      </section>
      <!-- The page's own list (or fallback) shows until the timeline is drawn, and again if nothing can be. -->
      <slot ?hidden=${this.status === 'ready' && !!this._model?.events.length}></slot>
    `;
  }

  #renderByline() {
    const source = this._model?.source;
    if (!source || this.heading) return nothing;
    const published = source.published ? tryParseEdtf(source.published) : undefined;
    const parts = [source.publisher, published && !(published instanceof Error) ? formatEdtf(published, this.#locale_) : undefined].filter(Boolean);
    if (!parts.length) return nothing;
    return html`<p class="byline">${parts.join(' · ')}</p>`;
  }

  #renderProblems() {
    const problems = this.problems;
    if (!problems.length) return nothing;
    const title = this.status === 'error' ? this.strings.loadFailed : this.strings.problems(problems.length);
    const listed = problems.slice(0, MAX_LISTED_PROBLEMS);
    return html`<div part="error" class="error" role="alert">
      <p>${title}</p>
      <ul>
        ${listed.map((p) => html`<li>${this.strings.problem(p)}</li>`)}
        ${problems.length > listed.length ? html`<li>${this.strings.moreProblems(problems.length - listed.length)}</li>` : nothing}
      </ul>
    </div>`;
  }

  #renderStatus() {
    if (this.status === 'loading') return html`<p class="status" role="status">${this.strings.loading}</p>`;
    if (this.status === 'ready' && !this.#visibleEvents.length) return html`<p class="status">${this.strings.noEvents}</p>`;
    return nothing;
  }

  #renderOverview() {
    const layout = this.layout;
    const base = this.#baseScale;
    if (!this.overview || !layout || !base || this.vertical || this.status !== 'ready') return nothing;
    const [v0, v1] = this.#currentView;
    // In rtl the view's start is on the right: the window spans the two ends, whichever is left.
    const x0 = Math.min(base(v0), base(v1));
    const x1 = Math.max(base(v0), base(v1));
    this.#overviewWindow = [x0, 0, Math.max(6, x1 - x0)];
    const label = `${formatEdtf(msToDate(v0), this.#locale_, 'short')} – ${formatEdtf(msToDate(v1 - 1), this.#locale_, 'short')}`;
    return html`<div part="overview" class="overview" @pointerdown=${this.#onOverviewPointerDown}>
      ${guard([base, this.#visibleEvents], () => overviewTicks(base, this.#visibleEvents))}
      <div
        class="overview-window"
        role="slider"
        tabindex=${this.zoomable ? 0 : -1}
        aria-label=${this.strings.zoomControls}
        aria-valuemin=${Math.round(this.#fullDomain[0])}
        aria-valuemax=${Math.round(this.#fullDomain[1])}
        aria-valuenow=${Math.round(v0)}
        aria-valuetext=${label}
        @keydown=${this.#onOverviewKeyDown}
      >
        <span class="overview-handle" data-edge="start"></span><span class="overview-handle" data-edge="end"></span>
      </div>
    </div>`;
  }

  #onOverviewKeyDown(e: KeyboardEvent): void {
    if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
      e.preventDefault();
      const view = this.#currentView;
      // The strip is mirrored in rtl like the axis: ArrowLeft moves the window towards later time.
      const sign = e.key === (this.rtl ? 'ArrowLeft' : 'ArrowRight') ? 1 : -1;
      this.#setViewByReader(panView(view, this.#fullDomain, sign * PAN_STEP * (view[1] - view[0])));
    } else {
      this.#zoomKey(e);
    }
  }

  /** Drag the window to pan, its edges to zoom; a press elsewhere on the strip centres the view there. */
  #onOverviewPointerDown(e: PointerEvent): void {
    const base = this.#baseScale;
    if (!this.zoomable || !base || e.button) return;
    const strip = e.currentTarget as HTMLElement;
    const left = strip.getBoundingClientRect().left;
    const target = e.target as HTMLElement;
    const edge = target.closest('.overview-handle')?.getAttribute('data-edge');
    const onWindow = !!target.closest('.overview-window');
    const start = this.#currentView;
    const t0 = +base.invert(e.clientX - left);
    if (!onWindow) {
      const half = (start[1] - start[0]) / 2;
      this.#setViewByReader([t0 - half, t0 + half]);
    }
    const from = this.#currentView;
    strip.setPointerCapture(e.pointerId);
    e.preventDefault();
    const move = (ev: PointerEvent) => {
      const t = +base.invert(ev.clientX - left);
      if (edge === 'start') this.#setViewByReader([Math.min(t, from[1] - 36e5), from[1]]);
      else if (edge === 'end') this.#setViewByReader([from[0], Math.max(t, from[0] + 36e5)]);
      else this.#setViewByReader(panView(from, this.#fullDomain, t - t0));
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

  #renderControls() {
    if (!this.zoomable || !this.layout || this.status !== 'ready') return nothing;
    const [v0, v1] = this.#currentView;
    const [f0, f1] = this.#fullDomain;
    const whole = v0 <= f0 && v1 >= f1;
    const atMax = v1 - v0 <= 36e5 * 1.001;
    return html`<div class="controls" part="controls" role="group" aria-label=${this.strings.zoomControls} @keydown=${this.#onControlsKeyDown}>
        <button type="button" aria-label=${this.strings.zoomIn} title=${this.strings.zoomIn} ?disabled=${atMax} @click=${() => this.#zoomBy(ZOOM_STEP)}>+</button>
        <button type="button" aria-label=${this.strings.zoomOut} title=${this.strings.zoomOut} ?disabled=${whole} @click=${() => this.#zoomBy(1 / ZOOM_STEP)}>−</button>
        <button type="button" aria-label=${this.strings.resetZoom} title=${this.strings.resetZoom} ?disabled=${whole} @click=${() => this.#zoomBy(0)}>⟲</button>
      </div>
      <p class="zoom-hint" role="status" ?data-visible=${this.hintVisible}>${this.hintVisible ? this.strings.zoomHint(isMac()) : ''}</p>`;
  }

  #renderPlot() {
    const layout = this.layout;
    if (!layout || this.status !== 'ready') return nothing;
    const focusId = this.focusId && this.#indexById.has(this.focusId) ? this.focusId : this.#visibleEvents[0]?.id;
    const clusters = this.#clusterList;
    const eventTabbable = !this.focusCluster;
    // Hover and focus change no item here (the open one is marked in updated()), so a thousand
    // items are not re-rendered for each pointer move. Only what is in view is drawn. An event
    // inside a cluster is drawn by its cluster; it gets its own item only while it has the keyboard
    // focus or is selected. Keyed, so that the focused item keeps its element while others come and
    // go as the view changes. The list has no whitespace text between its items (see #renderEvent).
    const items = guard([layout, this.#locale_, this.selected, focusId, eventTabbable, this.strings], () =>
      repeat(
        this.#drawnItems(layout, eventTabbable ? focusId : undefined),
        (i) => layout.item(i).id,
        (i) => {
          const item = layout.item(i);
          const event = this.#visibleEvents[i]!;
          const tabbable = eventTabbable && event.id === focusId;
          // Positions are written in #placeItems(): a zoom step re-renders no item whose
          // content stays the same.
          return guard(
            [event, item.point, item.labelVisible, tabbable, item.cluster >= 0, this.selected === event.id, this.strings, this.#locale_],
            () => this.#renderEvent(event, item, tabbable, item.cluster >= 0),
          );
        },
      ),
    );
    return html`
      <div class=${this.zoomable && !this.vertical ? 'plot zoomable' : 'plot'}>
        <svg width="100%" height=${layout.height} aria-hidden="true" focusable="false">
          ${
            // A group of its own per orientation: d3-axis sets a tick's x or y attributes, not both,
            // so ticks kept from a horizontal axis (a phone turned) would keep their y2 and slant.
            this.vertical
              ? svg`<g part="axis" class="axis" transform="translate(${layout.axisX},0)"></g>`
              : svg`<g part="axis" class="axis" transform="translate(0,${layout.axisY})"></g>`
          }
          ${this.gaps.map((gap) => this.#renderBreak(gap, layout))}
          ${guard([layout], () => {
            // Every leader line in one path: a zoom step changes one attribute, not four per line.
            let d = '';
            for (const i of layout.drawn) {
              const l = layout.item(i).leader;
              if (l) d += `M${l.x1} ${l.y1}L${l.x2} ${l.y2}`;
            }
            return d ? svg`<path class="leader" d=${d}></path>` : nothing;
          })}
        </svg>
        <p class="sr-only" id="${this.uid}-help">${this.strings.instructions}</p>
        <ol
          aria-label=${this.strings.events}
          aria-describedby="${this.uid}-help"
          @pointerover=${this.#onPointerOver}
          @pointerout=${this.#onPointerOut}
          @focusin=${this.#onFocusIn}
          @focusout=${this.#onFocusOut}
          @click=${this.onClick}
          @keydown=${this.#onKeyDown}
          @keyup=${(e: KeyboardEvent) => e.key === ' ' && activator(e)?.click()}
        >${items}${clusters.map((c) => html`<li class="cluster-item">${this.#renderCluster(c)}</li>`)}</ol>
      </div>
    `;
  }

  /** A compressed gap on the axis: a break mark and how much time it skips (turned with a vertical axis). */
  #renderBreak(gap: Gap, layout: LayoutResult) {
    const a = layout.scale(gap.start);
    const b = layout.scale(gap.end);
    const mid = (a + b) / 2;
    const len = Math.abs(b - a);
    const label = gapLength(gap, this.#locale_);
    const v = this.vertical;
    return svg`<g part="axis-break" class="axis-break" data-skips=${label} transform="translate(${v ? layout.axisX : mid},${v ? mid : layout.axisY})">
          <g transform=${v ? 'rotate(90)' : nothing}>
            <rect class="break-gap" x=${-len / 2} y="-4" width=${len} height="8"></rect>
            <line x1="-5" y1="6" x2="-1" y2="-6"></line><line x1="1" y1="6" x2="5" y2="-6"></line>
          </g>
          <text x=${v ? (this.rtl ? 9 : -9) : 0} y=${v ? 0 : 18} dy=${v ? '0.32em' : '0.71em'} text-anchor=${v ? 'end' : 'middle'}>${label}</text>
        </g>`;
  }

  /** An event's date as its label says it, formatted once per locale (Intl formatting is not free). */
  #dateLabel(event: TimelineEvent): string {
    const hit = this.#dateLabels.get(event);
    if (hit && hit.locale === this.#locale_) return hit.text;
    const text = formatEdtf(event.date, this.#locale_);
    this.#dateLabels.set(event, {locale: this.#locale_, text});
    return text;
  }

  /**
   * Indices (into the layout's items, which follow `visibleEvents`) of the events drawn on their
   * own, in time order: the layout's, plus a clustered event while it is focused or selected.
   */
  #drawnItems(layout: LayoutResult, focusId: string | undefined): number[] {
    const drawn = [...layout.drawn];
    for (const id of new Set([focusId, this.selected])) {
      const i = id ? this.#indexById.get(id) : undefined;
      if (i !== undefined && layout.inView(i) && layout.clusterOf(i) >= 0) drawn.push(i);
    }
    return drawn.sort((a, b) => a - b);
  }

  #renderCluster(cluster: LayoutCluster) {
    // Its events are looked up on click: at ten thousand events a zoom step redraws thousands of ids.
    const count = cluster.ids.length;
    const key = clusterKey(cluster);
    const show = () => {
      clearTimeout(this.#hoverTimer);
      this.activeId = null;
      this.hoverCluster = key;
    };
    const focus = () => {
      show();
      this.focusCluster = key;
    };
    return html`<span
      role="button"
      part="cluster"
      class="cluster"
      data-count=${count}
      data-ids=${key}
      tabindex=${this.focusCluster === key ? 0 : -1}
      aria-label=${this.strings.eventsCount(count)}
      aria-describedby=${this.hoverCluster === key ? `${this.uid}-detail` : nothing}
      @pointerenter=${show}
      @focus=${focus}
      @pointerleave=${() => this.#scheduleHoverClose()}
      @blur=${() => this.#scheduleHoverClose()}
      @click=${(e: MouseEvent) => this.#openCluster(cluster.ids.flatMap((id) => this.#event(id) ?? []), e.detail === 0)}
    >${compactCount(count, this.#locale_)}</span>`;
  }

  /** A selected event hidden in a cluster: zoom until the cluster around it is as small as it gets. */
  #zoomIntoClusterOf(id: string): void {
    if (!this.zoomable || !this.layout) return;
    const cluster = this.#clusterList.find((c) => c.ids.includes(id));
    if (!cluster) return;
    const dates = cluster.ids.flatMap((cid) => this.#event(cid)?.date ?? []);
    this.viewDomain = fitView(dates, this.#fullDomain);
    this.#computeLayout();
  }

  #hoveredClusterEvents(): TimelineEvent[] {
    if (!this.hoverCluster) return [];
    return this.hoverCluster.split(' ').flatMap((id) => this.#event(id) ?? []);
  }

  /**
   * Zooms to fit a cluster's events; on a static timeline, focuses the first of them instead. From
   * the keyboard (Enter, Space) focus moves to the first of them, since the cluster mark goes away.
   */
  #openCluster(events: TimelineEvent[], byKeyboard = false): void {
    if (!events.length) return;
    if (!this.zoomable || byKeyboard) this.focusEvent(events[0]!.id);
    if (this.zoomable) this.#setViewByReader(fitView(events.map((e) => e.date), this.#fullDomain));
    this.hoverCluster = null;
  }

  /** One drawn event: `item` is in view (see #drawnItems). */
  #renderEvent(event: TimelineEvent, item: LayoutItem, tabbable: boolean, clustered: boolean) {
    const date = this.#dateLabel(event);
    const precision = event.date.from.precision;
    const coarse = precision === 'year' || precision === 'month';
    const uncertain = event.date.from.uncertain || event.date.to.uncertain || event.date.from.approximate || event.date.to.approximate;
    const markClass = `mark ${item.point ? 'point' : 'span'}${coarse ? ' coarse' : ''}${uncertain ? ' uncertain' : ''}`;
    // No whitespace between the tags: text nodes in the list are laid out in its flow, and every
    // item inserted or removed would make the browser re-attach its neighbours' boxes.
    return html`<li part="event" class="event" data-event-id=${event.id} ?data-selected=${this.selected === event.id} ?data-clustered=${clustered}><span part="event-mark" class=${markClass}></span><span
      role="button"
      part="event-label"
      class=${item.labelVisible ? 'label' : 'label unlabelled'}
      tabindex=${tabbable ? 0 : -1}
      aria-pressed=${this.selected === event.id ? 'true' : 'false'}
      aria-label=${this.strings.eventName(event.title, date)}
    >${
        // The name is in aria-label: a label with no room has no text to lay out.
        item.labelVisible ? event.title : nothing
      }</span></li>`;
  }

  /** The sentence(s), the quote in one <mark>, the date phrase underlined; text nodes only. */
  #renderPassage(text: string, event: TimelineEvent) {
    const segments = passageSegments(text, event.sentenceSpan, event.quoteSpan, event.dateTextSpan);
    const inQuote = (s: Segment) => s.kind === 'quote' || s.kind === 'quote-date';
    const first = segments.findIndex(inQuote);
    const last = segments.length - 1 - [...segments].reverse().findIndex(inQuote);
    if (first < 0) return segments.map(renderSegment);
    return html`${segments.slice(0, first).map(renderSegment)}<mark>${segments
      .slice(first, last + 1)
      .map(renderSegment)}</mark>${segments.slice(last + 1).map(renderSegment)}`;
  }

  #renderTooltip() {
    const id = this.#openId;
    const event = id ? this.#event(id) : undefined;
    const clustered = !event ? this.#hoveredClusterEvents() : [];
    const text = this._model?.source.text ?? '';
    const pinned = !!event && this.selected === event.id;
    const meta = event ? [formatEdtf(event.date, this.#locale_), event.place].filter(Boolean).join(' · ') : '';
    return html`<div
      part="tooltip"
      class="tooltip"
      id="${this.uid}-detail"
      role=${pinned ? 'dialog' : 'tooltip'}
      aria-label=${pinned && event ? event.title : nothing}
      popover="manual"
      data-placing
      ?hidden=${!event && !clustered.length}
      @pointerenter=${this.#onTooltipPointerEnter}
      @pointerleave=${this.#onTooltipPointerLeave}
      @keydown=${this.#onTooltipKeyDown}
    >
      ${event
        ? html`
            <p class="tip-title">${event.title}</p>
            <p class="tip-meta">${meta}</p>
            <blockquote class="tip-quote" cite=${this._model?.source.url ?? nothing}>
              ${this.#renderPassage(text, event)}
            </blockquote>
            ${event.dateText ? html`<p class="tip-source">${this.strings.dateInText}: “${event.dateText}”</p>` : nothing}
            ${pinned ? this.#renderArticleLink(event) : nothing}
            ${pinned
              ? html`<button class="tip-close" type="button" aria-label=${this.strings.close} @click=${() => this.close()}>×</button>`
              : nothing}
          `
        : clustered.length
          ? html`<p class="tip-title">${this.strings.eventsCount(clustered.length)}</p>
              <ul class="tip-list">
                ${clustered.map((e) => html`<li><span>${e.title}</span> <span class="tip-date">${formatEdtf(e.date, this.#locale_, 'short')}</span></li>`)}
              </ul>`
          : nothing}
    </div>`;
  }

  /** A link that opens the article scrolled to the quote (a text fragment); only for http(s) sources. */
  #renderArticleLink(event: TimelineEvent) {
    const url = this._model?.source.url;
    const href = url ? textFragmentUrl(url, event.quote) : undefined;
    if (!href) return nothing;
    return html`<p class="tip-link">
      <a href=${href} target="_blank" rel="noopener noreferrer">${this.strings.readInArticle}</a>
    </p>`;
  }

  /** Paper cannot be hovered: a plain chronological list, shown by the print styles instead of the plot. */
  #renderPrintList() {
    // Built only for printing: on screen it would double the DOM for nothing.
    if (!this.printing || this.status !== 'ready' || !this.#visibleEvents.length) return nothing;
    const text = this._model?.source.text ?? '';
    return html`<ol class="print-list">
      ${this.#visibleEvents.map(
        (e) => html`<li>
          <p class="print-meta">${[formatEdtf(e.date, this.#locale_), e.place].filter(Boolean).join(' · ')}</p>
          <p class="print-title">${e.title}</p>
          <blockquote class="print-quote">${text.slice(e.sentenceSpan.start, e.sentenceSpan.end)}</blockquote>
        </li>`,
      )}
    </ol>`;
  }
}

/** A stop in the keyboard order: an event, or a cluster mark (just before its first event). */
interface RovingEntry {
  id?: string;
  cluster?: {key: string};
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** A cluster's count as its badge shows it, short in the reader's language: `1.2K`, `1,2 Tsd.`, `1200`. */
function compactCount(n: number, locale: string): string {
  if (n < 1000) return String(n);
  let format = compactFormats.get(locale);
  if (!format) compactFormats.set(locale, (format = new Intl.NumberFormat(locale, {notation: 'compact'})));
  return format.format(n);
}

/** What identifies a cluster across renders: its events' ids. */
function clusterKey(cluster: LayoutCluster): string {
  return cluster.ids.join(' ');
}

/**
 * The keyboard order: every event in time order (so none is hidden from it), each cluster mark
 * just before the first of its events, so that arrows reach it and Enter zooms to it.
 */
function rovingOrder(events: readonly TimelineEvent[], layout: LayoutResult): RovingEntry[] {
  const order: RovingEntry[] = [];
  const seen = new Set<number>();
  events.forEach((event, i) => {
    const c = i < layout.count ? layout.clusterOf(i) : -1;
    if (c >= 0 && !seen.has(c)) {
      seen.add(c);
      order.push({cluster: {key: clusterKey(layout.clusters[c]!)}});
    }
    order.push({id: event.id});
  });
  return order;
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

/** Sets a mark's or label's position; the properties a position may use and this one does not are cleared. */
/** The event label or cluster mark that Enter or Space activates, if that is what the key is for. */
function activator(e: KeyboardEvent): HTMLElement | null {
  const target = e.target as HTMLElement;
  return (e.key === 'Enter' || e.key === ' ') && target.matches('.label, .cluster') ? target : null;
}

/** What place() last gave each element (x, y, width, height, max width): a zoom step writes only what changed. */
const placedStyles = new WeakMap<HTMLElement, number[]>();

const round2 = (v: number) => Math.round(v * 100) / 100;

/** Sets an element's transform and sizes (px; NaN: none), writing only those that changed. */
function place(el: HTMLElement, x: number, y: number, width = NaN, height = NaN, maxWidth = NaN): void {
  // Each style written is parsed and restyles the element: a zoom step places hundreds of elements,
  // most of which only move, and a label only when it changes lane.
  let last = placedStyles.get(el);
  if (!last) placedStyles.set(el, (last = [0, 0, NaN, NaN, NaN]));
  const style = el.style;
  if (last[0] !== x || last[1] !== y) style.transform = x || y ? `translate(${x}px, ${y}px)` : '';
  // Object.is: NaN (no size) equals NaN.
  if (!Object.is(last[2], width)) style.width = width === width ? `${width}px` : '';
  if (!Object.is(last[3], height)) style.height = height === height ? `${height}px` : '';
  if (!Object.is(last[4], maxWidth)) style.maxWidth = maxWidth === maxWidth ? `${maxWidth}px` : '';
  last[0] = x;
  last[1] = y;
  last[2] = width;
  last[3] = height;
  last[4] = maxWidth;
}

function renderSegment(s: Segment) {
  return s.kind === 'date' || s.kind === 'quote-date' ? html`<span class="date-text">${s.text}</span>` : s.text;
}

/**
 * Anchors the first and last tick labels inward when centring them would cut them at
 * the edges, then hides any label that would touch the one before it.
 */
function keepEdgeTicksInside(group: SVGGElement, width: number, font: string, rtl: boolean): void {
  const texts = [...group.querySelectorAll<SVGTextElement>('.tick text')];
  for (const text of texts) {
    text.removeAttribute('text-anchor');
    text.removeAttribute('visibility');
  }
  // Widths from the canvas in the ticks' font: asking the SVG (getComputedTextLength) would force a
  // layout of the whole drawing in the middle of an update, on every zoom step.
  // Anchors follow the text's direction: in rtl "end" is the left edge.
  const [leftEdge, rightEdge] = rtl ? ['end', 'start'] : ['start', 'end'];
  const boxes = texts.map((text) => ({
    x: (text.parentNode as SVGGElement).transform.baseVal.consolidate()?.matrix.e ?? 0,
    w: measureLabel(text.textContent ?? '', font),
  }));
  let lastRight = -Infinity;
  // Left to right, whichever way time runs (in rtl the first tick is the rightmost).
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a]!.x - boxes[b]!.x);
  order.forEach((i, k) => {
    const {x, w} = boxes[i]!;
    const text = texts[i]!;
    const edge = k === 0 || k === texts.length - 1;
    let left = x - w / 2;
    if (edge && left < 0) {
      text.setAttribute('text-anchor', leftEdge);
      left = x;
    } else if (edge && x + w / 2 > width) {
      text.setAttribute('text-anchor', rightEdge);
      left = x - w;
    }
    if (left < lastRight + 6) text.setAttribute('visibility', 'hidden');
    else lastRight = left + w;
  });
}

/** A day-precision EdtfDate for an instant, for showing view bounds. */
function msToDate(ms: number): EdtfDate {
  const d = new Date(ms);
  const point = {
    start: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()),
    end: Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1),
    precision: 'day' as const,
    approximate: false,
    uncertain: false,
  };
  return {edtf: d.toISOString().slice(0, 10), start: point.start, end: point.end, from: point, to: point, isInterval: false};
}

function toMs(value: Date | number | string, side: 'start' | 'end'): number | undefined {
  if (value instanceof Date) return Number.isFinite(+value) ? +value : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const parsed = tryParseEdtf(String(value));
  if (parsed instanceof Error) return undefined;
  return side === 'start' ? parsed.start : parsed.end;
}

function isMac(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}

function isPoint(event: TimelineEvent): boolean {
  return !event.date.isInterval && (event.date.from.precision === 'day' || event.date.from.precision === 'second');
}

function clamp(value: number, min: number, max: number): number {
  return Math.max(min, Math.min(value, Math.max(min, max)));
}

function labelFont(host: Element): {css: string; size: string} {
  const s = getComputedStyle(host);
  return {css: `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`, size: s.fontSize};
}

function sameProblems(a: readonly TimelineProblem[], b: readonly TimelineProblem[] | undefined): boolean {
  return !!b && a.length === b.length && a.every((p, i) => p.path === b[i]!.path && p.message === b[i]!.message);
}

declare global {
  interface HTMLElementTagNameMap {
    'article-timeline': ArticleTimeline;
  }
  interface HTMLElementEventMap {
    'timeline-select': CustomEvent<TimelineEvent>;
    'timeline-error': CustomEvent<TimelineProblem[]>;
    'timeline-load': CustomEvent<TimelineModel>;
    'timeline-view-change': CustomEvent<TimelineView>;
  }
}
