import {LitElement, html, isServer, nothing, type PropertyValues, type TemplateResult} from 'lit';
import {property, state} from 'lit/decorators.js';
import type {TimelineDocument, TimelineEvent, TimelineModel, TimelineProblem} from '../document/types.js';
import {normalizeLocale} from '../time/format.js';
import {uiStrings, type UiStrings} from '../i18n/index.js';
import {fitView} from '../layout/view.js';
import type {LayoutResult} from '../layout/index.js';
import {ResizeController} from './resize-controller.js';
import {LightDomController} from './light-dom-controller.js';
import {ZoomController} from './zoom-controller.js';
import {DocumentLoader, type LoadState, type LoadStatus} from './controllers/document-loader.js';
import {PageController} from './controllers/page-controller.js';
import {WarmUp} from './controllers/warm-up.js';
import {forgetMeasurements} from './measure.js';
import {LayoutState} from './layout-state.js';
import {AxisDrawing} from './axis.js';
import {markOpenEvent, placeDetail, renderDetail} from './detail.js';
import {renderControls} from './controls.js';
import {renderOverview} from './overview.js';
import {placeItems} from './placement.js';
import {renderPlot} from './plot.js';
import {renderPrintList} from './print-list.js';
import {rejectedEvents, renderByline, renderProblems, renderStatus} from './status.js';
import {labelFont, sameProblems} from './shared.js';
import {DEFAULT_SERVER_WIDTH, ESTIMATED_FONT, widthWithoutLayout} from './server-drawing.js';
import {FocusController} from './controllers/focus-controller.js';
import {ViewController} from './controllers/view-controller.js';
import {styles} from './article-timeline.styles.js';
import {reserveRoom} from './reserve-room.js';

export type Orientation = 'horizontal' | 'vertical' | 'auto';

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

let nextInstance = 0;

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
 * @attr scale - `auto` (default): focus and context, empty stretches shrink to labelled breaks and busy days get the room their events need; `linear`; or `compressed`: long empty stretches shrink to labelled breaks, the rest shared by the length of each stretch.
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
 * @csspart axis-break - One per stretch of time the scale leaves out (`auto` and `compressed`); `data-skips` holds how long it is ("5 years").
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
 * @cssprop --article-timeline-min-height - Room held before the document is drawn, and kept (default: 24em horizontal; vertical, the rest of the viewport below its top).
 */
export class ArticleTimeline extends LitElement {
  static override styles = styles;
  // --- state: the document (controllers/document-loader.ts) -----------------
  @state() private _model?: TimelineModel;
  @state() private status: LoadStatus = 'empty';
  @state() private loadProblems: TimelineProblem[] = [];
  private reportedProblems?: readonly TimelineProblem[];
  /** The width for which the room reserved before the document arrived is held (reserve-room.ts). */
  private roomWidth?: number;

  // --- queried refs --------------------------------------------------------
  /** A part of the drawing, read after render. */
  private find<E extends Element>(selector: string): E | null {
    return this.renderRoot?.querySelector<E>(selector) ?? null;
  }

  // --- state: the overview (overview.ts); the view is the ViewController's --
  /** The overview window's place, worked out by its render and written after render. */
  private overviewWindow?: [x: number, y: number, width: number];

  // --- state: the page and the layout (layout-state.ts, axis.ts) -----------
  /** The page is being printed (or print media is emulated): draw the chronological list. */
  @state() private printing = false;
  private resolvedLocale = 'en';
  private strings: UiStrings = uiStrings('en');
  private readonly uid = `at${++nextInstance}`;
  private readonly axis = new AxisDrawing();
  private readonly laid = new LayoutState(() => this.axis.forgetFont());
  /** The detail and the keyboard focus. */
  private readonly focusState = new FocusController(this, this.laid, {
    selected: () => this.selected,
    onToggle: (id) => this.toggleSelected(id),
    onZoomKey: (e) => this.zoomKey(e),
    onClose: () => this.close(),
    onFocusEvent: (id) => this.focusEvent(id),
    onOpenCluster: (events, byKeyboard) => this.openCluster(events, byKeyboard),
  });

  // --- controllers ---------------------------------------------------------
  private readonly resize = new ResizeController(this);
  // A page may rewrite the light-DOM list: read it again unless `timeline` or `src` take precedence.
  protected readonly lightDom = new LightDomController(this, () => {
    if (!this.timeline && !this.src) this.load();
  });
  private readonly viewState = new ViewController(this, {
    full: () => this.laid.fullDomain,
    middle: () => this.middle,
    warp: () => this.laid.warp,
    onReaderView: (next) =>
      this.dispatchEvent(
        new CustomEvent<TimelineView>('timeline-view-change', {
          detail: {start: new Date(next[0]), end: new Date(next[1])},
          bubbles: true,
          composed: true,
        }),
      ),
  });
  private readonly zoomer = new ZoomController(this, {
    enabled: () => this.zoomable,
    onView: (view) => this.viewState.gesture(view),
    onPlainWheel: () => this.viewState.showHint(),
  });
  private readonly loader = new DocumentLoader(
    this,
    () => ({timeline: this.timeline, src: this.src}),
    (state) => this.onLoadState(state),
    (model) => {
      if (isServer) return;
      const announce = () => this.dispatchEvent(new CustomEvent('timeline-load', {detail: model, bubbles: true, composed: true}));
      // A model built at once, inside the first update (a server-rendered root taken over), is announced after it.
      if (this.#firstPaint) queueMicrotask(announce);
      else announce();
      this.warmUp.sentences(model);
    },
  );
  private readonly warmUp = new WarmUp(this);
  protected readonly page = new PageController(this, {
    onPrinting: (printing) => (this.printing = printing),
    onViewportChange: () => this.placeDetail(),
    onFontsLoaded: (e) => this.onFontsLoaded(e),
  });

  // --- public properties ---------------------------------------------------
  /** URL of a timeline document (JSON). */
  @property()
  src = '';

  /** A timeline document as an object; takes precedence over `src`. */
  @property({attribute: false})
  timeline?: TimelineDocument;

  /** Start of the visible period (EDTF/ISO). */
  @property()
  start = '';

  /** End of the visible period (EDTF/ISO), inclusive of that whole day, month or year. */
  @property()
  end = '';

  /** `horizontal`, `vertical`, or `auto` (vertical below 600 px). */
  @property()
  orientation: Orientation = 'auto';

  /** BCP 47 locale for dates and UI text. */
  @property()
  locale = '';

  /** Id of the event whose detail is pinned open. */
  @property({reflect: true, converter: {toAttribute: (v: string) => v || null}})
  selected = '';

  /** Accessible name and visible title. Defaults to the article's title. */
  @property()
  heading = '';

  /** Zoom and pan by pointer, wheel, touch, keyboard and buttons. `zoomable="false"` makes a static timeline. */
  @property({reflect: true, converter: booleanTrueByDefault})
  zoomable = true;

  /** The visible period. Settable (Date, epoch ms or EDTF string ends); `null` shows the whole period. */
  get view(): TimelineView {
    const [start, end] = this.currentView;
    return {start: new Date(start), end: new Date(end)};
  }
  set view(value: {start: Date | number | string; end: Date | number | string} | null | undefined) {
    this.viewState.setByCode(value);
  }

  /**
   * `auto` (default): a focus-and-context scale made for articles: empty stretches shrink to
   * labelled breaks and each stretch of true time gets room by its events, so a decade and a busy
   * week both read. `linear`: true time throughout. `compressed`: long empty stretches shrink to
   * labelled breaks, and the stretches between share the rest by their length.
   */
  @property()
  scale: 'auto' | 'linear' | 'compressed' = 'auto';

  /** Shows a thin strip of the whole period under the axis, with a window for the view: drag it to pan, its edges to zoom. */
  @property({type: Boolean, reflect: true})
  overview = false;

  /** The checked model the element draws: events anchored in the article text, and the problems found. */
  get model(): TimelineModel | undefined {
    return this._model;
  }

  /** Every problem currently reported: loading, document, and the `start`/`end` attributes. */
  get problems(): TimelineProblem[] {
    return [...this.loadProblems, ...(this._model?.problems ?? []), ...this.laid.rangeProblems];
  }

  /**
   * Server rendering (article-timeline/ssr) and the first render in a browser that takes over a
   * server-rendered shadow root: both lay out at the server's width (`data-ssr-width`) with
   * estimated text widths, so that the browser's first render draws exactly what the server drew
   * (lit's hydration requires it); the next one measures for real.
   */
  #firstPaint = isServer;

  // --- lifecycle -----------------------------------------------------------
  /**
   * A shadow root already there is a server's (declarative shadow DOM). With lit's hydration support
   * loaded, lit hydrates it. Without, it is emptied, and the first render draws the same again in
   * the same frame, before the page paints.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const serverRendered = !!this.shadowRoot?.firstChild;
    const root = super.createRenderRoot();
    if (serverRendered) {
      this.#firstPaint = true;
      // @lit-labs/ssr-client's lit-element-hydrate-support, loaded before lit, leaves this global.
      if (!('litElementHydrateSupport' in globalThis)) {
        (root as ShadowRoot).replaceChildren();
        // LitElement renders before the root's first child, which was the server's.
        this.renderOptions.renderBefore = null;
      }
    }
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a removal: load again what the removal aborted.
    if (this.hasUpdated && this.status === 'loading') this.load();
    // And show a detail opened while detached, which could not be placed then.
    if (this.hasUpdated) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('src') || changed.has('timeline')) this.load();

    if (!this.hasUpdated || changed.has('locale')) {
      // A server has no page to inherit a language from: `locale`, else English.
      const inherited = isServer ? 'en' : this.closest('[lang]')?.getAttribute('lang') || navigator.language;
      this.resolvedLocale = normalizeLocale(this.locale || inherited);
      this.strings = uiStrings(this.resolvedLocale);
    }
    if (changed.has('selected') && this.selected) {
      this.focusState.set({activeId: null, dismissed: false});
    }
    if (changed.has('src') || changed.has('timeline') || changed.has('start') || changed.has('end')) this.viewState.domain = null;
    const hadFocus = !!this.shadowRoot?.activeElement?.closest('[data-event-id]');
    // A selection made before the document arrived (a deep link) is brought into view once it has.
    const newModel = this.laid.isNewModel(this._model);
    this.computeLayout();
    if ((changed.has('selected') || newModel) && this.selected && !isServer) {
      this.bringIntoView(this.selected);
      this.zoomIntoClusterOf(this.selected);
    }
    if (hadFocus) this.focusState.keepFocusInView();
  }

  protected override updated(): void {
    if (this.#firstPaint) return this.#tookOver();
    const {layout, vertical, rtl, gaps, zone, daysAtFinest} = this.laid;
    const root = this.shadowRoot;
    this.roomWidth = reserveRoom(this, this.find('section'), {
      loading: this.status === 'loading',
      vertical,
      width: this.resize.width,
      heldFor: this.roomWidth,
    });
    if (layout) {
      this.axis.draw(this.find('[part~="axis"]'), {layout, gaps, locale: this.resolvedLocale, vertical, rtl, zone, daysAtFinest});
      if (root) placeItems(root, layout, (id) => this.laid.indexOf(id), this.laid, this.overviewWindow);
    }
    markOpenEvent(this.renderRoot, this.focusState.openId, `${this.uid}-detail`);
    if (layout && !vertical) {
      this.zoomer.attach(this.find('.plot'), layout.scale, this.currentView, this.laid.fullDomain, this.laid.warp);
    } else {
      this.zoomer.detach();
    }
    this.placeDetail();
    this.focusState.applyPending(root);
    const problems = this.problems;
    if (problems.length && !sameProblems(problems, this.reportedProblems)) {
      this.reportedProblems = problems;
      this.dispatchEvent(new CustomEvent('timeline-error', {detail: problems, bubbles: true, composed: true}));
    } else if (!problems.length) {
      this.reportedProblems = undefined;
    }
  }

  private load(): void {
    if (this.#firstPaint && this.loader.loadNow(!isServer)) return;
    // A server fetches nothing: article-timeline/ssr puts the text inline.
    if (isServer) this.status = this.timeline != null || this.src ? 'loading' : 'empty';
    else this.loader.load();
  }

  /**
   * The server's drawing is on screen, drawn again (or hydrated) by the first render: now measure
   * the real width and text, and lay out again, before the page paints. Its style attributes go
   * (the CSSOM places every item from now on); d3-axis replaces its ticks.
   */
  #tookOver(): void {
    this.#firstPaint = false;
    for (const el of this.renderRoot.querySelectorAll('[style]')) el.removeAttribute('style');
    this.requestUpdate();
  }

  private onLoadState(state: LoadState): void {
    if (state.status !== 'loading') {
      this._model = state.model;
      this.loadProblems = state.problems;
    }
    this.status = state.status;
  }

  private computeLayout(): void {
    // Before the resize observer's first report, measure, and keep it: the report of the same
    // width then asks for no second render.
    // The first paint: the server's width, estimated text (on a server, no layout to read at all).
    const first = this.#firstPaint;
    const width = first
      ? Number(this.getAttribute('data-ssr-width')) || DEFAULT_SERVER_WIDTH
      : (this.resize.width ||= Math.round(this.getBoundingClientRect().width) || widthWithoutLayout());
    const {view, laidOut} = this.laid.compute({
      model: this._model,
      width,
      orientation: this.orientation,
      start: this.start,
      end: this.end,
      scale: this.scale,
      font: first ? {css: ESTIMATED_FONT, size: '14px'} : labelFont(this),
      direction: first ? (this.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr') : getComputedStyle(this).direction,
      view: this.viewState.domain,
    });
    this.viewState.domain = view;
    if (laidOut) this.focusState.keepClusterFocus();
  }

  // --- render --------------------------------------------------------------
  protected override render(): TemplateResult {
    const heading = this.heading || this._model?.source.title || '';
    const ready = this.status === 'ready';
    const {layout, vertical, visibleEvents} = this.laid;
    return html`
      <section
        class=${vertical ? 'vertical' : 'horizontal'}
        aria-labelledby=${heading ? `${this.uid}-heading` : nothing}
        aria-label=${heading ? nothing : this.strings.events}
      >
        ${heading ? html`<h2 class="heading" part="heading" id="${this.uid}-heading">${heading}</h2>` : nothing}
        ${this.heading ? nothing : renderByline(this._model?.source, this.resolvedLocale)}
        ${renderProblems(this.problems, this.status === 'error', this.strings)}
        ${renderStatus(this.status === 'loading', ready && !visibleEvents.length, this.strings, rejectedEvents(this._model))}
        ${this.zoomable && layout && ready ? this.renderControls() : nothing}
        ${layout && ready ? this.renderPlot(layout) : nothing}
        ${this.overview && layout && !vertical && ready ? this.renderOverview() : nothing}
        ${this.renderDetail()}
        ${
          // Built only for printing: on screen it would double the DOM for nothing.
          this.printing && ready && visibleEvents.length
            ? renderPrintList(visibleEvents, this._model?.source.text ?? '', this.resolvedLocale)
            : nothing
        }
      </section>
      <!-- The page's own list (or fallback) shows until the timeline is drawn, and again if nothing can be. -->
      <slot ?hidden=${ready && !!this._model?.events.length}></slot>
    `;
  }

  private renderControls() {
    return renderControls({
      view: this.currentView,
      full: this.laid.fullDomain,
      hintVisible: this.viewState.hintVisible,
      strings: this.strings,
      onZoom: (factor) => this.viewState.zoomBy(factor),
      onKeyDown: (e) => this.zoomKey(e),
    });
  }

  private renderPlot(layout: LayoutResult) {
    const {focusId} = this.focusState.state;
    const tabStop = focusId && this.laid.has(focusId) ? focusId : this.laid.visibleEvents[0]?.id;
    return renderPlot({
      layout,
      state: this.laid,
      focusId: tabStop,
      selected: this.selected,
      zoomable: this.zoomable,
      uid: this.uid,
      locale: this.resolvedLocale,
      strings: this.strings,
      handlers: this.focusState.handlers,
      clusters: this.focusState.clusterMarks(`${this.uid}-detail`, this.resolvedLocale, this.strings),
    });
  }

  private renderOverview() {
    const base = this.laid.baseScale;
    if (!base) return nothing;
    return renderOverview({
      base,
      events: this.laid.visibleEvents,
      view: () => this.currentView,
      full: this.laid.fullDomain,
      warp: this.laid.warp,
      zoomable: this.zoomable,
      rtl: this.laid.rtl,
      locale: this.resolvedLocale,
      strings: this.strings,
      onWindow: (place) => (this.overviewWindow = place),
      onView: (view) => this.viewState.setByReader(view),
      onOtherKey: (e) => this.zoomKey(e),
    });
  }

  private renderDetail() {
    const id = this.focusState.openId;
    const event = id ? this.laid.event(id) : undefined;
    const {hoverCluster} = this.focusState.state;
    return renderDetail({
      id: `${this.uid}-detail`,
      event,
      clustered: !event && hoverCluster ? this.focusState.eventsOf(hoverCluster.split(' ')) : [],
      pinned: !!event && this.selected === event.id,
      model: this._model,
      locale: this.resolvedLocale,
      strings: this.strings,
      ...this.focusState.detailHandlers,
      onClose: () => this.close(),
      onPick: (id) => {
        if (this.selected !== id) this.toggleSelected(id);
        this.focusEvent(id);
      },
    });
  }

  /** +/−/0 and Shift + arrows, about the focused cluster or event; true when the key was a zoom key. */
  private zoomKey(e: KeyboardEvent): boolean {
    if (!this.zoomable) return false;
    return this.viewState.zoomKey(e, this.focusState.focusedEvents(), this.laid);
  }

  /**
   * The time under the middle of the axis, which buttons and keys zoom about when no event has the
   * focus: on a compressed or auto scale it is not the middle of the period, which may lie in a shrunk gap.
   */
  private get middle(): number {
    const {scale, range} = this.laid.layout!;
    return +scale.invert((range[0] + range[1]) / 2);
  }

  /**
   * A web font has loaded: labels measured before it (in its fallback, or while the element warmed
   * up) are measured again. A font the labels use is often loaded only once they are drawn in it.
   */
  private onFontsLoaded(e: FontFaceSetLoadEvent): void {
    // Only a face of the labels' font (a page loads others too; a re-layout of 10,000 events is not
    // free), whether or not labels have been measured: the warm-up measures some letters first.
    if (!e.fontfaces.some((face) => labelFont(this).css.includes(face.family))) return;
    forgetMeasurements();
    this.laid.forgetMeasurements();
    this.requestUpdate();
  }

  // --- public methods ------------------------------------------------------
  /** Moves keyboard focus to an event (and shows its detail), bringing it into view. */
  focusEvent(id: string): void {
    if (!this.laid.has(id)) return;
    this.bringIntoView(id, false);
    this.focusState.focus(id);
    this.requestUpdate();
  }

  /** Closes any open detail, pinned or transient. */
  close(): void {
    this.selected = '';
    this.focusState.close();
  }

  // --- helpers -------------------------------------------------------------
  /** The period on screen: the zoomed view, or the whole period. */
  private get currentView(): [number, number] {
    return this.viewState.current;
  }

  /** Pans (or zooms out) so that an event is on screen. */
  private bringIntoView(id: string, animate = true): void {
    const event = this.laid.event(id);
    if (event) this.viewState.bringIntoView(event, animate);
  }

  private toggleSelected(id: string): void {
    if (this.selected === id) {
      this.selected = '';
      this.focusState.set({dismissed: true});
      return;
    }
    this.selected = id;
    this.focusState.set({dismissed: false});
    const event = this.laid.event(id);
    if (event) this.dispatchEvent(new CustomEvent('timeline-select', {detail: event, bubbles: true, composed: true}));
  }

  /** A selected event hidden in a cluster: zoom until the cluster around it is as small as it gets. */
  private zoomIntoClusterOf(id: string): void {
    const cluster = this.laid.layout?.clusters.find((c) => c.ids.includes(id));
    if (!this.zoomable || !cluster) return;
    const dates = this.focusState.eventsOf(cluster.ids).map((e) => e.date);
    this.viewState.domain = fitView(dates, this.laid.fullDomain);
    this.computeLayout();
  }

  /** Zooms to fit a cluster's events (on a static timeline, or from the keyboard, focuses the first of them). */
  private openCluster(events: TimelineEvent[], byKeyboard = false): void {
    if (!events.length) return;
    if (!this.zoomable || byKeyboard) this.focusEvent(events[0]!.id);
    const dates = events.map((e) => e.date);
    if (this.zoomable) this.viewState.setByReader(fitView(dates, this.laid.fullDomain));
    this.focusState.set({hoverCluster: null});
  }

  private placeDetail(): void {
    const tip = this.find<HTMLElement>('[part~="tooltip"]');
    // showPopover throws on a detached element (a page may set properties before attaching it).
    if (!tip || !this.isConnected) return;
    placeDetail(tip, this.shadowRoot, this.focusState.openId, this.focusState.state.hoverCluster, this.laid);
  }
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
